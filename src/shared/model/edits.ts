import type { SchemaIndex } from '../schema/lookup';
import type { OffsetMap } from '../text/offsets';
import { nextId } from './ids';
import type { Operation, Target } from './operations';
import { isPending, type AnnotationSet, type EntityMention, type EventFrame } from './types';

/**
 * The operations behind the annotator's gestures, decided from the set as it is: what a label key does
 * to a range or a mention, what accepting or rejecting a suggestion means. Each returns an operation, or
 * the reason the gesture is refused, in words for the user.
 */
export type Edit = { operation: Operation; label: string; select?: { kind: 'mention' | 'event'; id: string } } | { refused: string };

const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

/** A new mention over start..end (code points), unless the guidelines forbid it. */
export function labelRange(set: AnnotationSet, map: OffsetMap, start: number, end: number, label: string, schema: SchemaIndex): Edit {
  if (!schema.label(label)) return { refused: `${label} is not a label of ${schema.schema.name}` };
  if (!map.isValidSpan(start, end)) return { refused: 'Select some text first.' };
  const text = map.slice(start, end);
  if (text.includes('\n')) return { refused: 'A mention never crosses a line break.' };
  if (text.trim() !== text) return { refused: 'A mention starts and ends on a word, not on a space.' };
  const same = set.entities.find((m) => m.label === label && m.start < end && start < m.end);
  if (same) return { refused: `${quote(text)} overlaps the ${label} mention ${quote(same.text)}: two mentions of one label never overlap.` };
  const id = nextId('T', [...set.entities, ...set.events]);
  const mention: EntityMention = { id, start, end, text, label, source: 'human' };
  return { operation: { kind: 'addMention', mention }, label: `label ${label}`, select: { kind: 'mention', id } };
}

/** Gives a mention another label; a suggestion relabelled becomes the annotator's own. */
export function relabelMention(set: AnnotationSet, id: string, label: string, schema: SchemaIndex): Edit {
  const m = set.entities.find((e) => e.id === id);
  if (!m) return { refused: `There is no mention ${id}.` };
  if (!schema.label(label)) return { refused: `${label} is not a label of ${schema.schema.name}` };
  const same = set.entities.find((o) => o.id !== id && o.label === label && o.start < m.end && m.start < o.end);
  if (same) return { refused: `${quote(m.text)} would overlap the ${label} mention ${quote(same.text)}.` };
  const ops: Operation[] = [];
  if (m.label !== label) ops.push({ kind: 'relabelMention', id, label });
  if (isPending(m)) ops.push(acceptOperation({ kind: 'entity', id }));
  if (!ops.length) return { refused: `${quote(m.text)} is already ${label}.` };
  return {
    operation: ops.length === 1 ? ops[0] : { kind: 'batch', label: `relabel ${label}`, operations: ops },
    label: `relabel ${label}`,
    select: { kind: 'mention', id },
  };
}

/** Accepting makes a suggestion the annotator's own; `source` stays as provenance would want it: human. */
export function acceptOperation(target: Target): Operation {
  return { kind: 'setSource', target, source: 'human' };
}

export function rejectOperation(target: Target): Operation {
  return target.kind === 'entity' ? { kind: 'deleteMention', id: target.id } : { kind: 'deleteEvent', id: target.id };
}

/** The mention or event named by id, if it is a pending suggestion. */
export function pendingItem(set: AnnotationSet, id: string): { target: Target; item: EntityMention | EventFrame } | null {
  const m = set.entities.find((e) => e.id === id);
  if (m) return isPending(m) ? { target: { kind: 'entity', id }, item: m } : null;
  const e = set.events.find((ev) => ev.id === id);
  return e && isPending(e) ? { target: { kind: 'event', id }, item: e } : null;
}

/** A new event of `type` triggered by start..end, unless that trigger already carries one of that type. */
export function eventOnRange(set: AnnotationSet, map: OffsetMap, start: number, end: number, type: string, schema: SchemaIndex): Edit {
  if (!schema.eventType(type)) return { refused: `${type} is not an event type of ${schema.schema.name}` };
  if (!map.isValidSpan(start, end)) return { refused: 'Select the trigger word first.' };
  const text = map.slice(start, end);
  if (text.includes('\n') || text.trim() !== text) return { refused: 'A trigger is a word or a short phrase on one line.' };
  const same = set.events.find((e) => e.type === type && e.trigger.start === start && e.trigger.end === end);
  if (same) return { refused: `${quote(text)} already triggers a ${type} event.` };
  const id = nextId('E', [...set.entities, ...set.events]);
  const event: EventFrame = { id, type, trigger: { start, end, text }, arguments: [], source: 'human' };
  return { operation: { kind: 'createEvent', event }, label: `event ${type}`, select: { kind: 'event', id } };
}
