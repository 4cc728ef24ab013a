import type { BackupRead, BackupTables } from '../../shared/backup/backup-file';
import type { BackupReply, BackupRequest } from './backup-protocol';

/** One request to a fresh backup worker (backup.worker.ts, a module worker as the CSP wants). */
function ask(request: BackupRequest, transfer: Transferable[] = []): Promise<BackupReply> {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<BackupReply>((resolve) => {
    worker.onmessage = (event: MessageEvent<BackupReply>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ kind: 'failed', reason: event.message || 'the backup worker failed' });
    };
    worker.postMessage(request, transfer);
  }).finally(() => worker.terminate());
}

/** The backup file's bytes, packed in a worker. */
export async function packBackup(tables: BackupTables, databaseVersion: number): Promise<Uint8Array> {
  const reply = await ask({ kind: 'write', tables, databaseVersion });
  if (reply.kind !== 'written') throw new Error(reply.kind === 'failed' ? reply.reason : 'unexpected reply');
  return reply.bytes;
}

/** A backup file checked whole in a worker (its bytes are moved there, not copied). */
export async function checkBackup(name: string, bytes: Uint8Array): Promise<BackupRead> {
  const transfer = bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
  const reply = await ask({ kind: 'read', name, bytes }, transfer);
  if (reply.kind === 'read') return reply.result;
  return { ok: false, errors: [{ file: name, line: 0, reason: reply.kind === 'failed' ? reply.reason : 'unexpected reply' }] };
}
