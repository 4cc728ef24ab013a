import type { SchemaIndex } from '../schema/lookup';
import type { OffsetMap } from '../text/offsets';
import { nextWordEnd, previousWordStart, snapToWords, wordsIn } from '../text/word-bounds';
import { nextId } from './ids';
import type { Operation, Target } from './operations';
import { acceptOperations } from './suggestions';
import { isPending, type AnnotationSet, type EntityMention, type EventFrame } from './types';

/**
 * The operations behind the annotator's gestures on one mention or event, decided from the set as it
 * is: what a label key does to a range or a mention, moving a boundary, deleting, accepting. Each
 * returns an operation with the selection to show after it, or the reason the gesture is refused, in
 * words for the user.
 */
export type Edit = { operation: Operation; label: string; select?: { kind: 'mention' | 'event'; id: string } } | { refused: string };

/** The first change to a new or pre-annotated document puts it in progress, in the same step. */
export function withProgress(set: AnnotationSet, operation: Operation, label?: string): Operation {
  if (set.status !== 'new' && set.status !== 'pre-annotated') return operation;
  return { kind: 'batch', label, operations: [operation, { kind: 'setStatus', status: 'in-progress' }] };
}

export const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

const batch = (label: string, operations: Operation[]): Operation => (operations.length === 1 ? operations[0] : { kind: 'batch', label, operations });

/** Why a mention cannot cover start..end (code points), or null when it can. */
function extentProblem(set: AnnotationSet, map: OffsetMap, start: number, end: number, label: string, except?: string): string | null {
  if (!map.isValidSpan(start, end)) return 'Select some text first.';
  const text = map.slice(start, end);
  if (text.includes('\n')) return 'A mention never crosses a line break.';
  if (text.trim() !== text) return 'A mention starts and ends on a word, not on a space.';
  const same = set.entities.find((m) => m.id !== except && m.label === label && m.start < end && start < m.end);
  return same ? `${quote(text)} overlaps the ${label} mention ${quote(same.text)}: two mentions of one label never overlap.` : null;
}

/** The words a range covers, unless it is to be kept exact. */
export function snapped(map: OffsetMap, range: { start: number; end: number; exact?: boolean }): { start: number; end: number } {
  return range.exact ? { start: range.start, end: range.end } : snapToWords(map, range);
}

/** A new mention over the range, snapped to words unless exact. */
export function labelRange(
  set: AnnotationSet,
  map: OffsetMap,
  range: { start: number; end: number; exact?: boolean },
  label: string,
  schema: SchemaIndex,
): Edit {
  if (!schema.label(label)) return { refused: `${label} is not a label of ${schema.schema.name}.` };
  const { start, end } = snapped(map, range);
  // The very span of a mention of this label: labelling it again means "this one is right".
  const same = set.entities.find((m) => m.start === start && m.end === end && m.label === label);
  if (same) return relabelMention(set, same.id, label, schema);
  const problem = extentProblem(set, map, start, end, label);
  if (problem) return { refused: problem };
  const id = nextId('T', [...set.entities, ...set.events]);
  const mention: EntityMention = { id, start, end, text: map.slice(start, end), label, source: 'human' };
  return { operation: { kind: 'addMention', mention }, label: `label ${label}`, select: { kind: 'mention', id } };
}

const acceptIfPending = (item: EntityMention | EventFrame, target: Target): Operation[] => (isPending(item) ? acceptOperations([{ target, item }]) : []);

/** Gives a mention another label; a suggestion relabelled becomes the annotator's own. */
export function relabelMention(set: AnnotationSet, id: string, label: string, schema: SchemaIndex): Edit {
  const m = set.entities.find((e) => e.id === id);
  if (!m) return { refused: `There is no mention ${id}.` };
  if (!schema.label(label)) return { refused: `${label} is not a label of ${schema.schema.name}.` };
  const same = set.entities.find((o) => o.id !== id && o.label === label && o.start < m.end && m.start < o.end);
  if (same) return { refused: `${quote(m.text)} would overlap the ${label} mention ${quote(same.text)}.` };
  const ops: Operation[] = m.label !== label ? [{ kind: 'relabelMention', id, label }] : [];
  ops.push(...acceptIfPending(m, { kind: 'entity', id }));
  if (!ops.length) return { refused: `${quote(m.text)} is already ${label}.` };
  return { operation: batch(`relabel ${label}`, ops), label: `relabel ${label}`, select: { kind: 'mention', id } };
}

/** New boundaries for a mention (dragged handles), snapped to words unless exact; a suggestion resized is accepted. */
export function resizeMention(set: AnnotationSet, map: OffsetMap, id: string, range: { start: number; end: number; exact?: boolean }): Edit {
  const m = set.entities.find((e) => e.id === id);
  if (!m) return { refused: `There is no mention ${id}.` };
  const { start, end } = snapped(map, range);
  if (start === m.start && end === m.end) return { refused: `${quote(m.text)} already has these boundaries.` };
  const problem = extentProblem(set, map, start, end, m.label, id);
  if (problem) return { refused: problem };
  const ops: Operation[] = [{ kind: 'resizeMention', id, start, end, text: map.slice(start, end) }, ...acceptIfPending(m, { kind: 'entity', id })];
  return { operation: batch('resize', ops), label: 'resize mention', select: { kind: 'mention', id } };
}

export type Edge = 'start' | 'end';

