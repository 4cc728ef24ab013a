import { liveQuery, type Subscription } from 'dexie';
import type { Step } from '../../shared/model/state';
import { GOLD_ANNOTATOR } from '../../shared/sync/protocol';
import { writeRefusal } from '../../shared/sync/write-permission';
import { OffsetMap } from '../../shared/text/offsets';
import { loadState } from '../db/annotation-store';
import type { GloseDb } from '../db/database';
import { preferredSet, setsOfDocument, titleOf } from '../db/store';
import { DocumentSession } from '../session/document-session';
import type { AppStore, OpenDocument } from './app-store';

/**
 * Opens the document the route names, with the set to show (the one named in the route, else the
 * annotator's own, else the latest; a document nobody annotated opens the annotator's empty set), and
 * keeps the app state's `document` in step with its session and with the sets stored for it.
 */
export class DocumentController {
  private session: DocumentSession | null = null;
  private opened: string | null = null;
  private closeCurrent: () => void = () => undefined;

  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
  ) {
    app.subscribe(() => void this.follow());
  }

  current(): DocumentSession | null {
    return this.session;
  }

  step(step: Step): boolean {
    const refusal = this.teamRefusal();
    if (refusal) {
      this.app.update({ notice: refusal });
      return false;
    }
    return this.session?.step(step) ?? false;
  }

  /**
   * In a team project a change the server would refuse (shared/sync/write-permission.ts) is refused
   * here too, rather than saved on this laptop and refused later. Alone, without a server, any set may
   * be corrected.
   */
  private teamRefusal(): string | null {
    const user = this.app.get().sync.server?.user;
    const session = this.session;
    if (!user || !session) return null;
    const reason = writeRefusal(user, session.annotator, true, session.docId);
    if (!reason) return null;
    if (session.annotator === GOLD_ANNOTATOR) return `Not changed: ${reason}.`;
    return `This is ${session.annotator}’s set: in a team project you change only your own sets (and, as a reviewer, the gold set). Choose your own under Set to annotate.`;
  }

  /** Resolves once the open document's writes so far have landed. */
  flushed(): Promise<void> {
    return this.session?.flushed() ?? Promise.resolve();
  }

  /** What should be open, as a key: the document, the set asked for, who is annotating, the schema. */
  private wanted(): string | null {
    const { route, annotator, schemas } = this.app.get();
    if (route.screen !== 'document' || !annotator) return null;
    return JSON.stringify([route.docId, route.annotator ?? null, annotator, schemas.active.name, schemas.active.version]);
  }

  private async follow(): Promise<void> {
    const wanted = this.wanted();
    if (wanted === this.opened) return;
    this.opened = wanted;
    this.closeCurrent();
    this.session = null;
    if (!wanted) return this.app.update({ document: null });
    this.app.update({ document: 'loading' });
    const opened = await this.open();
    if (this.opened === wanted) this.show(opened);
    else opened?.close();
  }

  private async open(): Promise<{ doc: OpenDocument['doc']; session: DocumentSession; close: () => void } | null> {
    const { route, annotator, schemas } = this.app.get();
    if (route.screen !== 'document' || !annotator) return null;
    const [doc, sets] = await Promise.all([this.db.documents.get(route.docId), setsOfDocument(this.db, route.docId)]);
    if (!doc) return null;
    const chosen = (route.annotator && sets.find((s) => s.annotator === route.annotator)) || preferredSet(sets, annotator);
    const stored = await loadState(this.db, doc.id, chosen?.annotator ?? annotator, schemas.active);
    const session = new DocumentSession(this.db, schemas.active, stored);
    const stopWatching = session.watch();
    return { doc, session, close: stopWatching };
  }

  private show(opened: Awaited<ReturnType<DocumentController['open']>>): void {
    if (!opened) return this.app.update({ document: 'missing' });
    const { doc, session } = opened;
    this.session = session;
    const map = new OffsetMap(doc.text);
    const annotator = this.app.get().annotator!;
    let annotators = [annotator];
    let told: string | undefined;
    const title = titleOf(doc.text);
    const publish = () => {
      const snapshot = session.snapshot();
      // A change the store did not keep (storage refused it, or another window's change made it moot) is
      // said in the notice line too, once, not only in the document bar.
      const lost = snapshot.saveState === 'error' || snapshot.lastError?.startsWith('Not applied') ? snapshot.lastError : undefined;
      const notice = lost && lost !== told ? { notice: lost } : {};
      told = lost;
      this.app.update({ document: { doc, map, title, annotators, session: snapshot }, ...notice });
    };
    const unsubscribe = session.subscribe(publish);
    // Sets stored for this document by others (an import, another window): offered in the set choice.
    const feed: Subscription = liveQuery(() => this.db.annotationSets.where('docId').equals(doc.id).primaryKeys()).subscribe({
      next: (keys) => {
        const next = [...new Set([annotator, session.annotator, ...keys.map((k) => (k as [string, string])[1])])];
        // It answers again after every write of the open set: only a new set is news.
        if (next.join('\n') === annotators.join('\n')) return;
        annotators = next;
        publish();
      },
      error: () => undefined,
    });
    this.closeCurrent = () => {
      unsubscribe();
      feed.unsubscribe();
      opened.close();
    };
    publish();
  }
}
