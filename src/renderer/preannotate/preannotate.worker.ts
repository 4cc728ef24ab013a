import '../zod-jitless';
import { preannotate } from '../../shared/preannotate';
import { SLICE, type WorkerReply, type WorkerRequest } from './protocol';

/**
 * Pre-annotates documents off the UI thread, each document's suggestions in slices (see protocol.ts)
 * so the page can show progress and store results as they come. Cancelling terminates the worker.
 */
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { docs, schema } = event.data;
  docs.forEach((doc, index) => {
    try {
      const { entities, events } = preannotate(doc, schema);
      for (let i = 0; i + SLICE < entities.length; i += SLICE) {
        self.postMessage({ kind: 'slice', index, docId: doc.id, entities: entities.slice(i, i + SLICE), events: [], last: false } satisfies WorkerReply);
      }
      const rest = entities.slice(Math.max(0, Math.ceil(entities.length / SLICE) - 1) * SLICE);
      self.postMessage({ kind: 'slice', index, docId: doc.id, entities: rest, events, last: true } satisfies WorkerReply);
    } catch (e) {
      self.postMessage({ kind: 'failed', index, docId: doc.id, reason: (e as Error).message } satisfies WorkerReply);
    }
  });
  self.postMessage({ kind: 'done' } satisfies WorkerReply);
};
