import type { CorpusRow } from '../db/corpus-rows';
import { formatDuration, rowFigures } from '../services/corpus-view';
import { Modal } from './modal';

/**
 * Asks before a document is removed, saying what goes with it. Cancel comes first and has the focus, so
 * Enter alone never deletes anything.
 */
export function RemoveDocumentDialog(props: { row: CorpusRow; onRemove: () => void; onCancel: () => void }) {
  const { row } = props;
  const f = rowFigures(row);
  const sets = [...row.annotators.map((a) => a.annotator), ...(row.gold ? ['gold'] : [])];
  return (
    <Modal title="Remove the document?" onClose={props.onCancel} testId="remove-dialog">
      <p>
        <strong>{row.title}</strong> <span className="muted">({row.doc.id})</span> leaves the corpus with everything annotated on it:
      </p>
      <ul className="remove-list">
        <li>{sets.length ? `the annotation sets of ${sets.join(', ')}` : 'no annotation set yet'}</li>
        {row.set && (
          <li>
            in the set shown ({row.set.annotator}): {f.mentions} mentions, {f.events} events
          </li>
        )}
        <li>their undo history{f.activeMs ? `, and ${formatDuration(f.activeMs)} of recorded annotation time` : ' and work figures'}</li>
      </ul>
      <p className="hint">This cannot be undone. Export first to keep a copy.</p>
      <footer className="modal-foot">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={props.onRemove}>
          Remove document
        </button>
      </footer>
    </Modal>
  );
}
