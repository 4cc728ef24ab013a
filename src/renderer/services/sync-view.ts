import type { ProjectSummary } from '../../shared/sync/protocol';
import type { ServerConfig } from '../db/sync-store';

/** What the header and the Server settings show of sync (sync-service.ts keeps it in the app state). */
export type SyncStatus = 'off' | 'syncing' | 'synced' | 'waiting' | 'offline' | 'refused' | 'signed-out' | 'failed';

export interface SyncView {
  status: SyncStatus;
  /** Logged operations the server has not answered yet. */
  waiting: number;
  /** Why the status is what it is (the server's words, or what failed). */
  detail: string | null;
  server: Omit<ServerConfig, 'token'> | null;
  projects: ProjectSummary[];
  /** Operations the server refused since the user last dismissed them, with the latest reason. */
  refused: { count: number; reason: string } | null;
  lastSync: number | null;
}

export const SYNC_OFF: SyncView = { status: 'off', waiting: 0, detail: null, server: null, projects: [], refused: null, lastSync: null };
