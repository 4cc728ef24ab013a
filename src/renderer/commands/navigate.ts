import type { CorpusRow } from '../db/corpus-rows';
import type { AppState } from '../services/app-store';
import { CORPUS_COLUMNS, nextSort, sortRows, type CorpusColumn } from '../services/corpus-view';
import type { Services } from '../services/services';
import { THEMES } from '../services/theme';
import { command, type Dispatch } from './registry';

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

/** The corpus list's rows in the order on screen, and where its cursor is among them. */
function listPosition(state: AppState): { order: CorpusRow[]; at: number } | null {
  const { rows, sort, cursor } = state.corpus;
  if (state.route.screen !== 'corpus' || !rows?.length) return null;
  const order = sortRows(rows, sort);
  return { order, at: order.findIndex((r) => r.doc.id === cursor) };
}

/**
 * Moves the list's keyboard focus to the row `pick` names. Coming from outside the list (or with no
 * cursor yet), a key first brings the focus to the cursor's row; at either end it declines, so the key
 * does what the browser does.
 */
function moveIn(pick: (order: CorpusRow[], at: number) => CorpusRow | undefined) {
  return (state: AppState, dispatch: Dispatch | undefined, services: Services): boolean => {
    const position = listPosition(state);
    if (!position) return false;
    const { order, at } = position;
    const target = at < 0 ? order[0] : state.corpus.focused ? pick(order, at) : order[at];
    if (!target || (target.doc.id === state.corpus.cursor && state.corpus.focused)) return false;
    if (dispatch) services.corpusList.moveCursor(target.doc.id, true);
    return true;
  };
}

const IN_LIST = 'screen == corpus && !inputFocus';

export const nextRow = command({
  id: 'corpus-next',
  title: 'Next document in the list',
  group: 'Navigate',
  keys: ['ArrowDown'],
  when: IN_LIST,
  perform: moveIn((order, at) => order[at + 1]),
});

export const previousRow = command({
  id: 'corpus-previous',
  title: 'Previous document in the list',
  group: 'Navigate',
  keys: ['ArrowUp'],
  when: IN_LIST,
  perform: moveIn((order, at) => order[at - 1]),
});

export const firstRow = command({
  id: 'corpus-first',
  title: 'First document in the list',
  group: 'Navigate',
  keys: ['Home'],
  when: IN_LIST,
  perform: moveIn((order) => order[0]),
});

export const lastRow = command({
  id: 'corpus-last',
  title: 'Last document in the list',
  group: 'Navigate',
  keys: ['End'],
  when: IN_LIST,
  perform: moveIn((order) => order.at(-1)),
});

/** Enter on the list's focused row; elsewhere Enter is left to the focused button. */
export const openFocused = command({
  id: 'open-focused-document',
  title: 'Open the focused document',
  group: 'Navigate',
  keys: ['Enter'],
  when: IN_LIST,
  perform(state, dispatch, services) {
    const position = listPosition(state);
    if (!position || position.at < 0 || !state.corpus.focused) return false;
    if (dispatch) services.navigate({ screen: 'document', docId: position.order[position.at].doc.id });
    return true;
  },
});

/** A column header's click: sorts by it, or turns the order round; the choice is kept in the settings. */
export const sortCorpus = command<{ column: CorpusColumn }>({
  id: 'sort-corpus',
  needsArgs: true,
  title: 'Sort the corpus list',
  describe: ({ column }) => `Sort the corpus by ${column}`,
  group: 'Navigate',
  perform(state, dispatch, services, args) {
    if (state.route.screen !== 'corpus' || !args || !CORPUS_COLUMNS.includes(args.column)) return false;
    if (dispatch) void services.corpusList.setSort(nextSort(state.corpus.sort, args.column));
    return true;
  },
});

export const navigateCommands = [
  showCorpus,
  showSettings,
  openDocumentCommand,
  nextDocument,
  previousDocument,
  showHelp,
  showPalette,
  toggleTheme,
  nextRow,
  previousRow,
  firstRow,
  lastRow,
  openFocused,
  sortCorpus,
];
