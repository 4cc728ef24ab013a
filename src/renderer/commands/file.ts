import { isBusy } from '../services/app-store';
import { command } from './registry';

/** Bringing articles and annotations in, and sending them out. Each runs its dialog in the background. */

export const openFiles = command({
  id: 'open-files',
  title: 'Open files…',
  group: 'File',
  keys: ['Mod+O'],
  toolbar: ['corpus'],
  perform(state, dispatch, services) {
    if (isBusy(state)) return false;
    if (dispatch) void services.corpus.openTextFiles();
    return true;
  },
});

export const openFolder = command({
  id: 'open-folder',
  title: 'Open folder…',
  group: 'File',
  keys: ['Mod+Shift+O'],
  toolbar: ['corpus'],
  perform(state, dispatch, services) {
    if (isBusy(state)) return false;
    if (dispatch) void services.corpus.openFolder();
    return true;
  },
});

export const importFiles = command({
  id: 'import',
  title: 'Import…',
  group: 'File',
  keys: ['Mod+I'],
  toolbar: ['corpus', 'document'],
  perform(state, dispatch, services) {
    if (isBusy(state)) return false;
    if (dispatch) void services.imports.importFiles();
    return true;
  },
});

export const exportFiles = command({
  id: 'export',
  title: 'Export…',
  group: 'File',
  keys: ['Mod+E'],
  toolbar: ['corpus', 'document'],
  perform(state, dispatch, services) {
    if (isBusy(state)) return false;
    if (dispatch) void services.corpus.annotators().then((annotators) => services.showDialog({ kind: 'export', annotators }));
    return true;
  },
});

export const backupCommand = command({
  id: 'backup',
  title: 'Back up everything…',
  group: 'File',
  perform(state, dispatch, services) {
    if (isBusy(state)) return false;
    if (dispatch) void services.backups.backup();
    return true;
  },
});

export const restoreCommand = command({
  id: 'restore',
  title: 'Restore a backup…',
  group: 'File',
  perform(state, dispatch, services) {
    if (isBusy(state)) return false;
    if (dispatch) void services.backups.pickAndRestore();
    return true;
  },
});

/**
 * Removes a document (the one named, else the corpus list's focused row) after a confirmation that says
 * what goes with it: every annotator's set, history and figures. A confirmation rather than an Undo in
 * the notice: the loss can be other people's work, an Undo kept in memory would not outlive a reload or
 * a closed window, and putting a document back after another window changed its sets would need rules
 * of its own. The dialog states it plainly and Cancel has the focus.
 */
export const removeDocumentCommand = command<{ docId?: string } | undefined>({
  id: 'remove-document',
  title: 'Remove the document…',
  group: 'File',
  keys: ['Delete', 'Backspace'],
  when: 'screen == corpus && !inputFocus',
  perform(state, dispatch, services, args) {
    const { rows, cursor, focused } = state.corpus;
    const docId = args?.docId ?? (focused ? cursor : null);
    if (isBusy(state) || state.route.screen !== 'corpus' || !docId || !rows?.some((r) => r.doc.id === docId)) return false;
    if (dispatch) services.showDialog({ kind: 'remove-document', docId });
    return true;
  },
});

export const fileCommands = [openFiles, openFolder, importFiles, exportFiles, backupCommand, restoreCommand, removeDocumentCommand];
