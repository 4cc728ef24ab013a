import { liveQuery } from 'dexie';
import { corpusRows, removeDocument } from '../db/corpus-rows';
import type { GloseDb } from '../db/database';
import { getSetting, putSetting } from '../db/store';
import type { AppStore, CorpusView } from './app-store';
import { DEFAULT_SORT, isCorpusSort, sortRows, type CorpusSort } from './corpus-view';

const SORT_KEY = 'corpusSort';

/**
 * The corpus list in the app state (`corpus`): its rows, live across windows while the list is shown;
 * its order, remembered in the settings; where the keyboard is in it; and removing a document.
 */
export class CorpusListService {
  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
  ) {}

  async load(): Promise<void> {
    const sort = await getSetting<unknown>(this.db, SORT_KEY);
    this.patch({ sort: isCorpusSort(sort) ? sort : DEFAULT_SORT });
  }

  /** Keeps `corpus.rows` up to date for `annotator` until the returned function is called. */
  follow(annotator: string): () => void {
    const sub = liveQuery(() => corpusRows(this.db, annotator)).subscribe({
      next: (rows) => {
        this.patch({ rows });
        // A document removed meanwhile (another window) takes its question with it.
        const { dialog } = this.app.get();
        if (dialog?.kind === 'remove-document' && !rows.some((r) => r.doc.id === dialog.docId)) this.app.update({ dialog: null });
      },
      error: (e) => this.app.update({ notice: `Could not read the corpus: ${e}` }),
    });
    return () => {
      sub.unsubscribe();
      this.patch({ rows: null, focused: false });
    };
  }

  async setSort(sort: CorpusSort): Promise<void> {
    this.patch({ sort });
    await putSetting(this.db, SORT_KEY, sort);
  }

  /** Puts the list's cursor on a row; `focused` says whether the keyboard focus is (or goes) there. */
  moveCursor(docId: string | null, focused: boolean): void {
    this.patch({ cursor: docId, focused });
  }

  /** A dialog over the list closed: the keyboard goes back to the cursor's row. */
  refocus(): void {
    this.patch({ focused: this.app.get().corpus.cursor !== null });
  }

  /** Removes the document with all its sets, history and figures, and says so; the cursor moves to the next row. */
  async remove(docId: string): Promise<void> {
    const { rows, sort, cursor } = this.app.get().corpus;
    const order = sortRows(rows ?? [], sort);
    const at = order.findIndex((r) => r.doc.id === docId);
    const title = order[at]?.title ?? docId;
    const removed = await removeDocument(this.db, docId);
    if (!removed) return this.app.update({ notice: `“${title}” was not in the corpus any more.` });
    const neighbour = order[at + 1] ?? order[at - 1];
    const next = cursor === docId ? (neighbour?.doc.id ?? null) : cursor;
    this.patch({ cursor: next, focused: next !== null });
    const sets = removed.sets === 1 ? 'its annotation set' : `its ${removed.sets} annotation sets`;
    this.app.update({ notice: removed.sets ? `Removed “${title}” with ${sets}, their history and figures.` : `Removed “${title}”.` });
  }

  private patch(change: Partial<CorpusView>): void {
    this.app.update((s) => ({ corpus: { ...s.corpus, ...change } }));
  }
}
