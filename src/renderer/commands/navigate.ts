import { THEMES } from '../services/theme';
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

function neighbour(direction: 1 | -1) {
  return command({
    id: direction === 1 ? 'next-document' : 'previous-document',
    title: direction === 1 ? 'Next document' : 'Previous document',
    group: 'Navigate',
    keys: [direction === 1 ? 'Alt+ArrowDown' : 'Alt+ArrowUp'],
    perform(state, dispatch, services) {
      if (state.route.screen !== 'document') return false;
      const docId = state.route.docId;
      if (dispatch)
        void services.corpus
          .neighbour(docId, direction)
          .then((id) =>
            id
              ? services.navigate({ screen: 'document', docId: id })
              : services.notify(direction === 1 ? 'This is the last document.' : 'This is the first document.'),
          );
      return true;
    },
  });
}

export const nextDocument = neighbour(1);
export const previousDocument = neighbour(-1);

/** Every command that applies now, found by typing a few letters of its name. */
export const showPalette = command({
  id: 'palette',
  title: 'Command palette',
  group: 'Help',
  keys: ['Mod+K'],
  perform(_state, dispatch, services) {
    if (dispatch) services.showDialog({ kind: 'palette' });
    return true;
  },
});

/** Light, dark, or following the system: the next of the three. */
export const toggleTheme = command({
  id: 'toggle-theme',
  title: 'Switch theme (system, light, dark)',
  group: 'Help',
  keys: ['Mod+Shift+D'],
  perform(state, dispatch, services) {
    if (dispatch) void services.settings.setTheme(THEMES[(THEMES.indexOf(state.theme) + 1) % THEMES.length]);
    return true;
  },
});

export const navigateCommands = [showCorpus, showSettings, openDocumentCommand, nextDocument, previousDocument, showHelp, showPalette, toggleTheme];
