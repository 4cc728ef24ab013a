import type { Selection } from '../../shared/model/selection';
import { canRedo, canUndo } from '../../shared/model/state';
import { openDocument } from '../services/app-store';
import { command } from './registry';

/** Undo, redo and the selection: the same for every kind of annotation. */

export const undoCommand = command({
  id: 'undo',
  title: 'Undo',
  group: 'Edit',
  keys: ['Mod+Z'],
  toolbar: ['document'],
  perform(state, dispatch, services) {
    const open = openDocument(state);
    if (!open || !canUndo(open.session.state)) return false;
    // A gesture that changed several documents is undone in all of them.
    const group = open.session.state.history.done.at(-1)?.group;
    if (dispatch && group) void services.crossDocument.undoGroup(group, 'undo');
    else dispatch?.({ kind: 'undo' });
    return true;
  },
});

export const redoCommand = command({
  id: 'redo',
  title: 'Redo',
  group: 'Edit',
  keys: ['Mod+Shift+Z', 'Mod+Y'],
  toolbar: ['document'],
  perform(state, dispatch, services) {
    const open = openDocument(state);
    if (!open || !canRedo(open.session.state)) return false;
    const group = open.session.state.history.undone.at(-1)?.group;
    if (dispatch && group) void services.crossDocument.undoGroup(group, 'redo');
    else dispatch?.({ kind: 'redo' });
    return true;
  },
});

/** Selects a mention, an event, a role slot or a text range (clicks in the text and the side panel). */
export const select = command<{ selection: Selection }>({
  id: 'select',
  needsArgs: true,
  title: 'Select',
  group: 'Edit',
  perform(state, dispatch, _services, args) {
    if (!openDocument(state) || !args?.selection) return false;
    dispatch?.({ kind: 'apply', transaction: { selection: args.selection } });
    return true;
  },
});

/** Escape's first meaning; when nothing is selected it declines and Escape leaves the document. */
export const clearSelection = command({
  id: 'clear-selection',
  title: 'Clear the selection',
  group: 'Edit',
  keys: ['Escape'],
  when: 'screen == document',
  weight: 20,
  perform(state, dispatch) {
    const open = openDocument(state);
    if (!open || open.session.state.selection.kind === 'none') return false;
    dispatch?.({ kind: 'apply', transaction: { selection: { kind: 'none' } } });
    return true;
  },
});

export const editCommands = [undoCommand, redoCommand, select, clearSelection];
