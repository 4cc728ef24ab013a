import { command } from './registry';

/** Moving between screens, documents and sets. */

export const showCorpus = command({
  id: 'corpus',
  title: 'Corpus',
  group: 'Navigate',
  keys: ['Escape'],
  toolbar: ['document', 'settings'],
  perform(state, dispatch, services) {
    if (state.route.screen === 'corpus') return false;
    if (dispatch) services.navigate({ screen: 'corpus' });
    return true;
  },
});

export const showSettings = command({
  id: 'settings',
  title: 'Settings',
  group: 'Navigate',
  keys: ['Mod+,'],
  toolbar: ['corpus', 'document'],
  perform(state, dispatch, services) {
    if (state.route.screen === 'settings') return false;
    if (dispatch) services.navigate({ screen: 'settings' });
    return true;
  },
});

export const openDocumentCommand = command<{ docId: string }>({
  id: 'open-document',
  needsArgs: true,
  title: 'Open document',
  describe: ({ docId }) => `Open ${docId}`,
  group: 'Navigate',
  perform(_state, dispatch, services, args) {
    if (!args?.docId) return false;
    if (dispatch) services.navigate({ screen: 'document', docId: args.docId });
    return true;
  },
});

/** The shortcut sheet: every command with its current keys. */
export const showHelp = command({
  id: 'help',
  title: 'Keyboard shortcuts',
  group: 'Help',
  keys: ['?'],
  perform(_state, dispatch, services) {
    if (dispatch) services.showDialog({ kind: 'help' });
    return true;
  },
});

export const navigateCommands = [showCorpus, showSettings, openDocumentCommand, showHelp];
