import type { SchemaIndex } from '../schema/lookup';
import type { RoleDef } from '../schema/types';
import type { OffsetMap } from '../text/offsets';
import { sentences } from '../text/segment';
import { labelRange, quote, type Edit } from './edits';
import type { Operation } from './operations';
import { acceptOperations } from './suggestions';
import { isPending, type AnnotationSet, type EntityMention, type EventFrame } from './types';

/**
 * Event frames as the annotator works on them: a role is picked, then filled with a mention (one that
 * exists, or text labelled in the same gesture); an argument is removed; the event is retyped, its
 * attributes changed, its suggested frame accepted. The schema's allowed labels and cardinalities are
 * enforced here, at the moment of the gesture, with the reason in words when a gesture is refused.
 */

const one = (r: RoleDef) => r.cardinality === '1' || r.cardinality === '?';

export interface FrameRole {
  role: RoleDef;
  fillers: EntityMention[];
}

/** The mentions of a set by id, made once per version of its list (operations replace the list, never change it): a list of events asks for it once per event. */
const indexes = new WeakMap<EntityMention[], Map<string, EntityMention>>();
function mentionsById(entities: EntityMention[]): Map<string, EntityMention> {
  let index = indexes.get(entities);
  if (!index) indexes.set(entities, (index = new Map(entities.map((m) => [m.id, m]))));
  return index;
}

/** The roles of the event's type in schema order, each with its fillers; roles the type lacks come last. */
export function frameOf(set: AnnotationSet, schema: SchemaIndex, event: EventFrame): FrameRole[] {
  const byId = mentionsById(set.entities);
  const declared = schema.eventType(event.type)?.roles ?? [];
  const extra = [...new Set(event.arguments.map((a) => a.role))].filter((r) => !declared.some((d) => d.name === r)).map((name) => ({ name, labels: [] }));
  return [...declared, ...extra].map((role) => ({
    role,
    fillers: event.arguments.filter((a) => a.role === role.name).flatMap((a) => (byId.has(a.entity) ? [byId.get(a.entity)!] : [])),
  }));
}

function eventAndRole(set: AnnotationSet, schema: SchemaIndex, eventId: string, role: string): { event: EventFrame; def: RoleDef } | { refused: string } {
  const event = set.events.find((e) => e.id === eventId);
  if (!event) return { refused: `There is no event ${eventId}.` };
  const def = schema.role(event.type, role);
  if (!def) return { refused: `${event.type} has no role ${role}.` };
  return { event, def };
}

/** Fills a role with an existing mention: its label must be one the role allows; a one-filler role gives up its filler. */
export function fillRole(set: AnnotationSet, schema: SchemaIndex, eventId: string, role: string, mentionId: string): Edit {
  const found = eventAndRole(set, schema, eventId, role);
  if ('refused' in found) return found;
  const { event, def } = found;
  const m = set.entities.find((e) => e.id === mentionId);
  if (!m) return { refused: `There is no mention ${mentionId}.` };
  if (!def.labels.includes(m.label)) return { refused: `${event.type}.${role} takes ${def.labels.join(', ')}; ${quote(m.text)} is ${m.label}.` };
  if (event.arguments.some((a) => a.role === role && a.entity === mentionId)) return { refused: `${quote(m.text)} already fills ${role}.` };
  const ops: Operation[] = one(def)
    ? event.arguments.filter((a) => a.role === role).map((argument): Operation => ({ kind: 'clearArgument', eventId, argument }))
    : [];
  ops.push({ kind: 'setArgument', eventId, argument: { role, entity: mentionId } });
  return { operation: ops.length === 1 ? ops[0] : { kind: 'batch', label: `fill ${role}`, operations: ops }, label: `${role} ${m.text}` };
}

/** Labels the range and fills the role with the new mention, in one step. */
export function labelAndFill(
  set: AnnotationSet,
  map: OffsetMap,
  schema: SchemaIndex,
  eventId: string,
  role: string,
  range: { start: number; end: number; exact?: boolean },
  label: string,
): Edit {
  const found = eventAndRole(set, schema, eventId, role);
  if ('refused' in found) return found;
  if (!found.def.labels.includes(label)) return { refused: `${found.event.type}.${role} takes ${found.def.labels.join(', ')}, not ${label}.` };
  const labelled = labelRange(set, map, range, label, schema);
  if ('refused' in labelled || labelled.operation.kind !== 'addMention') return labelled;
  const mention = labelled.operation.mention;
  const filled = fillRole({ ...set, entities: [...set.entities, mention] }, schema, eventId, role, mention.id);
  if ('refused' in filled) return filled;
  return { operation: { kind: 'batch', label: `${role} ${mention.text}`, operations: [labelled.operation, filled.operation] }, label: `${label} ${role}` };
}

export function removeArgument(set: AnnotationSet, eventId: string, role: string, mentionId: string): Edit {
  const event = set.events.find((e) => e.id === eventId);
  const argument = event?.arguments.find((a) => a.role === role && a.entity === mentionId);
  if (!event || !argument) return { refused: `That mention does not fill ${role}.` };
  return { operation: { kind: 'clearArgument', eventId, argument }, label: `remove ${role}` };
}

