import { labelOccurrences, removeOccurrences, type BulkEdit } from '../../shared/model/bulk-edits';
import { withProgress } from '../../shared/model/edits';
import type { AnnotationState, Step } from '../../shared/model/state';
import type { AnnotationSet, Doc } from '../../shared/model/types';
import { findAll } from '../../shared/text/find';
import { OffsetMap } from '../../shared/text/offsets';
import { commitStep, loadState } from '../db/annotation-store';
import type { GloseDb } from '../db/database';
import { getSetting, putSetting, titleOf } from '../db/store';
import type { AppStore } from './app-store';
import type { DocumentController } from './document-controller';

/** A search hit in the corpus, with a few words around it. */
export interface CorpusHit {
  docId: string;
  title: string;
  count: number;
  /** Around the first hits: [before, hit, after]. */
  snippets: Array<[string, string, string]>;
}

const groupKey = (group: string) => `history-group:${group}`;

/**
 * Work over every document of the corpus for the current annotator: search, "label or remove every
 * occurrence", and undoing such a gesture at once. The open document goes through its session (so the
 * view follows and its undo works), the others are committed step by step in their own transactions,
 * each history entry carrying the gesture's group so that one undo takes them all back.
 */
export class CrossDocumentService {
  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
    private readonly documents: DocumentController,
  ) {}

  async search(query: string): Promise<CorpusHit[]> {
    if (!query) return [];
    const out: CorpusHit[] = [];
    for (const doc of await this.db.documents.orderBy('id').toArray()) {
      const map = new OffsetMap(doc.text);
      const hits = findAll(map, query, 1000);
      if (!hits.length) continue;
      const snippets = hits
        .slice(0, 3)
        .map(({ start, end }): [string, string, string] => [
          map.slice(Math.max(0, start - 40), start),
          map.slice(start, end),
          map.slice(end, Math.min(map.codePointLength, end + 40)),
        ]);
      out.push({ docId: doc.id, title: titleOf(doc.text), count: hits.length, snippets });
    }
    return out;
  }

  private async eachSet(visit: (doc: Doc, map: OffsetMap, set: AnnotationSet) => void): Promise<void> {
    const annotator = this.app.get().annotator;
    if (!annotator) return;
    const open = this.documents.current();
    for (const doc of await this.db.documents.toArray()) {
      const set =
        open && open.docId === doc.id && open.annotator === annotator
          ? open.snapshot().state.set
          : (await loadState(this.db, doc.id, annotator, this.app.get().schemas.active)).state.set;
      visit(doc, new OffsetMap(doc.text), set);
    }
  }

  private edit(map: OffsetMap, set: AnnotationSet, text: string, label: string, mode: 'label' | 'remove', suggest = false): BulkEdit {
    return mode === 'label' ? labelOccurrences(set, map, text, label, suggest) : removeOccurrences(set, text, label);
  }

  async countOccurrences(text: string, label: string, mode: 'label' | 'remove'): Promise<{ documents: number; count: number }> {
    let documents = 0;
    let count = 0;
    await this.eachSet((_doc, map, set) => {
      const n = this.edit(map, set, text, label, mode).count;
      count += n;
      if (n) documents++;
    });
    return { documents, count };
  }

  /** Labels (or removes) every occurrence in every document; the entries of all documents share one group. */
  async applyOccurrences(text: string, label: string, mode: 'label' | 'remove', suggest: boolean): Promise<void> {
    const annotator = this.app.get().annotator;
    if (!annotator) return;
    const group = crypto.randomUUID();
    const name = `${mode} all “${text}”`;
    const touched: string[] = [];
    let count = 0;
    const stepFor = (map: OffsetMap, state: AnnotationState): Step | null => {
      const edit = this.edit(map, state.set, text, label, mode, suggest);
      if (!edit.operation) return null;
      count += edit.count;
      return { kind: 'apply', transaction: { operation: withProgress(state.set, edit.operation, name), label: name, group } };
    };
    const open = this.documents.current();
    for (const doc of await this.db.documents.toArray()) {
      const map = new OffsetMap(doc.text);
      if (open && open.docId === doc.id && open.annotator === annotator) {
        const step = stepFor(map, open.snapshot().state);
        if (step && open.step(step)) touched.push(doc.id);
        continue;
      }
      const result = await commitStep(this.db, { docId: doc.id, annotator }, this.app.get().schemas.active, (state) => stepFor(map, state));
      if (result.ok && result.top.done?.group === group) touched.push(doc.id);
    }
    await putSetting(this.db, groupKey(group), { annotator, docs: touched });
    this.app.update({
      notice: `${mode === 'label' ? 'Labelled' : 'Removed'} ${count} occurrence${count === 1 ? '' : 's'} of “${text}” in ${touched.length} document${touched.length === 1 ? '' : 's'}; one undo takes them all back.`,
    });
  }

  /**
   * Undoes (or redoes) a gesture in every document it changed, where it is still the last (or next)
   * step: all of its entries, which may be several in one document (the slices of a pre-annotation).
   */
  async undoGroup(group: string, kind: 'undo' | 'redo'): Promise<void> {
    const record = await getSetting<{ annotator: string; docs: string[] }>(this.db, groupKey(group));
    const stack = kind === 'undo' ? 'done' : 'undone';
    const open = this.documents.current();
    while (open && open.snapshot().state.history[stack].at(-1)?.group === group) if (!open.step({ kind })) break;
    for (const docId of record?.docs ?? []) {
      if (open && open.docId === docId && open.annotator === record!.annotator) continue;
      for (let more = true; more;) {
        const result = await commitStep(this.db, { docId, annotator: record!.annotator }, this.app.get().schemas.active, (state) =>
          state.history[stack].at(-1)?.group === group ? { kind } : null,
        );
        more = result.ok && result.top[stack]?.group === group;
      }
    }
  }
}
