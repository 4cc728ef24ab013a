import type { GoldRecord } from '../../shared/model/types';
import type { AgreementReply, AgreementRequest } from './agreement-protocol';
import type { AgreementReport } from './agreement-report';

export interface AgreementRun {
  cancel(): void;
  /** The report, or null when cancelled; rejects with the worker's reason when it fails. */
  finished: Promise<AgreementReport | null>;
}

/** Computes the corpus agreement in a Web Worker, telling progress as it goes. */
export function runAgreement(records: GoldRecord[], onProgress: (done: number, total: number) => void): AgreementRun {
  const worker = new Worker(new URL('./agreement.worker.ts', import.meta.url), { type: 'module' });
  let settle!: { resolve: (r: AgreementReport | null) => void; reject: (e: Error) => void };
  const finished = new Promise<AgreementReport | null>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = (event: MessageEvent<AgreementReply>) => {
    const reply = event.data;
    if (reply.kind === 'progress') return onProgress(reply.done, reply.total);
    worker.terminate();
    if (reply.kind === 'result') settle.resolve(reply.report);
    else settle.reject(new Error(reply.reason));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    settle.reject(new Error(event.message || 'the agreement worker failed'));
  };
  worker.postMessage({ records } satisfies AgreementRequest);
  return {
    cancel() {
      worker.terminate();
      settle.resolve(null);
    },
    finished,
  };
}
