import type { Doc } from '../../shared/model/types';
import type { PlatformApi } from '../../shared/platform';
import type { DocumentAlignment } from '../../shared/review/align';
import { decide, type Take } from '../../shared/review/decisions';
import type { Disagreement } from '../../shared/review/disagreements';
import { serializeGoldJsonl } from '../../shared/formats/gold-jsonl';
import { OffsetMap } from '../../shared/text/offsets';
import { loadState } from '../db/annotation-store';
import type { GloseDb } from '../db/database';
import { commentsOf, decidedIn, ensureGold, goldRecords, GOLD, putComment, readReview } from '../db/review';
import { getSetting, putSetting } from '../db/store';
import { inQueue, NO_FILTER, step, type QueueFilter } from '../review/queue';
import { DocumentSession, type SessionSnapshot } from '../session/document-session';
import type { AppStore } from './app-store';
import type { DocumentController } from './document-controller';
import { ReviewCorpusService } from './review-corpus';
import type { Route } from './route';

export type Layout = 'side' | 'merged';

/** The reviewer's choices, kept in the settings: who is compared, how, and how the engine pre-merges. */
export interface ReviewSettings {
  /** Annotators to compare, in column order; null: everyone but gold. */
  annotators: string[] | null;
  layout: Layout;
  /** Pre-merge what more than half of the annotators agree on (else only what all agree on). */
  majority: boolean;
}

/** The document under review: the compared sets' alignment, its disagreements and the gold set's state. */
export interface ComparedDocument {
  doc: Doc;
  map: OffsetMap;
  annotators: string[];
  /** Everyone but gold who annotated the document (who can be compared). */
  available: string[];
  alignment: DocumentAlignment;
  disagreements: Disagreement[];
  gold: SessionSnapshot;
  decided: boolean[];
  /** Comments by disagreement id. */
  comments: Map<string, string>;
}

export interface ReviewState {
  settings: ReviewSettings;
  filter: QueueFilter;
  compared: ComparedDocument | 'loading' | 'missing' | 'too-few' | null;
  /** Index of the shown disagreement in `compared.disagreements`. */
  current: number | null;
  /** Goes up when a command asks for the comment field (the panel focuses it). */
  commentFocus: number;
}

const SETTINGS_KEY = 'review.settings';
const DEFAULT_SETTINGS: ReviewSettings = { annotators: null, layout: 'side', majority: false };

/**
 * The review of one document at a time: follows the routed document, pre-merges its gold set the first
 * time, and turns the reviewer's decisions into steps of the gold set's DocumentSession (the same
 * persistence and stored undo as the editor). The queue walks disagreements in reading order, document
 * after document. The corpus side (overview, agreement, gold export) is `corpus`.
 */
