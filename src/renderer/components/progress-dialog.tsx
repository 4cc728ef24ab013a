import type { Progress } from '../services/app-store';
import { Modal } from './modal';

/** Progress of a long run with Cancel; when it is over, the summary stays until the user closes it. */
export function ProgressDialog(props: { progress: Progress; onCancel: () => void; onClose: () => void }) {
  const { title, done, total, summary, detail, unit } = props.progress;
  const counted = unit ?? `document${total === 1 ? '' : 's'}`;
  return (
    <Modal title={title} onClose={summary !== undefined ? props.onClose : undefined} testId="progress-dialog">
      <progress className="bar" max={Math.max(total, 1)} value={done} aria-label="Progress" />
      <p className="hint" role="status">
        {summary ?? `${detail ? `${detail} ` : ''}${done} of ${total} ${counted}…`}
      </p>
      <footer className="modal-foot">
        {summary === undefined ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" onClick={props.onClose}>
            Close
          </button>
        )}
      </footer>
    </Modal>
  );
}
