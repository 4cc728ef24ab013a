import type { Doc } from '../../shared/model/types';
import type { Operation } from '../../shared/model/operations';
import type { Step } from '../../shared/model/state';
import { commitStep } from '../db/annotation-store';
import type { GloseDb } from '../db/database';
import { mergeIndex, mergeSuggestions, type MergeIndex } from '../../shared/model/suggestions';
import type { Slice } from '../preannotate/protocol';
import { runPreannotation, type Run } from '../preannotate/runner';
import type { AppStore } from './app-store';
import type { DocumentController } from './document-controller';
import type { Route } from './route';

/** How many suggestions a merge operation adds. */
function addedBy(op: Operation | null): number {
  if (!op) return 0;
  if (op.kind === 'batch') return op.operations.reduce((n, o) => n + addedBy(o), 0);
  return op.kind === 'addMention' || op.kind === 'createEvent' ? 1 : 0;
}

const mergeStep = (operation: Operation, group: string): Step => ({ kind: 'apply', transaction: { operation, label: 'pre-annotate', group } });

/** What merging one document's slices carries from one slice to the next. */
interface Merging {
  /** Suggestion id → id in the annotator's set (events of the last slice point at mentions of the first). */
  idOf: Map<string, string>;
  /** The slices' history entries share it: one undo takes the whole pre-annotation back. */
  group: string;
  added: number;
  /** The open document's set as the last slice left it, indexed for the next slice's merge. */
  index?: MergeIndex;
}

/**
 * Runs pre-annotation in a worker and merges each document's suggestions into the annotator's set, a
 * slice at a time (a very long article gives tens of thousands: one merge would hold the page for
 * seconds), through the open session for the document on screen (so the view follows), straight into
 * the store for the others. A document's slices share a history group: one undo takes them all back.
 */
export class PreannotationService {
  private run: Run | null = null;

  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
    private readonly documents: DocumentController,
    private readonly navigate: (route: Route) => void,
  ) {}

  start(docs: Doc[], title: string): void {
    const { annotator, schemas } = this.app.get();
    if (!annotator) return;
    let added = 0;
    let touched = 0;
    const failures: string[] = [];
    this.app.update({ progress: { title, done: 0, total: docs.length } });
    const merging = new Map<string, Merging>();
    const current = runPreannotation(docs, schemas.active, {
      onResult: async (docId, slice) => {
        const state = merging.get(docId) ?? { idOf: new Map(), group: crypto.randomUUID(), added: 0 };
        merging.set(docId, state);
        const count = await this.merge(docId, annotator, slice, state);
        state.added += count;
        added += count;
        if (slice.last) {
          if (state.added > 0) touched++;
          merging.delete(docId);
        }
      },
      onFailure: (docId, reason) => failures.push(docId ? `${docId}: ${reason}` : reason),
      onProgress: (done, total) => this.app.update((s) => (s.progress && !s.progress.summary ? { progress: { ...s.progress, done, total } } : {})),
    });
    this.run = current;
    void current.finished.then((completed) => {
      this.run = null;
      if (!completed) return;
      const what =
        added === 0 ? 'No new suggestions.' : `Added ${added} pending suggestion${added === 1 ? '' : 's'} to ${touched} document${touched === 1 ? '' : 's'}.`;
      this.app.update({
        progress: { title, done: docs.length, total: docs.length, summary: failures.length ? `${what} Failed: ${failures.join('; ')}` : what },
      });
      this.showOwnSet();
    });
  }

  private async merge(docId: string, annotator: string, slice: Slice, merging: Merging): Promise<number> {
    const session = this.documents.current();
    if (session && session.docId === docId && session.annotator === annotator) {
      const target = session.snapshot().state.set;
      const index = merging.index?.of === target ? merging.index : mergeIndex(target);
      const operation = mergeSuggestions(target, slice, merging.idOf, index);
      // The index now holds what the operation adds: it describes the set the step makes, or nothing.
      if (!operation) merging.index = index;
      else merging.index = session.step(mergeStep(operation, merging.group)) ? { ...index, of: session.snapshot().state.set } : undefined;
      await session.flushed();
      return addedBy(operation);
    }
    let count = 0;
    await commitStep(this.db, { docId, annotator }, this.app.get().schemas.active, (state) => {
      const operation = mergeSuggestions(state.set, slice, merging.idOf);
      count = addedBy(operation);
      return operation && mergeStep(operation, merging.group);
    });
    return count;
  }

  /** Suggestions went into the annotator's own set: show it if another set is on screen. */
  private showOwnSet(): void {
    const { route, annotator } = this.app.get();
    if (route.screen === 'document' && route.annotator && route.annotator !== annotator) this.navigate({ screen: 'document', docId: route.docId });
  }

  cancel(): void {
    this.run?.cancel();
    this.app.update({ progress: null });
  }

  close(): void {
    this.app.update({ progress: null });
  }
}
