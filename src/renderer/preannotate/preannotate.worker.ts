import '../zod-jitless';
import { preannotate } from '../../shared/preannotate';
import { slicesOf, type WorkerReply, type WorkerRequest } from './protocol';

/**
 * Pre-annotates documents off the UI thread, each document's suggestions in slices (see protocol.ts)
 * so the page can show progress and store results as they come. Cancelling terminates the worker.
 */
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { docs, schema } = event.data;
  docs.forEach((doc, index) => {
    try {
      const { entities, events } = preannotate(doc, schema);
      for (const slice of slicesOf(entities, events)) self.postMessage({ kind: 'slice', index, docId: doc.id, ...slice } satisfies WorkerReply);
    } catch (e) {
      self.postMessage({ kind: 'failed', index, docId: doc.id, reason: (e as Error).message } satisfies WorkerReply);
    }
  });
  self.postMessage({ kind: 'done' } satisfies WorkerReply);
};
