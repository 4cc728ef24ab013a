import { useState } from 'react';
import { formats } from '../../shared/formats/registry';
import { Modal } from './Modal';

export function ExportDialog(props: { onExport: (formatId: string, includePending: boolean) => void; onCancel: () => void }) {
  const [formatId, setFormatId] = useState(formats[0]?.id ?? '');
  const [includePending, setIncludePending] = useState(false);
  return (
    <Modal title="Export" onClose={props.onCancel} testId="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onExport(formatId, includePending);
        }}
      >
        <fieldset className="choices">
          <legend>Format</legend>
          {formats.map((f) => (
            <label key={f.id} className="choice">
              <input type="radio" name="format" value={f.id} checked={formatId === f.id} onChange={() => setFormatId(f.id)} />
              {f.label}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={includePending} onChange={(e) => setIncludePending(e.target.checked)} />
          Include pending suggestions
        </label>
        <p className="hint">Every annotation set of every document is exported. Formats that write several files are saved as one .zip.</p>
        <footer className="modal-foot">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!formatId}>
            Export
          </button>
        </footer>
      </form>
    </Modal>
  );
}
