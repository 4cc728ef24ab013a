import { useState } from 'react';
import { formats } from '../../shared/formats/registry';
import type { ExportChoice } from '../io/exporter';
import { Modal } from './modal';

/** Format, which sets (annotator, finished only) and whether pending suggestions go along. */
export function ExportDialog(props: { annotators: string[]; onExport: (choice: ExportChoice) => void; onCancel: () => void }) {
  const [formatId, setFormatId] = useState(formats[0]?.id ?? '');
  const [includePending, setIncludePending] = useState(false);
  const [annotator, setAnnotator] = useState<string | null>(null);
  const [finishedOnly, setFinishedOnly] = useState(false);
  return (
    <Modal title="Export" onClose={props.onCancel} testId="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onExport({ formatId, includePending, annotator, finishedOnly });
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
          Sets of
          <select aria-label="Annotator to export" value={annotator ?? ''} onChange={(e) => setAnnotator(e.target.value || null)}>
            <option value="">every annotator</option>
            {props.annotators.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label className="choice">
          <input type="checkbox" checked={finishedOnly} onChange={(e) => setFinishedOnly(e.target.checked)} />
          Only documents marked done or adjudicated
        </label>
        <label className="choice">
          <input type="checkbox" checked={includePending} onChange={(e) => setIncludePending(e.target.checked)} />
          Include pending suggestions
        </label>
        <p className="hint">One line (or file) per document and annotator set. Formats that write several files are saved as one .zip.</p>
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
