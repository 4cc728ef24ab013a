import type { BackupRead, BackupTables } from '../../shared/backup/backup-file';

/** Writing and reading a backup file off the page's thread (a large one takes seconds to hash and pack). */
export type BackupRequest = { kind: 'write'; tables: BackupTables; databaseVersion: number } | { kind: 'read'; name: string; bytes: Uint8Array };

export type BackupReply = { kind: 'written'; bytes: Uint8Array } | { kind: 'read'; result: BackupRead } | { kind: 'failed'; reason: string };
