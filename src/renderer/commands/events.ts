import { eventOnRange } from '../../shared/model/edits';
import {
  acceptArgument,
  acceptFrame,
  cycleAttribute,
  fillRole,
  removeArgument,
  retypeEvent,
  roleCandidates,
  setEventAttribute,
} from '../../shared/model/frames';
import type { Selection } from '../../shared/model/selection';
import type { AnnotationSet } from '../../shared/model/types';
import { applyEdit, editing } from './edit-helpers';
import { command } from './registry';

/**
 * Event frames from the keyboard or the mouse: make an event of the selected trigger (or retype the
 * selected one) with the type's key, pick a role by its number, fill it with a mention of the sentence
 * (Tab goes through them, Enter takes one, a click takes one, a label key labels new text and fills
 * the role), remove an argument, change an attribute (realis), accept a suggested frame.
 */

/** The event the selection is on (the event itself, or one of its roles). */
function selectedEvent(set: AnnotationSet, selection: Selection) {
  const id = selection.kind === 'event' ? selection.id : selection.kind === 'role' ? selection.eventId : null;
  return id ? set.events.find((e) => e.id === id) : undefined;
}

export const createEvent = command<{ type: string; confirmed?: boolean }>({
  id: 'create-event',
  title: 'Make or retype an event',
  describe: ({ type }) => `Event ${type}`,
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = editing(state);
    if (!open || !args?.type) return false;
    const { selection, set } = open;
    // Text selected (even while a role waits for a filler): a new event there.
    const range = selection.kind === 'range' ? selection : selection.kind === 'role' ? selection.range : undefined;
    if (range && range.end > range.start) return applyEdit(eventOnRange(set, open.map, range, args.type, state.schema), open, dispatch, services);
    const event = selectedEvent(set, selection);
    if (!event) return false;
    const edit = retypeEvent(set, state.schema, event.id, args.type);
    if (dispatch && !('refused' in edit) && edit.lost?.length && !args.confirmed) {
      services.showDialog({ kind: 'confirm-retype', eventId: event.id, type: args.type, lost: edit.lost });
      return true;
    }
    return applyEdit(edit, open, dispatch, services);
  },
});

/** Picks the n-th role of the selected event's type (the number keys), or a role by name (a click). */
export const pickRole = command<{ index?: number; role?: string }>({
  id: 'pick-role',
  title: 'Pick a role of the event',
  describe: ({ index, role }) => (role ? `Fill ${role}` : `Pick role ${index}`),
  group: 'Annotate',
  needsArgs: true,
  keyArgs: Array.from({ length: 9 }, (_, i) => ({ key: String(i + 1), args: { index: i + 1 } })),
  when: 'screen == document',
  perform(state, dispatch, _services, args) {
    const open = editing(state);
    const event = open && selectedEvent(open.set, open.selection);
    const roles = event ? (state.schema.eventType(event.type)?.roles ?? []) : [];
    const role = args?.role ?? (args?.index !== undefined ? roles[args.index - 1]?.name : undefined);
    if (!open || !event || !role || !roles.some((r) => r.name === role)) return false;
    const candidate = roleCandidates(open.set, open.map, state.schema, event.id, role)[0]?.id;
    dispatch?.({ kind: 'apply', transaction: { selection: { kind: 'role', eventId: event.id, role, candidate } } });
    return true;
  },
});

function cycleCandidate(direction: 1 | -1) {
  return command({
    id: direction === 1 ? 'next-candidate' : 'previous-candidate',
    title: direction === 1 ? 'Next mention for the role' : 'Previous mention for the role',
    group: 'Annotate',
    keys: [direction === 1 ? 'Tab' : 'Shift+Tab'],
    when: 'screen == document && selection == role',
    weight: 50,
    perform(state, dispatch) {
      const open = editing(state);
      const s = open?.selection;
      if (!open || s?.kind !== 'role') return false;
      const all = roleCandidates(open.set, open.map, state.schema, s.eventId, s.role);
      if (!all.length) return false;
      const at = all.findIndex((m) => m.id === s.candidate);
      const next = all[(at + direction + all.length) % all.length];
      dispatch?.({ kind: 'apply', transaction: { selection: { ...s, candidate: next.id } } });
      return true;
    },
  });
}

export const nextCandidate = cycleCandidate(1);
export const previousCandidate = cycleCandidate(-1);

