import '../zod-jitless';
import { preannotate } from '../../shared/preannotate';
import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * Pre-annotates documents off the UI thread, one reply per document so the page can show progress and
 * store results as they come. Cancelling terminates the worker.
 */
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { docs, schema } = event.data;
  docs.forEach((doc, index) => {
    try {
      const set = preannotate(doc, schema);
      self.postMessage({ kind: 'result', index, docId: doc.id, set } satisfies WorkerReply);
    } catch (e) {
      self.postMessage({ kind: 'failed', index, docId: doc.id, reason: (e as Error).message } satisfies WorkerReply);
    }
  });
  self.postMessage({ kind: 'done' } satisfies WorkerReply);
};
