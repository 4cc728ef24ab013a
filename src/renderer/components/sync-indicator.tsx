import { useAppState, useServices } from '../hooks/use-services';
import type { SyncView } from '../services/sync-view';

/** The words of the sync state, short enough for the header; the title says why. */
export function syncText(sync: SyncView): string {
  const waiting = sync.waiting ? ` · ${sync.waiting} waiting` : '';
  switch (sync.status) {
    case 'off':
      return '';
    case 'syncing':
      return `Syncing…${waiting}`;
    case 'synced':
      return 'Synced';
    case 'waiting':
      return `${sync.waiting} waiting`;
    case 'offline':
      return `Offline${waiting}`;
    case 'refused':
      return `${sync.refused?.count ?? 0} refused${waiting}`;
    case 'signed-out':
      return `Signed out${waiting}`;
    case 'failed':
      return `Sync failed${waiting}`;
  }
}

/**
 * Whether the work is on the team server: synced, how many operations wait, offline, refused (with
 * the server's reason in the title). A click syncs now; on refusals it says they were read.
 */
export function SyncIndicator() {
  const services = useServices();
  const { sync } = useAppState();
  if (sync.status === 'off') return null;
  const where = sync.server ? `${sync.server.user.name} on ${sync.server.url}, project ${sync.server.project}` : '';
  const title = [where, sync.detail ?? (sync.status === 'refused' ? sync.refused?.reason : null), sync.status === 'refused' ? 'Click: seen' : 'Click: sync now']
    .filter(Boolean)
    .join('\n');
  return (
    <button
      className={`sync sync-${sync.status}`}
      data-testid="sync-state"
      data-status={sync.status}
      role="status"
      title={title}
      onClick={() => (sync.status === 'refused' ? services.sync.dismissRefusals() : void services.sync.syncNow())}
    >
      {syncText(sync)}
    </button>
  );
}
