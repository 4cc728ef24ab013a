import { acceptItem, deleteItem, findItem, nextSuggestion, rolesFilledBy } from '../../shared/model/edits';
import { acceptFrame } from '../../shared/model/frames';
import { isPending } from '../../shared/model/types';
import type { Operation } from '../../shared/model/operations';
import type { Selection } from '../../shared/model/selection';
import {
  acceptSuggestions,
  countByConfidence,
  matchingSuggestions,
  rejectSuggestions,
  pendingCount,
  suggestionSummary,
  type SuggestionFilter,
} from '../../shared/model/suggestions';
import type { AnnotationSet } from '../../shared/model/types';
import { withProgress } from '../../shared/model/edits';
import { editing, targetId } from './edit-helpers';
import { command, type Dispatch } from './registry';

/** Going through the pre-annotator's suggestions: one key to take, drop or relabel each, then the next. */

/** Where an annotation is, to find the suggestion after it. */
function extentOf(set: AnnotationSet, selection: Selection): { start: number; end: number; id?: string } {
  if (selection.kind === 'range') return { start: selection.start, end: selection.start };
  const id = selection.kind === 'mention' || selection.kind === 'event' ? selection.id : selection.kind === 'role' ? selection.eventId : undefined;
  const m = set.entities.find((e) => e.id === id);
  if (m) return { start: m.start, end: m.end, id: m.id };
  const e = set.events.find((ev) => ev.id === id);
  return e ? { start: e.trigger.start, end: e.trigger.end, id: e.id } : { start: -1, end: -1 };
}

function selectionOf(found: { id: string; kind: 'mention' | 'event' } | null): Selection {
  return found ? { kind: found.kind, id: found.id } : { kind: 'none' };
}

function goTo(direction: 1 | -1) {
  return (state: Parameters<typeof editing>[0], dispatch: Dispatch | undefined) => {
    const open = editing(state);
    const next = open && nextSuggestion(open.set, extentOf(open.set, open.selection), direction);
    if (!open || !next) return false;
    dispatch?.({ kind: 'apply', transaction: { selection: selectionOf(next) } });
    return true;
  };
}

export const nextSuggestionCommand = command({
  id: 'next-suggestion',
  title: 'Next suggestion',
  group: 'Annotate',
  keys: ['N'],
  when: 'screen == document',
  perform: (state, dispatch) => goTo(1)(state, dispatch),
});

export const previousSuggestion = command({
  id: 'previous-suggestion',
  title: 'Previous suggestion',
  group: 'Annotate',
  keys: ['Shift+N'],
  when: 'screen == document',
  perform: (state, dispatch) => goTo(-1)(state, dispatch),
});

/** Applies a decision about the selected suggestion and moves to the one after it. */
export function decide(set: AnnotationSet, selection: Selection, operation: Operation, label: string, dispatch: Dispatch) {
  const after = nextSuggestion(set, extentOf(set, selection), 1);
  dispatch({ kind: 'apply', transaction: { operation: withProgress(set, operation, label), label, selection: selectionOf(after) } });
}

export const acceptSuggestion = command<{ id?: string } | undefined>({
  id: 'accept-suggestion',
  title: 'Accept the suggestion and go to the next',
  group: 'Annotate',
  keys: ['Enter'],
  when: 'screen == document',
  perform(state, dispatch, _services, args) {
    const open = editing(state);
    const id = open && targetId(open, args);
    // An event is accepted with its suggested fillers: the whole frame.
    const edit = open && id ? (open.set.events.some((e) => e.id === id) ? acceptFrame(open.set, id) : acceptItem(open.set, id)) : null;
    if (!open || !edit || 'refused' in edit || !isPending(findItem(open.set, id!) ?? {})) return false;
    if (dispatch) decide(open.set, args?.id ? { kind: 'mention', id: args.id } : open.selection, edit.operation, edit.label, dispatch);
    return true;
  },
});

export const rejectSuggestion = command<{ id?: string } | undefined>({
  id: 'reject-suggestion',
  title: 'Reject the suggestion and go to the next',
  group: 'Annotate',
  keys: ['X'],
  when: 'screen == document',
  perform(state, dispatch, services, args) {
    const open = editing(state);
    const id = open && targetId(open, args);
    const item = open && id ? findItem(open.set, id) : undefined;
    if (!open || !id || !item || !isPending(item)) return false;
    // A suggested mention is not stripped from an event the annotator made or accepted without a word;
    // from suggested events it goes quietly (suggestions all, one undo brings them back).
    const roles = rolesFilledBy(
      open.set,
      id,
      open.set.events.filter((e) => !isPending(e)),
    );
    if (roles.length) {
      if (dispatch) services.showDialog({ kind: 'confirm-delete', id, roles });
      return true;
    }
    const rejected = deleteItem(open.set, id);
    if (dispatch && !('refused' in rejected))
      decide(open.set, args?.id ? { kind: 'mention', id } : open.selection, rejected.operation, 'reject suggestion', dispatch);
    return true;
  },
});

/** Accept or reject every suggestion of a label, or above / below a confidence: `filter` says which. */
function bulk(id: string, title: string, make: (set: AnnotationSet, filter: SuggestionFilter) => Operation | null) {
  return command<SuggestionFilter | undefined>({
    id,
    title,
    describe: (f) =>
      `${title}${f?.label ? ` of ${f.label}` : ''}${f?.min !== undefined ? ` with confidence ≥ ${f.min}` : ''}${f?.max !== undefined ? ` with confidence < ${f.max}` : ''}`,
    group: 'Annotate',
    perform(state, dispatch, _services, args) {
      const open = editing(state);
      if (!open) return false;
      // Whether any suggestion matches, counted once per set: making the batch is for the dispatch. With
      // no filter (the toolbar's buttons, asked at every repaint) a count does, without sorting confidences.
      const filtered = args?.label !== undefined || args?.min !== undefined || args?.max !== undefined;
      const summary = filtered ? suggestionSummary(open.set) : null;
      const some = !summary
        ? pendingCount(open.set) > 0
        : args?.label !== undefined
          ? (summary.byLabel.get(args.label) ?? 0) > 0
          : countByConfidence(summary, args?.min, args?.max) > 0;
      if (!some) return false;
      if (!dispatch) return true;
      const operation = make(open.set, args ?? {});
      if (!operation) return false;
      dispatch?.({ kind: 'apply', transaction: { operation: withProgress(open.set, operation, title), label: title.toLowerCase() } });
      return true;
    },
  });
}

export const acceptMany = bulk('accept-suggestions', 'Accept suggestions', acceptSuggestions);
export const rejectMany = bulk('reject-suggestions', 'Reject suggestions', rejectSuggestions);

export const acceptAll = command({
  id: 'accept-pending',
  title: 'Accept all suggestions',
  group: 'Annotate',
  keys: ['Alt+A'],
  perform: (state, dispatch, services) => acceptMany.perform(state, dispatch, services, undefined),
});

export const rejectAll = command({
  id: 'reject-pending',
  title: 'Reject all suggestions',
  group: 'Annotate',
  keys: ['Alt+R'],
  perform: (state, dispatch, services) => rejectMany.perform(state, dispatch, services, undefined),
});

/** How many suggestions a filter takes (for the slider and the buttons of the side panel). */
export const countSuggestions = (set: AnnotationSet, filter: SuggestionFilter) => {
  const found = matchingSuggestions(set, filter);
  return found.entities.length + found.events.length;
};

export const suggestionCommands = [nextSuggestionCommand, previousSuggestion, acceptSuggestion, rejectSuggestion, acceptMany, rejectMany, acceptAll, rejectAll];
