import type { AnnotationSet, EntityMention, EventFrame } from './types';
import { isPending } from './types';
import { nextId } from './ids';
import type { Operation } from './operations';

/**
 * Turns a pre-annotation (a heuristic set) into ONE batch operation on the annotator's set: every
 * suggestion becomes a pending item (`source: "heuristic"`), with fresh ids; a suggestion whose span and
 * label (or trigger and type) already exist is skipped, and arguments are redirected to the existing
 * mention. A `new` set becomes `pre-annotated`. Returns null when there is nothing to add.
 */
export function mergeSuggestions(target: AnnotationSet, suggestions: AnnotationSet): Operation | null {
  const ops: Operation[] = [];
  const taken = [...target.entities, ...target.events];
  const spanKey = (m: { start: number; end: number }, label: string) => `${m.start}:${m.end}:${label}`;
  const existing = new Map(target.entities.map((m) => [spanKey(m, m.label), m.id]));
  const idOf = new Map<string, string>();
  for (const s of suggestions.entities) {
    const key = spanKey(s, s.label);
    const known = existing.get(key);
    if (known) {
      idOf.set(s.id, known);
      continue;
    }
    const id = nextId('T', taken);
    const mention: EntityMention = { ...s, id, source: 'heuristic', confidence: s.confidence ?? 0.5 };
    taken.push(mention);
    existing.set(key, id);
    idOf.set(s.id, id);
    ops.push({ kind: 'addMention', mention });
  }
  const existingEvents = new Set(target.events.map((e) => spanKey(e.trigger, e.type)));
  for (const s of suggestions.events) {
    const key = spanKey(s.trigger, s.type);
    if (existingEvents.has(key)) continue;
    existingEvents.add(key);
    const id = nextId('E', taken);
    const args = s.arguments.filter((a) => idOf.has(a.entity)).map((a) => ({ role: a.role, entity: idOf.get(a.entity)! }));
    const event: EventFrame = { ...s, id, arguments: args, source: 'heuristic', confidence: s.confidence ?? 0.5 };
    taken.push(event);
    ops.push({ kind: 'createEvent', event });
  }
  if (ops.length === 0) return null;
  if (target.status === 'new') ops.push({ kind: 'setStatus', status: 'pre-annotated' });
  return { kind: 'batch', label: 'pre-annotate', operations: ops };
}

export function pendingCount(set: AnnotationSet): number {
  return set.entities.filter(isPending).length + set.events.filter(isPending).length;
}

/** Accepting makes pending items a person's own (`human`, no confidence). */
export function acceptAllPending(set: AnnotationSet): Operation | null {
  const ops: Operation[] = [
    ...set.entities.filter(isPending).map((m): Operation => ({ kind: 'setSource', target: { kind: 'entity', id: m.id }, source: 'human' })),
    ...set.events.filter(isPending).map((e): Operation => ({ kind: 'setSource', target: { kind: 'event', id: e.id }, source: 'human' })),
  ];
  return ops.length ? { kind: 'batch', label: 'accept suggestions', operations: ops } : null;
}

/** Rejecting deletes pending items: events first, so no argument is left pointing at a deleted mention. */
export function rejectAllPending(set: AnnotationSet): Operation | null {
  const ops: Operation[] = [
    ...set.events.filter(isPending).map((e): Operation => ({ kind: 'deleteEvent', id: e.id })),
    ...set.entities.filter(isPending).map((m): Operation => ({ kind: 'deleteMention', id: m.id })),
  ];
  return ops.length ? { kind: 'batch', label: 'reject suggestions', operations: ops } : null;
}
