import { useRef, useState } from 'react';
import type { AnnotationSet, Doc } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';
import type { Operation } from '../../shared/model/operations';
import type { Progress } from '../components/progress-dialog';
import { mergeSuggestions } from '../preannotate/merge';
import { runPreannotation, type Run } from '../preannotate/runner';

/** How many suggestions a merge operation adds. */
function addedBy(op: Operation | null): number {
  if (!op) return 0;
  if (op.kind === 'batch') return op.operations.reduce((n, o) => n + addedBy(o), 0);
  return op.kind === 'addMention' || op.kind === 'createEvent' ? 1 : 0;
}

/**
 * Runs pre-annotation in a worker and merges each document's suggestions into the annotator's set
 * through `applyTo` (which routes the open document through its session, so the merge can be undone).
 */
export function usePreannotate(
  schema: Schema,
  applyTo: (docId: string, makeOp: (set: AnnotationSet) => Operation | null) => Promise<void>,
  onFinished: () => void,
) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const run = useRef<Run | null>(null);

  function start(docs: Doc[], title: string) {
    let added = 0;
    let touched = 0;
    const failures: string[] = [];
    setProgress({ title, done: 0, total: docs.length });
    const current = runPreannotation(docs, schema, {
      async onResult(docId, suggestions) {
        let count = 0;
        await applyTo(docId, (set) => {
          const op = mergeSuggestions(set, suggestions);
          count = addedBy(op);
          return op;
        });
        added += count;
        if (count > 0) touched++;
      },
      onFailure: (docId, reason) => failures.push(docId ? `${docId}: ${reason}` : reason),
      onProgress: (done, total) => setProgress((p) => (p && !p.summary ? { ...p, done, total } : p)),
    });
    run.current = current;
    void current.finished.then((completed) => {
      run.current = null;
      onFinished();
      if (!completed) return setProgress((p) => (p?.summary ? p : null));
      const what =
        added === 0 ? 'No new suggestions.' : `Added ${added} pending suggestion${added === 1 ? '' : 's'} to ${touched} document${touched === 1 ? '' : 's'}.`;
      setProgress({ title, done: docs.length, total: docs.length, summary: failures.length ? `${what} Failed: ${failures.join('; ')}` : what });
    });
  }

  return {
    progress,
    busy: progress !== null && progress.summary === undefined,
    start,
    cancel() {
      run.current?.cancel();
      setProgress(null);
    },
    close: () => setProgress(null),
  };
}
