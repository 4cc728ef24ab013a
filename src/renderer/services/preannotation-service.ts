import type { Doc } from '../../shared/model/types';
import type { Operation } from '../../shared/model/operations';
import type { Step } from '../../shared/model/state';
import { commitStep } from '../db/annotation-store';
import type { GloseDb } from '../db/database';
import { mergeSuggestions } from '../../shared/model/suggestions';
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

const mergeStep = (operation: Operation): Step => ({ kind: 'apply', transaction: { operation, label: 'pre-annotate' } });

/**
 * Runs pre-annotation in a worker and merges each document's suggestions into the annotator's set as
 * one undoable step: through the open session for the document on screen (so the view follows), straight
 * into the store for the others.
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
    const current = runPreannotation(docs, schemas.active, {
      onResult: async (docId, suggestions) => {
        const count = await this.merge(docId, annotator, suggestions);
        added += count;
        if (count > 0) touched++;
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

  private async merge(docId: string, annotator: string, suggestions: Parameters<typeof mergeSuggestions>[1]): Promise<number> {
    const session = this.documents.current();
    if (session && session.docId === docId && session.annotator === annotator) {
      const operation = mergeSuggestions(session.snapshot().state.set, suggestions);
      if (operation) session.step(mergeStep(operation));
      await session.flushed();
      return addedBy(operation);
    }
    let count = 0;
    await commitStep(this.db, { docId, annotator }, this.app.get().schemas.active, (state) => {
      const operation = mergeSuggestions(state.set, suggestions);
      count = addedBy(operation);
      return operation && mergeStep(operation);
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