export class ReviewService {
  private state: ReviewState = { settings: DEFAULT_SETTINGS, filter: NO_FILTER, compared: null, current: null, commentFocus: 0 };
  private readonly listeners = new Set<() => void>();
  private session: DocumentSession | null = null;
  private opened: string | null = null;
  private closeCurrent: () => void = () => undefined;
  /** Where the queue starts in the next opened document. */
  private startAt: 'first' | 'last' = 'first';
  readonly corpus: ReviewCorpusService;

  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
    private readonly platform: PlatformApi,
    private readonly navigate: (route: Route) => void,
    private readonly documents: DocumentController,
  ) {
    this.corpus = new ReviewCorpusService(db, app, platform, () => this.state.settings.annotators);
    app.subscribe(() => void this.follow());
  }

  get = (): ReviewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  async load(): Promise<void> {
    const saved = await getSetting<Partial<ReviewSettings>>(this.db, SETTINGS_KEY);
    this.update({ settings: { ...DEFAULT_SETTINGS, ...(saved ?? {}) } });
    await this.follow();
  }

  async changeSettings(patch: Partial<ReviewSettings>): Promise<void> {
    const settings = { ...this.state.settings, ...patch };
    this.update({ settings });
    await putSetting(this.db, SETTINGS_KEY, settings);
    await this.follow();
  }

  /** A new filter; when the shown disagreement is no longer in the queue, the queue's first one is shown. */
  setFilter(patch: Partial<QueueFilter>): void {
    const filter = { ...this.state.filter, ...patch };
    this.update({ filter });
    const c = this.compared();
    const { current } = this.state;
    if (c && (current === null || !inQueue(c.disagreements[current], c.decided[current], filter))) this.show(step(c.disagreements, c.decided, filter, null, 1));
  }

  compared(): ComparedDocument | null {
    return typeof this.state.compared === 'object' ? this.state.compared : null;
  }

  current(): Disagreement | null {
    const c = this.compared();
    return c && this.state.current !== null ? (c.disagreements[this.state.current] ?? null) : null;
  }

  private wanted(): string | null {
    const { route, schemas } = this.app.get();
    if (route.screen !== 'review' || route.view !== 'document') return null;
    const { annotators, majority } = this.state.settings;
    return JSON.stringify([route.docId, annotators, majority, schemas.active.name, schemas.active.version]);
  }

  /**
   * Replaces the document's gold set by a fresh merge of the compared annotators (after another
   * annotator's set came in, or to pre-merge by majority): its decisions and their undo are dropped.
   */
  async mergeAgain(): Promise<void> {
    const c = this.compared();
    if (!c) return;
    await this.flushed();
    this.opened = null;
    await this.follow(true);
    this.app.update({ notice: `The gold set of ${c.doc.id} was merged again from ${c.annotators.join(', ')}.` });
  }

  private async follow(mergeAgain = false): Promise<void> {
    const wanted = this.wanted();
    if (wanted === this.opened) return;
    this.opened = wanted;
    this.closeCurrent();
    this.closeCurrent = () => undefined;
    this.session = null;
    const { route } = this.app.get();
    if (!wanted || route.screen !== 'review' || route.view !== 'document') return this.update({ compared: null, current: null });
    this.update({ compared: 'loading', current: null });
    const opened = await this.open(route.docId, mergeAgain, () => this.opened === wanted);
    if (opened) this.closeCurrent = opened.close;
  }

  /** Opens the comparison of `docId`, unless `stillWanted` says another was asked for in the meantime. */
  private async open(docId: string, mergeAgain: boolean, stillWanted: () => boolean): Promise<{ close: () => void } | null> {
    const { settings } = this.state;
    const stored = await readReview(this.db, docId, settings.annotators);
    if (!stillWanted()) return null;
    if (!stored || stored.review.sets.size < 2) {
      this.update({ compared: stored ? 'too-few' : 'missing' });
      return null;
    }
    await ensureGold(this.db, stored, settings.majority, mergeAgain);
    const schema = this.app.get().schemas.active;
    const [goldState, comments] = await Promise.all([loadState(this.db, docId, GOLD, schema), commentsOf(this.db, docId)]);
    if (!stillWanted()) return null;
    const session = new DocumentSession(this.db, schema, goldState);
    this.session = session;
    const base = {
      doc: stored.review.doc,
      map: new OffsetMap(stored.review.doc.text),
      annotators: [...stored.review.sets.keys()],
      available: stored.available,
      alignment: stored.alignment,
      disagreements: stored.disagreements,
      comments: new Map(comments.map((c) => [c.disagreement, c.text])),
    };
    const publish = (gold: SessionSnapshot) => {
      const previous = this.compared();
      const same = previous?.disagreements === base.disagreements ? previous : null;
      // A step that only moves the selection (the queue walking) leaves the decisions as they were.
      const decided = same && same.gold.state.set === gold.state.set ? same.decided : decidedIn({ disagreements: base.disagreements, gold: gold.state.set });
      this.update({ compared: { ...base, comments: same?.comments ?? base.comments, gold, decided } });
    };
    publish(session.snapshot());
    const unsubscribe = session.subscribe(publish);
    const stopWatching = session.watch();
    const compared = this.compared()!;
    const first = this.startAt === 'first' ? step(compared.disagreements, compared.decided, this.state.filter, null, 1) : null;
    const at = this.startAt === 'last' ? step(compared.disagreements, compared.decided, this.state.filter, null, -1) : first;
    this.startAt = 'first';
    this.show(at);
    return {
      close: () => {
        unsubscribe();
        stopWatching();
      },
    };
  }

  /** Shows a disagreement; the gold state's selection follows it, so undo comes back to it. */
  show(index: number | null): void {
    this.update({ current: index });
    const d = index === null ? null : this.compared()?.disagreements[index];
    if (d) this.session?.step({ kind: 'apply', transaction: { selection: { kind: 'range', start: d.start, end: d.end } } });
  }

  /** The next or previous disagreement in the queue; past this document's, the next document's that has one. */
  async move(direction: 1 | -1): Promise<void> {
    const c = this.compared();
    const { route } = this.app.get();
    if (c) {
      const at = step(c.disagreements, c.decided, this.state.filter, this.state.current, direction);
      if (at !== null) return this.show(at);
    }
    const from = route.screen === 'review' && route.view === 'document' ? route.docId : null;
    const docId = await this.corpus.nextDocument(from, direction, this.state.filter);
    if (!docId) return this.app.update({ notice: direction === 1 ? 'No more disagreements after this one.' : 'No disagreement before this one.' });
    this.startAt = direction === 1 ? 'first' : 'last';
    this.navigate({ screen: 'review', view: 'document', docId });
  }

  /** Decides the shown disagreement, then moves on to the next in the queue. */
  take(take: Take, label: string): void {
    const c = this.compared();
    const d = this.current();
    if (!c || !d || !this.session) return;
    const result = decide(d, take, c.gold.state.set, c.disagreements, label);
    if (!result) return this.app.update({ notice: 'The gold set already says so: undo the decision, or edit the gold set, to change it.' });
    if ('refused' in result) return this.app.update({ notice: result.refused });
    const selection = { kind: 'range' as const, start: d.start, end: d.end };
    if (!this.session.step({ kind: 'apply', transaction: { operation: result.operation, label, selection } })) return;
    void this.move(1);
  }

  canUndo(): boolean {
    return (this.compared()?.gold.state.history.done.length ?? 0) > 0;
  }

  canRedo(): boolean {
    return (this.compared()?.gold.state.history.undone.length ?? 0) > 0;
  }

  /** Undo or redo a decision: the queue goes back to the disagreement it decided. */
  history(kind: 'undo' | 'redo'): void {
    if (!this.session?.step({ kind })) return;
    const c = this.compared();
    const selection = c?.gold.state.selection;
    if (!c || selection?.kind !== 'range') return;
    const index = c.disagreements.findIndex((d) => d.start === selection.start && d.end === selection.end);
    if (index >= 0) this.update({ current: index });
  }

  async comment(text: string): Promise<void> {
    const c = this.compared();
    const d = this.current();
    if (!c || !d) return;
    const reviewer = this.app.get().annotator ?? '';
    const quote = c.map.slice(d.start, d.end);
    await putComment(this.db, { docId: c.doc.id, disagreement: d.id, kind: d.kind, start: d.start, end: d.end, quote, text, reviewer, at: Date.now() });
    const comments = new Map(c.comments);
    if (text.trim()) comments.set(d.id, text);
    else comments.delete(d.id);
    const now = this.compared();
    if (now?.doc.id === c.doc.id) this.update({ compared: { ...now, comments } });
  }

  focusComment(): void {
    this.update({ commentFocus: this.state.commentFocus + 1 });
  }

  /** Opens the gold set in the editor, on the shown disagreement's first gold item. */
  edit(): void {
    const c = this.compared();
    const d = this.current();
    if (!c) return;
    const route: Route = { screen: 'document', docId: c.doc.id, annotator: GOLD };
    const target = d && c.gold.state.set.entities.find((m) => d.mentions.some((v) => v.start === m.start && v.end === m.end && v.label === m.label));
    this.navigate(route);
    if (target)
      this.corpus.selectWhenOpen(c.doc.id, { kind: 'mention', id: target.id }, (selection) =>
        this.documents.step({ kind: 'apply', transaction: { selection } }),
      );
  }

  /** Resolves once the decisions so far have landed in the store. */
  flushed(): Promise<void> {
    return this.session?.flushed() ?? Promise.resolve();
  }

  async exportGold(): Promise<void> {
    await this.flushed();
    const records = await goldRecords(this.db);
    if (!records.length) return this.app.update({ notice: 'No gold set yet: review a document first.' });
    const adjudicated = records.filter((r) => r.status === 'adjudicated').length;
    if (await this.platform.saveFile('gold.jsonl', serializeGoldJsonl(records)))
      this.app.update({ notice: `Exported gold.jsonl: ${records.length} document(s), ${adjudicated} adjudicated.` });
  }
}
