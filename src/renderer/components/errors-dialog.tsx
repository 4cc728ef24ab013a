import type { InputError } from '../../shared/model/types';
import { Modal } from './modal';

/**
 * Problems found in input files, one row per problem. When `validCount` is given, the files with errors
 * were not stored, and the user may choose to store their valid lines.
 */
export function ErrorsDialog(props: { title: string; errors: InputError[]; validCount?: number; onImportValid?: () => void; onClose: () => void }) {
  const { validCount, onImportValid } = props;
  return (
    <Modal title={props.title} onClose={props.onClose} wide testId="errors-dialog">
      {validCount !== undefined && <p className="hint">Nothing of the files listed here was stored.</p>}
      <div className="table-scroll">
        <table className="errors">
          <thead>
            <tr>
              <th>File</th>
              <th>Line</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {props.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.file}</td>
                <td className="num">{e.line > 0 ? e.line : '—'}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <footer className="modal-foot">
        <button type="button" onClick={props.onClose}>
          {validCount !== undefined ? 'Import nothing' : 'Close'}
        </button>
        {validCount !== undefined && validCount > 0 && onImportValid && (
          <button type="button" className="primary" onClick={onImportValid}>
            Import the {validCount} valid line{validCount === 1 ? '' : 's'}
          </button>
        )}
      </footer>
    </Modal>
  );
}
