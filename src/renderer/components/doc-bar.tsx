import { STATUSES } from '../../shared/model/types';
import { pendingCount } from '../../shared/model/suggestions';
import { writeRefusal } from '../../shared/sync/write-permission';
import { useAppState, useCommand, useServices } from '../hooks/use-services';
import type { OpenDocument } from '../services/app-store';

function CommandButton(props: { id: string; args?: unknown; label?: string; className?: string }) {
  const c = useCommand(props.id, props.args);
  return (
    <button className={props.className ?? 'small'} data-command={props.id} disabled={!c.enabled} title={c.hint} onClick={c.run}>
      {props.label ?? c.title}
    </button>
  );
}

/** The document's line: which set is shown, its status, how many suggestions wait, and moving on. */
export function DocBar(props: { open: OpenDocument; annotator: string }) {
  const services = useServices();
  const user = useAppState().sync.server?.user;
  const { doc, session } = props.open;
  const { set } = session.state;
  const pending = pendingCount(set);
  const other = set.annotator !== props.annotator;
  // In a team project a set the server would not take changes to is read-only (document-controller.ts).
  const readOnly = other && user !== undefined && writeRefusal(user, set.annotator, true, doc.id) !== null;
  return (
    <div className="doc-bar">
      <CommandButton id="previous-document" label="‹" />
      <span className="doc-id">{doc.id}</span>
      <CommandButton id="next-document" label="›" />
      {doc.meta.date && <span className="muted">{doc.meta.date}</span>}
      <label className="inline">
        Set
        <select value={set.annotator} onChange={(e) => services.run('show-set', { annotator: e.target.value })} aria-label="Annotation set">
          {props.open.annotators.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
      </label>
      {other && <span className="other-set">{readOnly ? `${set.annotator}’s set, read-only` : `editing ${set.annotator}’s set`}</span>}
      <label className="inline">
        Status
        <select value={set.status} aria-label="Status" onChange={(e) => services.run('set-status', { status: e.target.value })}>
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      {set.status === 'done' || set.status === 'adjudicated' ? (
        <CommandButton id="reopen-document" label="Reopen" />
      ) : (
        <CommandButton id="mark-done" label="Mark done" className="small primary" />
      )}
      {pending > 0 && (
        <span className="pending-bar" data-testid="pending-bar">
          <span>
            {pending} pending suggestion{pending === 1 ? '' : 's'}
          </span>
          <CommandButton id="accept-pending" label="Accept all" />
          <CommandButton id="reject-pending" label="Reject all" />
        </span>
      )}
      {session.lastError && (
        <span className="error-text" role="alert">
          {session.lastError}
        </span>
      )}
    </div>
  );
}
