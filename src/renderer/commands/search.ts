import { labelRanges } from '../../shared/model/bulk-edits';
import { findAll } from '../../shared/text/find';
import { openDocument, type AppState } from '../services/app-store';
import { withProgress } from '../../shared/model/edits';
import { command } from './registry';

/** Finding text in the document or the corpus, going from hit to hit, labelling every hit. */

/** The hits of the search in the open document (code points). */
export function documentHits(state: AppState): Array<{ start: number; end: number }> {
  const open = openDocument(state);
  return open && state.search?.query ? findAll(open.map, state.search.query) : [];
}

/** The selected text, to search for it. */
function selectedText(state: AppState): string {
  const open = openDocument(state);
  const s = open?.session.state.selection;
  return open && s?.kind === 'range' && s.end > s.start && s.end - s.start < 200 ? open.map.slice(s.start, s.end) : '';
}

function openSearch(scope: 'document' | 'corpus', key: string, title: string) {
  return command({
    id: scope === 'document' ? 'find' : 'find-in-corpus',
    title,
    group: 'Navigate',
    keys: [key],
    perform(state, dispatch, services) {
      if (scope === 'document' && !openDocument(state)) return false;
      if (dispatch) services.app.update({ search: { scope, query: selectedText(state) || state.search?.query || '', current: 0 } });
      return true;
    },
  });
}

export const find = openSearch('document', 'Mod+F', 'Find in the document');
export const findInCorpus = openSearch('corpus', 'Mod+Shift+F', 'Find in the corpus');

function step(direction: 1 | -1) {
  return command({
    id: direction === 1 ? 'next-hit' : 'previous-hit',
    title: direction === 1 ? 'Next hit' : 'Previous hit',
    group: 'Navigate',
    keys: [direction === 1 ? 'F3' : 'Shift+F3'],
    perform(state, dispatch, services) {
      const hits = documentHits(state);
      if (!state.search || !hits.length) return false;
      const current = (state.search.current + direction + hits.length) % hits.length;
      if (dispatch) {
        services.app.update({ search: { ...state.search, current } });
        dispatch({ kind: 'apply', transaction: { selection: { kind: 'range', ...hits[current], exact: true } } });
      }
      return true;
    },
  });
}

export const nextHit = step(1);
export const previousHit = step(-1);

/** Escape closes the search box before it clears a selection or leaves the document. */
export const closeSearch = command({
  id: 'close-search',
  title: 'Close the search',
  group: 'Navigate',
  keys: ['Escape'],
  weight: 30,
  perform(state, dispatch, services) {
    if (!state.search) return false;
    if (dispatch) services.app.update({ search: null });
    return true;
  },
});

/** Labels every hit of the search in the document (snapped to whole words), as one undoable step. */
export const labelHits = command<{ label: string; suggest?: boolean }>({
  id: 'label-hits',
  title: 'Label every hit',
  describe: ({ label }) => `Label every hit as ${label}`,
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = openDocument(state);
    if (!open || !args?.label || !state.schema.label(args.label)) return false;
    const set = open.session.state.set;
    const edit = labelRanges(set, open.map, documentHits(state), args.label, args.suggest);
    if (!edit.operation) return false;
    if (dispatch) {
      dispatch({
        kind: 'apply',
        transaction: { operation: withProgress(set, edit.operation, `label ${args.label}`), label: `label ${edit.count} hits ${args.label}` },
      });
      services.notify(`Labelled ${edit.count} hit${edit.count === 1 ? '' : 's'} as ${args.label}.`);
    }
    return true;
  },
});

export const searchCommands = [find, findInCorpus, nextHit, previousHit, closeSearch, labelHits];
