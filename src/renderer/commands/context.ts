import { openDocument, type AppState } from '../services/app-store';
import type { WhenContext } from './when';

/** The context keys `when` clauses read, from the app state and where the keyboard focus is. */
export function whenContext(state: AppState, inputFocus: boolean): WhenContext {
  const open = openDocument(state);
  return {
    screen: state.route.screen,
    modal: state.dialog !== null || state.progress !== null,
    inputFocus,
    document: open !== null,
    selection: open?.session.state.selection.kind ?? 'none',
  };
}
