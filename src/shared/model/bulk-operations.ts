import type { Operation } from './operations';
import type { AnnotationSet, EntityMention, EventFrame } from './types';

/**
 * Fast paths for long runs of one simple operation inside a batch (a pre-annotation merge adds 100 000
 * mentions, "accept all" changes as many): applied one by one, each would copy the whole list, O(n²).
 * A run is applied in one pass with the same result and an equivalent inverse; anything unusual (an
 * id used twice, a deleted mention that fills a role) is left to the one-by-one path.
 */
export interface RunResult {
  set: AnnotationSet;
  /** Inverses of the run, in the order they are to be applied (last operation's first). */
  inverses: Operation[];
  /** How many operations of the batch the run took. */
  length: number;
}

const RUN = 16;

type Kind = Operation['kind'];

function runLength(ops: Operation[], from: number, kind: Kind): number {
  let i = from;
  while (i < ops.length && ops[i].kind === kind) i++;
  return i - from;
}

/** Inserts items at increasing final indices (or appends those without one) in one merge pass. */
function insertAll<T extends { id: string }>(items: T[], added: Array<{ item: T; index?: number }>): T[] | null {
  const out: T[] = [];
  let j = 0;
  for (const { item, index } of added) {
    const at = index === undefined ? Infinity : index;
    while (out.length < at && j < items.length) out.push(items[j++]);
    if (index !== undefined && out.length !== index) return null;
    out.push(item);
  }
  while (j < items.length) out.push(items[j++]);
  return out;
}

function increasing(indices: Array<number | undefined>): boolean {
  let last = -1;
  for (const i of indices) {
    if (i === undefined) continue;
    if (i <= last) return false;
    last = i;
  }
  return true;
}

function idsOf(set: AnnotationSet): Set<string> {
  return new Set([...set.entities.map((m) => m.id), ...set.events.map((e) => e.id)]);
}

function addMentions(set: AnnotationSet, ops: Array<Extract<Operation, { kind: 'addMention' }>>): RunResult | null {
  const ids = idsOf(set);
  for (const op of ops) {
    if (ids.has(op.mention.id)) return null;
    ids.add(op.mention.id);
  }
  const withIndex = ops.some((o) => o.index !== undefined);
  if (withIndex && (ops.some((o) => o.index === undefined) || !increasing(ops.map((o) => o.index)))) return null;
  const entities = insertAll(
    set.entities,
    ops.map((o) => ({ item: o.mention, index: o.index })),
  );
  if (!entities) return null;
  return { set: { ...set, entities }, inverses: ops.map((o): Operation => ({ kind: 'deleteMention', id: o.mention.id })).reverse(), length: ops.length };
}

function createEvents(set: AnnotationSet, ops: Array<Extract<Operation, { kind: 'createEvent' }>>): RunResult | null {
  const ids = idsOf(set);
  const mentions = new Set(set.entities.map((m) => m.id));
  for (const op of ops) {
    if (ids.has(op.event.id) || op.event.arguments.some((a) => !mentions.has(a.entity))) return null;
    ids.add(op.event.id);
  }
  if (ops.some((o) => o.index !== undefined) && (ops.some((o) => o.index === undefined) || !increasing(ops.map((o) => o.index)))) return null;
  const events = insertAll(
    set.events,
    ops.map((o) => ({ item: o.event, index: o.index })),
  );
  if (!events) return null;
  return { set: { ...set, events }, inverses: ops.map((o): Operation => ({ kind: 'deleteEvent', id: o.event.id })).reverse(), length: ops.length };
}

/** Deletes many mentions or events; the inverse puts each back at its place, lowest first. */
function deleteAll<T extends EntityMention | EventFrame>(
  items: T[],
  ids: string[],
  restore: (item: T, index: number) => Operation,
): { kept: T[]; inverses: Operation[] } | null {
  const wanted = new Set(ids);
  if (wanted.size !== ids.length) return null;
  const kept: T[] = [];
  const inverses: Operation[] = [];
  items.forEach((item, index) => {
    if (wanted.has(item.id)) inverses.push(restore(item, index));
    else kept.push(item);
  });
  return inverses.length === ids.length ? { kept, inverses } : null;
}