/** Fills the picked role with a mention: the one clicked, or the keyboard's candidate (Enter). */
export const fillPickedRole = command<{ mentionId?: string } | undefined>({
  id: 'fill-role',
  title: 'Fill the role with the mention',
  group: 'Annotate',
  keys: ['Enter'],
  when: 'screen == document && selection == role',
  weight: 50,
  perform(state, dispatch, services, args) {
    const open = editing(state);
    const s = open?.selection;
    if (!open || s?.kind !== 'role') return false;
    const mentionId = args?.mentionId ?? s.candidate;
    if (!mentionId) return false;
    const edit = fillRole(open.set, state.schema, s.eventId, s.role, mentionId);
    // The role stays picked: a role may take several fillers.
    return applyEdit('refused' in edit ? edit : { ...edit, select: undefined }, open, dispatch, services);
  },
});

/** Removes an argument: the one named, or with a role picked, its last filler (Backspace or Delete). */
export const removeArgumentCommand = command<{ eventId: string; role: string; mentionId: string } | undefined>({
  id: 'remove-argument',
  title: 'Remove the argument',
  group: 'Annotate',
  keys: ['Backspace', 'Delete'],
  when: 'screen == document && selection == role',
  weight: 50,
  perform(state, dispatch, services, args) {
    const open = editing(state);
    if (!open) return false;
    const s = open.selection;
    const target =
      args ??
      (s.kind === 'role'
        ? (() => {
            const event = open.set.events.find((e) => e.id === s.eventId);
            const last = event?.arguments.filter((a) => a.role === s.role).at(-1);
            return last ? { eventId: s.eventId, role: s.role, mentionId: last.entity } : undefined;
          })()
        : undefined);
    if (!target) return false;
    const edit = removeArgument(open.set, target.eventId, target.role, target.mentionId);
    return applyEdit('refused' in edit ? edit : { ...edit, select: undefined }, open, dispatch, services);
  },
});

export const acceptArgumentCommand = command<{ eventId: string; role: string; mentionId: string }>({
  id: 'accept-argument',
  title: 'Accept the suggested argument',
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = editing(state);
    if (!open || !args) return false;
    return applyEdit(acceptArgument(open.set, args.eventId, args.role, args.mentionId), open, dispatch, services);
  },
});

/** The event's attribute (realis) to its next value: the schema's first event attribute has a key. */
export const cycleEventAttribute = command<{ name: string }>({
  id: 'cycle-attribute',
  title: 'Next value of the event’s attribute',
  describe: ({ name }) => `Next ${name}`,
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = editing(state);
    const event = open && selectedEvent(open.set, open.selection);
    if (!open || !event || !args?.name) return false;
    const edit = cycleAttribute(open.set, state.schema, event.id, args.name);
    return applyEdit('refused' in edit ? edit : { ...edit, select: undefined }, open, dispatch, services);
  },
});

export const setAttributeCommand = command<{ eventId?: string; name: string; value: string }>({
  id: 'set-event-attribute',
  title: 'Set the event’s attribute',
  describe: ({ name, value }) => `${name}: ${value}`,
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = editing(state);
    const event = open && (args?.eventId ? open.set.events.find((e) => e.id === args.eventId) : selectedEvent(open.set, open.selection));
    if (!open || !event || !args || (event.attributes?.[args.name] ?? null) === args.value) return false;
    const edit = setEventAttribute(open.set, state.schema, event.id, args.name, args.value);
    return applyEdit('refused' in edit ? edit : { ...edit, select: undefined }, open, dispatch, services);
  },
});

/** Accepts a suggested event with its suggested fillers. */
export const acceptFrameCommand = command<{ eventId?: string } | undefined>({
  id: 'accept-frame',
  title: 'Accept the suggested frame',
  group: 'Annotate',
  perform(state, dispatch, services, args) {
    const open = editing(state);
    const event = open && (args?.eventId ? open.set.events.find((e) => e.id === args.eventId) : selectedEvent(open.set, open.selection));
    if (!open || !event) return false;
    const edit = acceptFrame(open.set, event.id);
    if ('refused' in edit) return false;
    return applyEdit(edit, open, dispatch, services);
  },
});

/** Escape with a role picked goes back to its event (then to no selection, then out of the document). */
export const leaveRole = command({
  id: 'leave-role',
  title: 'Back to the event',
  group: 'Annotate',
  keys: ['Escape'],
  when: 'screen == document && selection == role',
  weight: 25,
  perform(state, dispatch) {
    const s = editing(state)?.selection;
    if (s?.kind !== 'role') return false;
    dispatch?.({ kind: 'apply', transaction: { selection: { kind: 'event', id: s.eventId } } });
    return true;
  },
});

export const eventCommands = [
  createEvent,
  pickRole,
  nextCandidate,
  previousCandidate,
  fillPickedRole,
  removeArgumentCommand,
  acceptArgumentCommand,
  cycleEventAttribute,
  setAttributeCommand,
  acceptFrameCommand,
  leaveRole,
];
