import { useServices } from '../hooks/use-services';
import type { Dialog } from '../services/app-store';
import { Modal } from './modal';

/** "Suggestions are still pending": take them, drop them, or keep them pending, then mark done. */
export function DonePendingDialog(props: { dialog: Extract<Dialog, { kind: 'done-pending' }>; onClose: () => void }) {
  const services = useServices();
  const n = props.dialog.pending;
  return (
    <Modal title="Suggestions are still pending" onClose={props.onClose} testId="done-pending">
      <p>
        {n} suggestion{n === 1 ? ' is' : 's are'} still pending. A gold export leaves pending suggestions out. What should happen to {n === 1 ? 'it' : 'them'}?
      </p>
      <footer className="modal-foot">
        <button onClick={props.onClose}>Cancel</button>
        <button onClick={() => services.run('finish-document', { pending: 'keep' })}>Keep pending, mark done</button>
        <button onClick={() => services.run('finish-document', { pending: 'reject' })}>Reject them, mark done</button>
        <button className="primary" onClick={() => services.run('finish-document', { pending: 'accept' })}>
          Accept them, mark done
        </button>
      </footer>
    </Modal>
  );
}

/** Cancel, or close the dialog and run the command again with the user's confirmation. */
function ConfirmFooter(props: { label: string; onClose: () => void; onConfirm: () => void }) {
  return (
    <footer className="modal-foot">
      <button onClick={props.onClose}>Cancel</button>
      <button
        className="primary"
        onClick={() => {
          props.onClose();
          props.onConfirm();
        }}
      >
        {props.label}
      </button>
    </footer>
  );
}

/** Deleting a mention that fills roles takes its arguments away: said before it is done. */
export function ConfirmDeleteDialog(props: { dialog: Extract<Dialog, { kind: 'confirm-delete' }>; onClose: () => void }) {
  const services = useServices();
  const { id, roles } = props.dialog;
  return (
    <Modal title="Delete a mention that fills roles?" onClose={props.onClose} testId="confirm-delete">
      <p>
        This mention is an argument of {roles.length === 1 ? 'an event' : `${roles.length} events`}: {roles.join(', ')}. Deleting it removes{' '}
        {roles.length === 1 ? 'that argument' : 'those arguments'} too (undo brings everything back).
      </p>
      <ConfirmFooter label="Delete it and its arguments" onClose={props.onClose} onConfirm={() => services.run('delete-selection', { id, confirmed: true })} />
    </Modal>
  );
}

/** How many occurrences a "label all" (or "remove all") takes, in the document and in the corpus, before it runs. */
export function OccurrencesDialog(props: { dialog: Extract<Dialog, { kind: 'occurrences' }>; onClose: () => void }) {
  const services = useServices();
  const { mode, text, label, inDocument, inCorpus } = props.dialog;
  const verb = mode === 'label' ? `Label as ${label}` : `Remove the ${label} mentions`;
  return (
    <Modal title={mode === 'label' ? `Label every “${text}”` : `Remove every “${text}”`} onClose={props.onClose} testId="occurrences">
      <p data-testid="occurrence-counts">
        {mode === 'label' ? 'Other occurrences not yet labelled' : 'Mentions'}: <strong>{inDocument}</strong> in this document;{' '}
        {inCorpus ? (
          <>
            <strong>{inCorpus.count}</strong> in {inCorpus.documents} document{inCorpus.documents === 1 ? '' : 's'} of the corpus
          </>
        ) : (
          'counting in the corpus…'
        )}
        . One undo takes it all back.
      </p>
      <footer className="modal-foot">
        <button onClick={props.onClose}>Cancel</button>
        {mode === 'label' && (
          <button disabled={!inCorpus?.count} onClick={() => services.run('apply-occurrences', { scope: 'corpus', suggest: true })}>
            Suggest in the corpus
          </button>
        )}
        <button disabled={!inCorpus?.count} onClick={() => services.run('apply-occurrences', { scope: 'corpus' })}>
          {verb} in the corpus ({inCorpus?.count ?? '…'})
        </button>
        <button className="primary" disabled={!inDocument} onClick={() => services.run('apply-occurrences', { scope: 'document' })}>
          {verb} in this document ({inDocument})
        </button>
      </footer>
    </Modal>
  );
}

/** Retyping an event whose new type cannot keep some arguments: they are named before they go. */
export function ConfirmRetypeDialog(props: { dialog: Extract<Dialog, { kind: 'confirm-retype' }>; onClose: () => void }) {
  const services = useServices();
  const { type, lost } = props.dialog;
  return (
    <Modal title={`Retype as ${type}?`} onClose={props.onClose} testId="confirm-retype">
      <p>{type} has no room for these arguments, which will be removed (undo brings them back):</p>
      <ul>
        {lost.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <ConfirmFooter label="Retype and remove them" onClose={props.onClose} onConfirm={() => services.run('create-event', { type, confirmed: true })} />
    </Modal>
  );
}
