import type { Dialog } from '../services/app-store';
import { Modal } from './modal';

/**
 * Asks before a backup replaces what is stored, saying what goes and what comes. Cancel comes first and
 * has the focus, so Enter alone never replaces anything.
 */
export function RestoreDialog(props: { dialog: Extract<Dialog, { kind: 'restore' }>; onCancel: () => void }) {
  const { file, createdAt, replaced, incoming, run } = props.dialog;
  return (
    <Modal title="Replace everything with the backup?" onClose={props.onCancel} testId="restore-dialog">
      <p>
        Restoring <strong>{file}</strong> (made {createdAt.slice(0, 16).replace('T', ' ')}) replaces everything stored in this app:
      </p>
      <ul className="remove-list">
        <li data-testid="restore-replaced">now stored, and lost: {replaced}, the work figures, the settings and the annotator name</li>
        <li data-testid="restore-incoming">in the backup: {incoming}</li>
      </ul>
      <p className="hint">Back up first to keep a copy of what is stored now. Other windows of the app start again from the backup.</p>
      <footer className="modal-foot">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => void run()}>
          Replace with the backup
        </button>
      </footer>
    </Modal>
  );
}
