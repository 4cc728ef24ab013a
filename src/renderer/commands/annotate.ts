import { acceptOperation, eventOnRange, labelRange, pendingItem, rejectOperation, relabelMention, type Edit } from '../../shared/model/edits';
import type { Selection } from '../../shared/model/selection';
import { STATUSES, type Status } from '../../shared/model/types';
import { acceptAllPending, pendingCount, rejectAllPending } from '../../shared/model/suggestions';
import { isBusy, openDocument } from '../services/app-store';
import type { Services } from '../services/services';
import { command, type Dispatch } from './registry';

/** Making and correcting annotations: labels, suggestions, status, pre-annotation. */

/** Applies an edit, or tells the user why it is refused (the key is still taken: it was meant for this). */
function perform(edit: Edit, dispatch: Dispatch | undefined, services: Services): boolean {
  if (!dispatch) return true;
  if ('refused' in edit) services.notify(edit.refused);
  else dispatch({ kind: 'apply', transaction: { operation: edit.operation, label: edit.label, selection: edit.select } });
  return true;
}

/** The id a suggestion command acts on: the one named, else the selected mention or event. */
function targetId(selection: Selection, args: { id?: string } | undefined): string | undefined {
  if (args?.id) return args.id;
  return selection.kind === 'mention' || selection.kind === 'event' ? selection.id : undefined;
}

export const labelSelection = command<{ label: string }>({
  id: 'label-selection',
  needsArgs: true,
  title: 'Label the selection',
  describe: ({ label }) => `Label as ${label}`,
  group: 'Annotate',
  perform(state, dispatch, services, args) {
    const open = openDocument(state);
    if (!open || !args?.label) return false;
    const { set, selection } = open.session.state;
    if (selection.kind === 'mention') return perform(relabelMention(set, selection.id, args.label, state.schema), dispatch, services);
    if (selection.kind === 'range' && selection.end > selection.start)
      return perform(labelRange(set, open.map, selection.start, selection.end, args.label, state.schema), dispatch, services);
    return false;
  },
});

/** A new event of the type on the selected text, its trigger; its frame's roles start empty. */
export const createEvent = command<{ type: string }>({
  id: 'create-event',
  needsArgs: true,
  title: 'Make an event of the selection',
  describe: ({ type }) => `Event ${type}`,
  group: 'Annotate',
  perform(state, dispatch, services, args) {
    const open = openDocument(state);
    const selection = open?.session.state.selection;
    if (!open || !args?.type || selection?.kind !== 'range' || selection.end <= selection.start) return false;
    return perform(eventOnRange(open.session.state.set, open.map, selection.start, selection.end, args.type, state.schema), dispatch, services);
  },
});

export const acceptSuggestion = command<{ id?: string } | undefined>({
  id: 'accept-suggestion',
  title: 'Accept the suggestion',
  group: 'Annotate',
  perform(state, dispatch, _services, args) {
    const open = openDocument(state);
    const id = open && targetId(open.session.state.selection, args);
    const pending = open && id ? pendingItem(open.session.state.set, id) : null;
    if (!pending) return false;
    dispatch?.({ kind: 'apply', transaction: { operation: acceptOperation(pending.target), label: 'accept suggestion' } });
    return true;
  },
});

export const rejectSuggestion = command<{ id?: string } | undefined>({
  id: 'reject-suggestion',
  title: 'Reject the suggestion',
  group: 'Annotate',
  perform(state, dispatch, _services, args) {
    const open = openDocument(state);
    const id = open && targetId(open.session.state.selection, args);
    const pending = open && id ? pendingItem(open.session.state.set, id) : null;
    if (!pending) return false;
    dispatch?.({ kind: 'apply', transaction: { operation: rejectOperation(pending.target), label: 'reject suggestion' } });
    return true;
  },
});

export const acceptAll = command({
  id: 'accept-pending',
  title: 'Accept all suggestions',
  group: 'Annotate',
  keys: ['Alt+A'],
  perform(state, dispatch) {
    const open = openDocument(state);
    const operation = open && pendingCount(open.session.state.set) > 0 ? acceptAllPending(open.session.state.set) : null;
    if (!operation) return false;
    dispatch?.({ kind: 'apply', transaction: { operation, label: 'accept all suggestions' } });
    return true;
  },
});

export const rejectAll = command({
  id: 'reject-pending',
  title: 'Reject all suggestions',
  group: 'Annotate',
  keys: ['Alt+R'],
  perform(state, dispatch) {
    const open = openDocument(state);
    const operation = open ? rejectAllPending(open.session.state.set) : null;
    if (!operation) return false;
    dispatch?.({ kind: 'apply', transaction: { operation, label: 'reject all suggestions' } });
    return true;
  },
});

export const setStatus = command<{ status: Status }>({
  id: 'set-status',
  needsArgs: true,
  title: 'Set the document’s status',
  describe: ({ status }) => `Mark as ${status}`,
  group: 'Annotate',
  perform(state, dispatch, _services, args) {
    const open = openDocument(state);
    if (!open || !args || !STATUSES.includes(args.status) || open.session.state.set.status === args.status) return false;
    dispatch?.({ kind: 'apply', transaction: { operation: { kind: 'setStatus', status: args.status }, label: `mark ${args.status}` } });
    return true;
  },
});

export const preannotateDocument = command({
  id: 'preannotate-document',
  title: 'Pre-annotate document',
  group: 'Annotate',
  keys: ['Mod+Shift+P'],
  toolbar: ['document'],
  perform(state, dispatch, services) {
    const open = openDocument(state);
    if (!open || isBusy(state)) return false;
    if (dispatch) services.preannotation.start([open.doc], 'Pre-annotating the document');
    return true;
  },
});

export const preannotateCorpus = command({
  id: 'preannotate-corpus',
  title: 'Pre-annotate corpus',
  group: 'Annotate',
  keys: ['Mod+Alt+P'],
  toolbar: ['corpus'],
  perform(state, dispatch, services) {
    if (isBusy(state)) return false;
    if (dispatch) void services.corpus.documents().then((docs) => services.preannotation.start(docs, 'Pre-annotating the corpus'));
    return true;
  },
});

export const setAnnotator = command({
  id: 'set-annotator',
  title: 'Set annotator name…',
  group: 'Annotate',
  perform(state, dispatch, services) {
    if (isBusy(state)) return false;
    if (dispatch) services.showDialog({ kind: 'annotator', required: false });
    return true;
  },
});

export const annotateCommands = [
  labelSelection,
  createEvent,
  acceptSuggestion,
  rejectSuggestion,
  acceptAll,
  rejectAll,
  setStatus,
  preannotateDocument,
  preannotateCorpus,
  setAnnotator,
];
