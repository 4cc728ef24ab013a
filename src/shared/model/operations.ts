import { applyRun } from './bulk-operations';
import type { AnnotationSet, AnnotationSource, EntityMention, EventArgument, EventFrame, Status } from './types';

/**
 * Every change to an annotation set is one of these operations, applied by `applyOperation`.
 * Undo/redo, autosave, history and tests all go through the same function: applying an operation
 * also returns its inverse, so undo is "apply the inverse".
 */
export type Operation =
  | { kind: 'addMention'; mention: EntityMention; index?: number }
  | { kind: 'deleteMention'; id: string }
  | { kind: 'relabelMention'; id: string; label: string }
  | { kind: 'resizeMention'; id: string; start: number; end: number; text: string }
  | { kind: 'createEvent'; event: EventFrame; index?: number }
  | { kind: 'deleteEvent'; id: string }
  | { kind: 'retypeEvent'; id: string; type: string }
  | { kind: 'setArgument'; eventId: string; argument: EventArgument; index?: number }
  | { kind: 'clearArgument'; eventId: string; argument: EventArgument }
  | { kind: 'setAttribute'; target: Target; name: string; value: unknown }
  | { kind: 'setSource'; target: Target; source: AnnotationSource | undefined; confidence?: number }
  | { kind: 'setStatus'; status: Status }
  | { kind: 'batch'; label?: string; operations: Operation[] };

export interface Target {
  kind: 'entity' | 'event';
  id: string;
}

export type ApplyResult = { ok: true; set: AnnotationSet; inverse: Operation } | { ok: false; reason: string };

const fail = (reason: string): ApplyResult => ({ ok: false, reason });

function insertAt<T>(items: T[], item: T, index: number | undefined): T[] {
  const at = index === undefined || index > items.length ? items.length : index;
  return [...items.slice(0, at), item, ...items.slice(at)];
}

function replaceById<T extends { id: string }>(items: T[], id: string, update: (item: T) => T): T[] {
  return items.map((item) => (item.id === id ? update(item) : item));
}

function withoutKey<T extends object>(obj: T | undefined, key: string): T | undefined {
  if (!obj) return undefined;
  const rest = { ...obj } as Record<string, unknown>;
  delete rest[key];
  return Object.keys(rest).length ? (rest as T) : undefined;
}

/** Sets or removes an optional field so that "absent" stays absent (round trips stay byte-identical). */
function setOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const copy = { ...obj };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function addMention(set: AnnotationSet, mention: EntityMention, index?: number): ApplyResult {
  if (set.entities.some((m) => m.id === mention.id) || set.events.some((e) => e.id === mention.id)) {
    return fail(`id ${mention.id} is already used`);
  }
  return { ok: true, set: { ...set, entities: insertAt(set.entities, mention, index) }, inverse: { kind: 'deleteMention', id: mention.id } };
}

/** Deleting a mention also removes the arguments that point at it; the inverse puts them back. */
function deleteMention(set: AnnotationSet, id: string): ApplyResult {
  const index = set.entities.findIndex((m) => m.id === id);
  if (index < 0) return fail(`no mention ${id}`);
  const restore: Operation[] = [{ kind: 'addMention', mention: set.entities[index], index }];
  const events = set.events.map((ev) => {
    if (!ev.arguments.some((a) => a.entity === id)) return ev;
    ev.arguments.forEach((argument, i) => {
      if (argument.entity === id) restore.push({ kind: 'setArgument', eventId: ev.id, argument, index: i });
    });
    return { ...ev, arguments: ev.arguments.filter((a) => a.entity !== id) };
  });
  return {
    ok: true,
    set: { ...set, entities: set.entities.filter((m) => m.id !== id), events },
    inverse: restore.length === 1 ? restore[0] : { kind: 'batch', operations: restore },
  };
}

function updateMention(set: AnnotationSet, id: string, update: (m: EntityMention) => EntityMention, inverseOf: (m: EntityMention) => Operation): ApplyResult {
  const old = set.entities.find((m) => m.id === id);
  if (!old) return fail(`no mention ${id}`);
  return { ok: true, set: { ...set, entities: replaceById(set.entities, id, update) }, inverse: inverseOf(old) };
}

function updateEvent(set: AnnotationSet, id: string, update: (e: EventFrame) => EventFrame, inverseOf: (e: EventFrame) => Operation): ApplyResult {
  const old = set.events.find((e) => e.id === id);
  if (!old) return fail(`no event ${id}`);
  return { ok: true, set: { ...set, events: replaceById(set.events, id, update) }, inverse: inverseOf(old) };
}

function createEvent(set: AnnotationSet, event: EventFrame, index?: number): ApplyResult {
  if (set.entities.some((m) => m.id === event.id) || set.events.some((e) => e.id === event.id)) return fail(`id ${event.id} is already used`);
  const missing = event.arguments.find((a) => !set.entities.some((m) => m.id === a.entity));
  if (missing) return fail(`argument ${missing.role} names a missing mention ${missing.entity}`);
  return { ok: true, set: { ...set, events: insertAt(set.events, event, index) }, inverse: { kind: 'deleteEvent', id: event.id } };
}

