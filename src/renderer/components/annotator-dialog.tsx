import { useState } from 'react';
import { Modal } from './modal';

/** Names reserved by the format: `heuristic` marks untouched pre-annotation, `gold` adjudicated sets. */
const RESERVED = ['heuristic', 'gold'];

export function AnnotatorDialog(props: { initial: string; onSave: (name: string) => void; onCancel?: () => void }) {
  const [name, setName] = useState(props.initial);
  const trimmed = name.trim();
  const problem = trimmed === '' ? 'Enter a name.' : RESERVED.includes(trimmed) ? `“${trimmed}” is reserved; choose another name.` : null;
  return (
    <Modal title="Who is annotating?" onClose={props.onCancel} testId="annotator-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!problem) props.onSave(trimmed);
        }}
      >
        <p className="hint">Your name is stored with every annotation set you make and written into exports.</p>
        <label className="field">
          Annotator name
          <input value={name} onChange={(e) => setName(e.target.value)} aria-label="Annotator name" autoComplete="off" />
        </label>
        {problem && trimmed !== '' && <p className="error-text">{problem}</p>}
        <footer className="modal-foot">
          {props.onCancel && (
            <button type="button" onClick={props.onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary" disabled={problem !== null}>
            Save
          </button>
        </footer>
      </form>
    </Modal>
  );
}
