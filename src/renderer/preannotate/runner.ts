import type { Doc } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';
import type { Slice, WorkerReply, WorkerRequest } from './protocol';

export interface RunCallbacks {
  /** Called for each slice of each document, in order; the run waits for it (results are stored one by one). */
  onResult(docId: string, slice: Slice): Promise<void>;
  onFailure(docId: string, reason: string): void;
  onProgress(done: number, total: number): void;
}

export interface Run {
  cancel(): void;
  /** Resolves with true when every document was done, false when cancelled. */
  finished: Promise<boolean>;
}

/** Starts pre-annotating `docs` in a Web Worker. */
export function runPreannotation(docs: Doc[], schema: Schema, callbacks: RunCallbacks): Run {
  const worker = new Worker(new URL('./preannotate.worker.ts', import.meta.url), { type: 'module' });
  let cancelled = false;
  let resolve!: (ok: boolean) => void;
  const finished = new Promise<boolean>((r) => (resolve = r));
  let chain = Promise.resolve();
  let done = 0;
  callbacks.onProgress(0, docs.length);
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    chain = chain.then(async () => {
      if (cancelled) return;
      if (reply.kind === 'done') {
        worker.terminate();
        resolve(true);
        return;
      }
      if (reply.kind === 'slice') {
        await callbacks.onResult(reply.docId, reply);
        if (reply.last) callbacks.onProgress(++done, docs.length);
        return;
      }
      callbacks.onFailure(reply.docId, reply.reason);
      callbacks.onProgress(++done, docs.length);
    });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    callbacks.onFailure('', event.message || 'the pre-annotation worker failed');
    worker.terminate();
    resolve(false);
  };
  worker.postMessage({ docs, schema } satisfies WorkerRequest);
  return {
    cancel() {
      cancelled = true;
      worker.terminate();
      resolve(false);
    },
    finished,
  };
}