function deleteMentions(set: AnnotationSet, ops: Array<Extract<Operation, { kind: 'deleteMention' }>>): RunResult | null {
  const ids = ops.map((o) => o.id);
  const gone = new Set(ids);
  if (set.events.some((e) => e.arguments.some((a) => gone.has(a.entity)))) return null;
  const done = deleteAll(set.entities, ids, (mention, index) => ({ kind: 'addMention', mention, index }));
  return done && { set: { ...set, entities: done.kept }, inverses: done.inverses, length: ops.length };
}

function deleteEvents(set: AnnotationSet, ops: Array<Extract<Operation, { kind: 'deleteEvent' }>>): RunResult | null {
  const done = deleteAll(
    set.events,
    ops.map((o) => o.id),
    (event, index) => ({ kind: 'createEvent', event, index }),
  );
  return done && { set: { ...set, events: done.kept }, inverses: done.inverses, length: ops.length };
}

/** setSource, setAttribute and relabelMention runs: one pass over the lists with every change keyed by id. */
function updateAll(set: AnnotationSet, ops: Operation[]): RunResult | null {
  const entities = new Map(set.entities.map((m) => [m.id, m]));
  const events = new Map(set.events.map((e) => [e.id, e]));
  const inverses: Operation[] = [];
  for (const op of ops) {
    if (op.kind === 'relabelMention') {
      const m = entities.get(op.id);
      if (!m) return null;
      inverses.push({ kind: 'relabelMention', id: op.id, label: m.label });
      entities.set(op.id, { ...m, label: op.label });
    } else if (op.kind === 'setSource') {
      const table = (op.target.kind === 'entity' ? entities : events) as Map<string, EntityMention | EventFrame>;
      const item = table.get(op.target.id);
      if (!item) return null;
      inverses.push({ kind: 'setSource', target: op.target, source: item.source, confidence: item.confidence });
      const next = { ...item };
      if (op.source === undefined) delete next.source;
      else next.source = op.source;
      if (op.confidence === undefined) delete next.confidence;
      else next.confidence = op.confidence;
      table.set(op.target.id, next);
    } else if (op.kind === 'setAttribute') {
      const table = (op.target.kind === 'entity' ? entities : events) as Map<string, EntityMention | EventFrame>;
      const item = table.get(op.target.id);
      if (!item) return null;
      inverses.push({ kind: 'setAttribute', target: op.target, name: op.name, value: item.attributes?.[op.name] });
      const attributes = { ...item.attributes };
      if (op.value === undefined) delete attributes[op.name];
      else attributes[op.name] = op.value;
      const next: EntityMention | EventFrame = { ...item };
      if (Object.keys(attributes).length) next.attributes = attributes;
      else delete next.attributes;
      table.set(op.target.id, next);
    } else return null;
  }
  return {
    set: { ...set, entities: set.entities.map((m) => entities.get(m.id)!), events: set.events.map((e) => events.get(e.id)!) },
    inverses: inverses.reverse(),
    length: ops.length,
  };
}

/** A fast application of the run of operations starting at `from`, or null to go one by one. */
export function applyRun(set: AnnotationSet, ops: Operation[], from: number): RunResult | null {
  const kind = ops[from].kind;
  const n = runLength(ops, from, kind);
  if (n < RUN) return null;
  const run = ops.slice(from, from + n);
  switch (kind) {
    case 'addMention':
      return addMentions(set, run as Array<Extract<Operation, { kind: 'addMention' }>>);
    case 'createEvent':
      return createEvents(set, run as Array<Extract<Operation, { kind: 'createEvent' }>>);
    case 'deleteMention':
      return deleteMentions(set, run as Array<Extract<Operation, { kind: 'deleteMention' }>>);
    case 'deleteEvent':
      return deleteEvents(set, run as Array<Extract<Operation, { kind: 'deleteEvent' }>>);
    case 'setSource':
    case 'setAttribute':
    case 'relabelMention':
      return updateAll(set, run);
    default:
      return null;
  }
}