/** A new type for an event; `lost` names the arguments whose role the new type does not have (the user confirms them). */
export function retypeEvent(set: AnnotationSet, schema: SchemaIndex, eventId: string, type: string): (Edit & { lost?: string[] }) | { refused: string } {
  const event = set.events.find((e) => e.id === eventId);
  if (!event) return { refused: `There is no event ${eventId}.` };
  const def = schema.eventType(type);
  if (!def) return { refused: `${type} is not an event type of ${schema.schema.name}.` };
  if (event.type === type) return { refused: `${quote(event.trigger.text)} is already ${type}.` };
  if (set.events.some((e) => e.id !== eventId && e.type === type && e.trigger.start === event.trigger.start && e.trigger.end === event.trigger.end)) {
    return { refused: `${quote(event.trigger.text)} already triggers a ${type} event.` };
  }
  const text = new Map(set.entities.map((m) => [m.id, m]));
  const dropped = event.arguments.filter((a) => {
    const role = def.roles.find((r) => r.name === a.role);
    return !role || !role.labels.includes(text.get(a.entity)?.label ?? '');
  });
  const ops: Operation[] = [
    ...dropped.map((argument): Operation => ({ kind: 'clearArgument', eventId, argument })),
    { kind: 'retypeEvent', id: eventId, type },
  ];
  if (isPending(event)) ops.push(...acceptOperations([{ target: { kind: 'event', id: eventId }, item: event }]));
  return {
    operation: ops.length === 1 ? ops[0] : { kind: 'batch', label: `retype ${type}`, operations: ops },
    label: `retype ${type}`,
    select: { kind: 'event', id: eventId },
    lost: dropped.map((a) => `${a.role}: ${text.get(a.entity)?.text ?? a.entity}`),
  };
}

/** The next value of an event attribute the schema defines (realis: actual → generic → other → actual). */
export function cycleAttribute(set: AnnotationSet, schema: SchemaIndex, eventId: string, name: string): Edit {
  const event = set.events.find((e) => e.id === eventId);
  const def = schema.schema.attributes.find((a) => a.name === name && a.appliesTo === 'event');
  if (!event || !def || !def.values.length) return { refused: `Events have no attribute ${name}.` };
  const now = event.attributes?.[name] ?? def.default;
  const value = def.values[(def.values.indexOf(String(now)) + 1) % def.values.length];
  return setEventAttribute(set, schema, eventId, name, value);
}

export function setEventAttribute(set: AnnotationSet, schema: SchemaIndex, eventId: string, name: string, value: string): Edit {
  const event = set.events.find((e) => e.id === eventId);
  const def = schema.schema.attributes.find((a) => a.name === name && a.appliesTo === 'event');
  if (!event || !def) return { refused: `Events have no attribute ${name}.` };
  if (!def.values.includes(value)) return { refused: `${name} is one of ${def.values.join(', ')}.` };
  return {
    operation: { kind: 'setAttribute', target: { kind: 'event', id: eventId }, name, value },
    label: `${name} ${value}`,
    select: { kind: 'event', id: eventId },
  };
}

/** Accepting a suggested frame accepts the event and the suggested mentions that fill its roles. */
export function acceptFrame(set: AnnotationSet, eventId: string): Edit {
  const event = set.events.find((e) => e.id === eventId);
  if (!event) return { refused: `There is no event ${eventId}.` };
  const fillers = set.entities.filter((m) => isPending(m) && event.arguments.some((a) => a.entity === m.id));
  const targets = [
    ...(isPending(event) ? [{ target: { kind: 'event' as const, id: eventId }, item: event }] : []),
    ...fillers.map((m) => ({ target: { kind: 'entity' as const, id: m.id }, item: m })),
  ];
  if (!targets.length) return { refused: 'Nothing of this frame is pending.' };
  return {
    operation: { kind: 'batch', label: 'accept frame', operations: acceptOperations(targets) },
    label: 'accept frame',
    select: { kind: 'event', id: eventId },
  };
}

/** Accepting one suggested argument accepts the mention that fills it (the argument stays in the frame). */
export function acceptArgument(set: AnnotationSet, eventId: string, role: string, mentionId: string): Edit {
  const m = set.entities.find((e) => e.id === mentionId);
  const event = set.events.find((e) => e.id === eventId);
  if (!m || !event?.arguments.some((a) => a.role === role && a.entity === mentionId)) return { refused: `That mention does not fill ${role}.` };
  if (!isPending(m)) return { refused: `${quote(m.text)} is already accepted.` };
  return {
    operation: { kind: 'batch', label: 'accept argument', operations: acceptOperations([{ target: { kind: 'entity', id: mentionId }, item: m }]) },
    label: `accept ${role}`,
  };
}

/** The sentence around a code-point offset (arguments come from the trigger's sentence). */
export function sentenceAt(map: OffsetMap, offset: number): { start: number; end: number } {
  const u = map.toUtf16(offset);
  const lineStart = map.text.lastIndexOf('\n', u - 1) + 1;
  const lineEnd = map.text.indexOf('\n', u) < 0 ? map.text.length : map.text.indexOf('\n', u);
  const base = map.toCodePoint(lineStart);
  const found = sentences(map.text.slice(lineStart, lineEnd)).find((s) => base + s.start <= offset && offset <= base + s.end);
  return found ? { start: base + found.start, end: base + found.end } : { start: base, end: map.toCodePoint(lineEnd) };
}

/** The mentions of the trigger's sentence the role allows, in reading order: what the keyboard cycles through. */
export function roleCandidates(set: AnnotationSet, map: OffsetMap, schema: SchemaIndex, eventId: string, role: string): EntityMention[] {
  const event = set.events.find((e) => e.id === eventId);
  const def = event && schema.role(event.type, role);
  if (!event || !def) return [];
  const sentence = sentenceAt(map, event.trigger.start);
  return set.entities
    .filter((m) => def.labels.includes(m.label) && m.start >= sentence.start && m.end <= sentence.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every role a mention fills, as `Role of Type “trigger”` (what hovering it tells). */
export function usesOf(set: AnnotationSet, mentionId: string): string[] {
  return set.events.flatMap((e) => e.arguments.filter((a) => a.entity === mentionId).map((a) => `${a.role} of ${e.type} ${quote(e.trigger.text)}`));
}
