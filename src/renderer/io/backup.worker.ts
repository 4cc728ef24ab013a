import '../zod-jitless';
import { readBackup, writeBackup } from '../../shared/backup/backup-file';
import type { BackupReply, BackupRequest } from './backup-protocol';

/** Packs or checks one backup file (shared/backup/backup-file.ts), then the page terminates the worker. */
self.onmessage = (event: MessageEvent<BackupRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'write') {
      const bytes = writeBackup(request.tables, request.databaseVersion);
      self.postMessage({ kind: 'written', bytes } satisfies BackupReply, { transfer: [bytes.buffer as ArrayBuffer] });
    } else {
      self.postMessage({ kind: 'read', result: readBackup(request.name, request.bytes) } satisfies BackupReply);
    }
  } catch (e) {
    self.postMessage({ kind: 'failed', reason: (e as Error).message } satisfies BackupReply);
  }
};