/** Moves one boundary of a mention by a word: `grow` takes in the next word outside, `shrink` gives up the last word inside. */
export function moveBoundary(set: AnnotationSet, map: OffsetMap, id: string, edge: Edge, direction: 'grow' | 'shrink'): Edit {
  const m = set.entities.find((e) => e.id === id);
  if (!m) return { refused: `There is no mention ${id}.` };
  const words = wordsIn(map, m.start, m.end);
  let { start, end } = m;
  if (direction === 'grow') {
    const to = edge === 'start' ? previousWordStart(map, m.start) : nextWordEnd(map, m.end);
    if (to === null) return { refused: `${quote(m.text)} reaches the ${edge === 'start' ? 'start' : 'end'} of its line.` };
    if (edge === 'start') start = to;
    else end = to;
  } else {
    if (words.length < 2) return { refused: `${quote(m.text)} is one word: delete it instead.` };
    if (edge === 'start') start = words[1].start;
    else end = words[words.length - 2].end;
  }
  return resizeMention(set, map, id, { start, end, exact: true });
}

/** The mention or event with this id. */
export function findItem(set: AnnotationSet, id: string): EntityMention | EventFrame | undefined {
  return set.entities.find((m) => m.id === id) ?? set.events.find((e) => e.id === id);
}

/** The roles a mention fills, as `Event.Role` names (what deleting it would take away). */
export function rolesFilledBy(set: AnnotationSet, mentionId: string, events = set.events): string[] {
  return events.flatMap((e) => e.arguments.filter((a) => a.entity === mentionId).map((a) => `${e.type}.${a.role}`));
}

/** Deletes a mention (with the arguments that name it) or an event; for a suggestion this is rejecting it. */
export function deleteItem(set: AnnotationSet, id: string): Edit {
  const m = set.entities.find((e) => e.id === id);
  if (m) return { operation: { kind: 'deleteMention', id }, label: isPending(m) ? 'reject suggestion' : 'delete mention' };
  const e = set.events.find((ev) => ev.id === id);
  if (e) return { operation: { kind: 'deleteEvent', id }, label: isPending(e) ? 'reject suggestion' : 'delete event' };
  return { refused: `There is no annotation ${id}.` };
}

/** Accepts a pending mention or event as it is. */
export function acceptItem(set: AnnotationSet, id: string): Edit {
  const m = set.entities.find((e) => e.id === id);
  const e = m ? undefined : set.events.find((ev) => ev.id === id);
  const item = m ?? e;
  if (!item || !isPending(item)) return { refused: `${id} is not a pending suggestion.` };
  return { operation: batch('accept suggestion', acceptIfPending(item, { kind: m ? 'entity' : 'event', id })), label: 'accept suggestion' };
}

/** A new event of `type` triggered by the range (snapped to words), unless that trigger already carries one of that type. */
export function eventOnRange(
  set: AnnotationSet,
  map: OffsetMap,
  range: { start: number; end: number; exact?: boolean },
  type: string,
  schema: SchemaIndex,
): Edit {
  if (!schema.eventType(type)) return { refused: `${type} is not an event type of ${schema.schema.name}.` };
  const { start, end } = snapped(map, range);
  if (!map.isValidSpan(start, end)) return { refused: 'Select the trigger word first.' };
  const text = map.slice(start, end);
  if (text.includes('\n')) return { refused: 'A trigger is a word or a short phrase on one line.' };
  const same = set.events.find((e) => e.type === type && e.trigger.start === start && e.trigger.end === end);
  if (same) return { refused: `${quote(text)} already triggers a ${type} event.` };
  const id = nextId('E', [...set.entities, ...set.events]);
  const defaults = Object.fromEntries(
    schema.schema.attributes.filter((a) => a.appliesTo === 'event' && a.default !== undefined).map((a) => [a.name, a.default]),
  );
  const event: EventFrame = {
    id,
    type,
    trigger: { start, end, text },
    arguments: [],
    source: 'human',
    ...(Object.keys(defaults).length ? { attributes: defaults } : {}),
  };
  return { operation: { kind: 'createEvent', event }, label: `event ${type}`, select: { kind: 'event', id } };
}

/** Pending suggestions in reading order (by start, longer first), mentions and events together. */
export function suggestionsInOrder(set: AnnotationSet): Array<{ id: string; kind: 'mention' | 'event'; start: number; end: number }> {
  return [
    ...set.entities.filter(isPending).map((m) => ({ id: m.id, kind: 'mention' as const, start: m.start, end: m.end })),
    ...set.events.filter(isPending).map((e) => ({ id: e.id, kind: 'event' as const, start: e.trigger.start, end: e.trigger.end })),
  ].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

/** The next (or previous) pending suggestion after the one at `from` in reading order, wrapping around. */
export function nextSuggestion(
  set: AnnotationSet,
  from: { start: number; end: number; id?: string },
  direction: 1 | -1,
): { id: string; kind: 'mention' | 'event' } | null {
  const all = suggestionsInOrder(set).filter((s) => s.id !== from.id);
  if (!all.length) return null;
  const after = (s: { start: number; end: number; id: string }) =>
    s.start > from.start || (s.start === from.start && (s.end < from.end || (s.end === from.end && s.id > (from.id ?? ''))));
  if (direction === 1) return all.find(after) ?? all[0];
  return [...all].reverse().find((s) => !after(s)) ?? all[all.length - 1];
}
