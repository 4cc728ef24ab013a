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
    if (dispatch) void services.corpus.importFiles();
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

export const fileCommands = [openFiles, openFolder, importFiles, exportFiles];
