import { deleteItem, findItem, labelRange, moveBoundary, relabelMention, resizeMention, rolesFilledBy, type Edge } from '../../shared/model/edits';
import { labelAndFill } from '../../shared/model/frames';
import { isPending } from '../../shared/model/types';
import { isBusy, openDocument } from '../services/app-store';
import { applyEdit, editing, targetId } from './edit-helpers';
import { command } from './registry';
import { decide } from './suggestions';

/** Making and correcting mentions and events, and the document's status. */

export const labelSelection = command<{ label: string }>({
  id: 'label-selection',
  title: 'Label the selection',
  describe: ({ label }) => `Label as ${label}`,
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = editing(state);
    if (!open || !args?.label) return false;
    const { selection, set } = open;
    // With a role picked and text selected: the new mention fills the role, which stays picked.
    if (selection.kind === 'role' && selection.range && selection.range.end > selection.range.start) {
      const edit = labelAndFill(set, open.map, state.schema, selection.eventId, selection.role, selection.range, args.label);
      return applyEdit('refused' in edit ? edit : { ...edit, select: undefined }, open, dispatch, services, {
        kind: 'role',
        eventId: selection.eventId,
        role: selection.role,
      });
    }
    if (selection.kind === 'mention') {
      const edit = relabelMention(set, selection.id, args.label, state.schema);
      // A suggestion relabelled (or confirmed with its own label's key) is accepted, and the next one comes.
      if (isPending(findItem(set, selection.id) ?? {}) && !('refused' in edit)) {
        if (dispatch) decide(set, selection, edit.operation, edit.label, dispatch);
        return true;
      }
      return applyEdit(edit, open, dispatch, services);
    }
    if (selection.kind === 'range' && selection.end > selection.start)
      return applyEdit(labelRange(set, open.map, selection, args.label, state.schema), open, dispatch, services);
    return false;
  },
});

/** Delete or Backspace: the selected mention or event goes; a mention that fills roles asks first. */
export const deleteSelection = command<{ id?: string; confirmed?: boolean } | undefined>({
  id: 'delete-selection',
  title: 'Delete the selected annotation',
  group: 'Annotate',
  keys: ['Delete', 'Backspace'],
  when: 'screen == document',
  perform(state, dispatch, services, args) {
    const open = editing(state);
    const id = open && targetId(open, args);
    if (!open || !id) return false;
    const roles = rolesFilledBy(open.set, id);
    if (roles.length && !args?.confirmed) {
      if (dispatch) services.showDialog({ kind: 'confirm-delete', id, roles });
      return true;
    }
    return applyEdit(deleteItem(open.set, id), open, dispatch, services);
  },
});

export const resizeSelection = command<{ id: string; start: number; end: number; exact?: boolean }>({
  id: 'resize-mention',
  title: 'Move a mention’s boundaries',
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = editing(state);
    if (!open || !args?.id) return false;
    return applyEdit(resizeMention(open.set, open.map, args.id, args), open, dispatch, services);
  },
});

function boundaryCommand(id: string, title: string, key: string, edge: Edge, direction: 'grow' | 'shrink') {
  return command({
    id,
    title,
    group: 'Annotate',
    keys: [key],
    when: 'screen == document',
    perform(state, dispatch, services) {
      const open = editing(state);
      if (!open || open.selection.kind !== 'mention') return false;
      return applyEdit(moveBoundary(open.set, open.map, open.selection.id, edge, direction), open, dispatch, services);
    },
  });
}

export const growStart = boundaryCommand('grow-start', 'Extend the mention a word to the left', '[', 'start', 'grow');
export const growEnd = boundaryCommand('grow-end', 'Extend the mention a word to the right', ']', 'end', 'grow');
export const shrinkStart = boundaryCommand('shrink-start', 'Shrink the mention by its first word', '{', 'start', 'shrink');
export const shrinkEnd = boundaryCommand('shrink-end', 'Shrink the mention by its last word', '}', 'end', 'shrink');

/**
 * The mentions under the caret (or around the selected one), innermost first: a key goes from one
 * to the next, so that nested mentions are each selectable.
 */
export const cycleMentions = command({
  id: 'cycle-mentions',
  title: 'Next mention under the caret',
  group: 'Annotate',
  keys: ['C'],
  when: 'screen == document',
  perform(state, dispatch) {
    const open = editing(state);
    if (!open) return false;
    const { selection, set } = open;
    const selected = selection.kind === 'mention' ? set.entities.find((m) => m.id === selection.id) : undefined;
    const at = selection.kind === 'range' ? { start: selection.start, end: selection.end } : selected;
    if (!at) return false;
    const under = set.entities
      .filter((m) => (at.start === at.end ? m.start <= at.start && at.start < m.end : m.start < at.end && at.start < m.end))
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    if (!under.length || (under.length === 1 && selected)) return false;
    const next = selected ? under[(under.indexOf(selected) + 1) % under.length] : under[0];
    dispatch?.({ kind: 'apply', transaction: { selection: { kind: 'mention', id: next.id } } });
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
  deleteSelection,
  resizeSelection,
  growStart,
  growEnd,
  shrinkStart,
  shrinkEnd,
  cycleMentions,
  preannotateDocument,
  preannotateCorpus,
  setAnnotator,
];
