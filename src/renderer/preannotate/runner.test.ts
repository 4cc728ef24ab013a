import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Doc } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';
import type { WorkerReply } from './protocol';
import { runPreannotation, type RunCallbacks } from './runner';

/** Stands in for the Web Worker: the test decides when each reply arrives. */
class FakeWorker {
  static last: FakeWorker;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }
}

const docs = ['a', 'b', 'c'].map((id) => ({ id, text: id }) as unknown as Doc);
const schema = {} as Schema;
const slice = (last = true) => ({ entities: [], events: [], last });

function recorder() {
  const stored: string[] = [];
  const progress: Array<[number, number]> = [];
  const callbacks: RunCallbacks = {
    onResult: async (docId) => void stored.push(docId),
    onFailure: (docId, reason) => stored.push(`failed ${docId}: ${reason}`),
    onProgress: (done, total) => progress.push([done, total]),
  };
  return { stored, progress, callbacks };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('pre-annotation run in a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stores each slice of each document in order, reports progress per document and finishes with true', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { stored, progress, callbacks } = recorder();
    const run = runPreannotation(docs, schema, callbacks);
    const worker = FakeWorker.last;
    expect(worker.posted).toEqual([{ docs, schema }]);
    worker.reply({ kind: 'slice', index: 0, docId: 'a', ...slice(false) });
    worker.reply({ kind: 'slice', index: 0, docId: 'a', ...slice() });
    worker.reply({ kind: 'failed', index: 1, docId: 'b', reason: 'too long' });
    worker.reply({ kind: 'slice', index: 2, docId: 'c', ...slice() });
    worker.reply({ kind: 'done' });
    expect(await run.finished).toBe(true);
    expect(stored).toEqual(['a', 'a', 'failed b: too long', 'c']);
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('cancel stops the worker, finishes with false and stores nothing that arrives afterwards', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { stored, callbacks } = recorder();
    const run = runPreannotation(docs, schema, callbacks);
    const worker = FakeWorker.last;
    worker.reply({ kind: 'slice', index: 0, docId: 'a', ...slice() });
    await settle();
    run.cancel();
    worker.reply({ kind: 'slice', index: 1, docId: 'b', ...slice() });
    expect(await run.finished).toBe(false);
    await settle();
    expect(worker.terminated).toBe(true);
    expect(stored).toEqual(['a']);
  });
});