function deleteEvent(set: AnnotationSet, id: string): ApplyResult {
  const index = set.events.findIndex((e) => e.id === id);
  if (index < 0) return fail(`no event ${id}`);
  return { ok: true, set: { ...set, events: set.events.filter((e) => e.id !== id) }, inverse: { kind: 'createEvent', event: set.events[index], index } };
}

function setArgument(set: AnnotationSet, eventId: string, argument: EventArgument, index?: number): ApplyResult {
  if (!set.entities.some((m) => m.id === argument.entity)) return fail(`no mention ${argument.entity}`);
  const ev = set.events.find((e) => e.id === eventId);
  if (!ev) return fail(`no event ${eventId}`);
  if (ev.arguments.some((a) => a.role === argument.role && a.entity === argument.entity)) {
    return fail(`${argument.entity} already fills ${argument.role}`);
  }
  return updateEvent(
    set,
    eventId,
    (e) => ({ ...e, arguments: insertAt(e.arguments, argument, index) }),
    () => ({ kind: 'clearArgument', eventId, argument }),
  );
}

function clearArgument(set: AnnotationSet, eventId: string, argument: EventArgument): ApplyResult {
  const ev = set.events.find((e) => e.id === eventId);
  if (!ev) return fail(`no event ${eventId}`);
  const index = ev.arguments.findIndex((a) => a.role === argument.role && a.entity === argument.entity);
  if (index < 0) return fail(`${argument.entity} does not fill ${argument.role} of ${eventId}`);
  return updateEvent(
    set,
    eventId,
    (e) => ({ ...e, arguments: e.arguments.filter((_, i) => i !== index) }),
    () => ({ kind: 'setArgument', eventId, argument: ev.arguments[index], index }),
  );
}

function updateTarget(
  set: AnnotationSet,
  target: Target,
  update: <T extends EntityMention | EventFrame>(item: T) => T,
  inverseOf: (item: EntityMention | EventFrame) => Operation,
): ApplyResult {
  return target.kind === 'entity' ? updateMention(set, target.id, update, inverseOf) : updateEvent(set, target.id, update, inverseOf);
}

function setAttribute(set: AnnotationSet, target: Target, name: string, value: unknown): ApplyResult {
  return updateTarget(
    set,
    target,
    (item) => {
      const attributes = value === undefined ? withoutKey(item.attributes, name) : { ...item.attributes, [name]: value };
      return setOptional(item, 'attributes', attributes);
    },
    (old) => ({ kind: 'setAttribute', target, name, value: old.attributes?.[name] }),
  );
}

function setSource(set: AnnotationSet, target: Target, source: AnnotationSource | undefined, confidence?: number): ApplyResult {
  return updateTarget(
    set,
    target,
    (item) => setOptional(setOptional(item, 'source', source), 'confidence', confidence),
    (old) => ({ kind: 'setSource', target, source: old.source, confidence: old.confidence }),
  );
}

/**
 * Applies the operations of a batch in order; if one fails nothing is applied. Long runs of one simple
 * operation take a one-pass path (bulk-operations.ts) with the same result.
 */
function applyBatch(set: AnnotationSet, operations: Operation[], label?: string): ApplyResult {
  let current = set;
  const inverses: Operation[][] = [];
  for (let i = 0; i < operations.length;) {
    const run = applyRun(current, operations, i);
    if (run) {
      current = run.set;
      inverses.push(run.inverses);
      i += run.length;
      continue;
    }
    const result = applyOperation(current, operations[i]);
    if (!result.ok) return result;
    current = result.set;
    inverses.push([result.inverse]);
    i++;
  }
  return { ok: true, set: current, inverse: { kind: 'batch', label, operations: inverses.reverse().flat() } };
}

/** The one way to change an annotation set. Pure: the input set is never modified. */
export function applyOperation(set: AnnotationSet, op: Operation): ApplyResult {
  switch (op.kind) {
    case 'addMention':
      return addMention(set, op.mention, op.index);
    case 'deleteMention':
      return deleteMention(set, op.id);
    case 'relabelMention':
      return updateMention(
        set,
        op.id,
        (m) => ({ ...m, label: op.label }),
        (m) => ({ kind: 'relabelMention', id: op.id, label: m.label }),
      );
    case 'resizeMention':
      return updateMention(
        set,
        op.id,
        (m) => ({ ...m, start: op.start, end: op.end, text: op.text }),
        (m) => ({ kind: 'resizeMention', id: op.id, start: m.start, end: m.end, text: m.text }),
      );
    case 'createEvent':
      return createEvent(set, op.event, op.index);
    case 'deleteEvent':
      return deleteEvent(set, op.id);
    case 'retypeEvent':
      return updateEvent(
        set,
        op.id,
        (e) => ({ ...e, type: op.type }),
        (e) => ({ kind: 'retypeEvent', id: op.id, type: e.type }),
      );
    case 'setArgument':
      return setArgument(set, op.eventId, op.argument, op.index);
    case 'clearArgument':
      return clearArgument(set, op.eventId, op.argument);
    case 'setAttribute':
      return setAttribute(set, op.target, op.name, op.value);
    case 'setSource':
      return setSource(set, op.target, op.source, op.confidence);
    case 'setStatus':
      return { ok: true, set: { ...set, status: op.status }, inverse: { kind: 'setStatus', status: set.status } };
    case 'batch':
      return applyBatch(set, op.operations, op.label);
  }
}
