import type { GoldRecord } from '../../shared/model/types';
import type { PickedFile } from '../../shared/platform';
import type { Schema } from '../../shared/schema/types';
import type { FilePlan } from './import-parse';
import type { ImportReply, ImportRequest } from './import-protocol';

export interface ParseCallbacks {
  /** The files (or groups of files read together) the worker will read, in order. */
  onPicks(names: string[]): void;
  /** A plan is complete (its records all arrived). */
  onPlan(index: number, plan: FilePlan): void;
}

export interface ParseRun {
  /** Stops the worker at once; `finished` resolves with null. */
  cancel(): void;
  /** Every plan, or null when cancelled or when the worker failed (`failure` says why). */
  finished: Promise<FilePlan[] | null>;
  failure(): string | null;
}

/**
 * Parses picked files in a Web Worker (import.worker.ts, a module worker: the strict CSP allows
 * 'self' scripts only). The files' buffers are moved to the worker, not copied.
 */
export function parseInWorker(files: PickedFile[], schema: Schema, callbacks: ParseCallbacks): ParseRun {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let resolve!: (plans: FilePlan[] | null) => void;
  const finished = new Promise<FilePlan[] | null>((r) => (resolve = r));
  let failed: string | null = null;
  const records = new Map<number, GoldRecord[]>();
  const plans: FilePlan[] = [];
  const end = (result: FilePlan[] | null) => {
    worker.terminate();
    resolve(result);
  };
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.kind === 'picks') callbacks.onPicks(reply.names);
    else if (reply.kind === 'records') {
      const list = records.get(reply.index) ?? [];
      for (const r of reply.records) list.push(r);
      records.set(reply.index, list);
    } else if (reply.kind === 'plan') {
      const plan: FilePlan = { file: reply.file, records: records.get(reply.index) ?? [], errors: reply.errors, warnings: reply.warnings };
      records.delete(reply.index);
      plans.push(plan);
      callbacks.onPlan(reply.index, plan);
    } else end(plans);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failed = event.message || 'the import worker failed';
    end(null);
  };
  const buffers = [...new Set(files.map((f) => f.bytes.buffer))].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  worker.postMessage({ files, schema } satisfies ImportRequest, buffers);
  return { cancel: () => end(null), finished, failure: () => failed };
}
