import { agreementReport } from './agreement-report';
import type { AgreementReply, AgreementRequest } from './agreement-protocol';

/** Agreement of the whole corpus off the UI thread, with progress after each document of each pair. */
self.onmessage = (event: MessageEvent<AgreementRequest>) => {
  try {
    const report = agreementReport(event.data.records, (done, total) => self.postMessage({ kind: 'progress', done, total } satisfies AgreementReply));
    self.postMessage({ kind: 'result', report } satisfies AgreementReply);
  } catch (e) {
    self.postMessage({ kind: 'failed', reason: (e as Error).message } satisfies AgreementReply);
  }
};
