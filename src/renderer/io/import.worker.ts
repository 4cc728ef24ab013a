import '../zod-jitless';
import { picksOf } from './import-parse';
import { RECORDS_PER_MESSAGE, type ImportReply, type ImportRequest } from './import-protocol';

/**
 * Parses picked files off the page's thread (a 50 MB file takes seconds), one plan after the other so
 * that the page can show which file is being read. Cancelling terminates the worker.
 */
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const post = (reply: ImportReply) => self.postMessage(reply);
  const picks = picksOf(event.data.files, event.data.schema);
  post({ kind: 'picks', names: picks.map((p) => p.name) });
  picks.forEach((pick, index) => {
    let plan;
    try {
      plan = pick.read();
    } catch (e) {
      // Importers return errors as values; this is a bug of ours, told as such rather than a dead import.
      plan = { file: pick.name, records: [], errors: [{ file: pick.name, line: 0, reason: `could not be read: ${(e as Error).message}` }], warnings: [] };
    }
    for (let i = 0; i < plan.records.length; i += RECORDS_PER_MESSAGE)
      post({ kind: 'records', index, records: plan.records.slice(i, i + RECORDS_PER_MESSAGE) });
    post({ kind: 'plan', index, file: plan.file, errors: plan.errors, warnings: plan.warnings });
  });
  post({ kind: 'done' });
};
