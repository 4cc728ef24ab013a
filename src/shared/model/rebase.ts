import { idAllocator } from './ids';
import type { Operation } from './operations';
import type { Selection } from './selection';
import type { Step } from './state';
import type { AnnotationSet, EventArgument } from './types';

/**
 * A step made in one window, replayed on the stored set that another window changed since. Ids are
 * numbered from the set a window holds (`T54` is one more than its highest), so two windows adding a
 * mention at the same time both call theirs `T54`: the second would be refused and the user's gesture
 * lost. Rebasing gives the annotations a step creates fresh ids where the stored set already uses theirs,
 * and translates every id the step names, with the translations of the window's earlier steps that
 * were not yet read back (`known`). Undo and redo replay the stored history and need no translation.
 */

/** Window id → stored id. */
export type IdMap = ReadonlyMap<string, string>;

type Created = { id: string; prefix: string };

/** The mentions and events an operation creates, in order. */
function createdBy(op: Operation): Created[] {
  if (op.kind === 'addMention') return [{ id: op.mention.id, prefix: 'T' }];
  if (op.kind === 'createEvent') return [{ id: op.event.id, prefix: 'E' }];
  if (op.kind === 'batch') return op.operations.flatMap(createdBy);
  return [];
}

const mapArgument = (a: EventArgument, f: (id: string) => string): EventArgument => ({ ...a, entity: f(a.entity) });

/** The operation with every annotation id it names passed through `f`. */
export function mapOperationIds(op: Operation, f: (id: string) => string): Operation {
  switch (op.kind) {
    case 'addMention':
      return { ...op, mention: { ...op.mention, id: f(op.mention.id) } };
    case 'deleteMention':
    case 'relabelMention':
    case 'resizeMention':
    case 'deleteEvent':
    case 'retypeEvent':
      return { ...op, id: f(op.id) };
    case 'createEvent':
      return { ...op, event: { ...op.event, id: f(op.event.id), arguments: op.event.arguments.map((a) => mapArgument(a, f)) } };
    case 'setArgument':
    case 'clearArgument':
      return { ...op, eventId: f(op.eventId), argument: mapArgument(op.argument, f) };
    case 'setAttribute':
    case 'setSource':
      return { ...op, target: { ...op.target, id: f(op.target.id) } };
    case 'setStatus':
      return op;
    case 'batch':
      return { ...op, operations: op.operations.map((o) => mapOperationIds(o, f)) };
  }
}

export function mapSelectionIds(selection: Selection, f: (id: string) => string): Selection {
  if (selection.kind === 'mention' || selection.kind === 'event') return { ...selection, id: f(selection.id) };
  if (selection.kind === 'role') return { ...selection, eventId: f(selection.eventId) };
  return selection;
}

/**
 * The step as it applies to `stored`, and the stored id of every annotation it creates (window id →
 * stored id, unchanged ones included: a window that reuses an id for a new annotation means the new one).
 */
export function rebaseStep(
  stored: Pick<AnnotationSet, 'entities' | 'events'>,
  step: Step,
  known: IdMap = new Map(),
): { step: Step; created: Map<string, string> } {
  const created = new Map<string, string>();
  if (step.kind !== 'apply') return { step, created };
  const { operation, selection } = step.transaction;
  const fresh = operation ? createdBy(operation) : [];
  const taken = new Set<string>([...stored.entities.map((m) => m.id), ...stored.events.map((e) => e.id), ...known.values()]);
  // Made at the first id another window took (rarely): it reads every id, which costs on a large set.
  let allocate: ((prefix: string) => string) | undefined;
  for (const { id, prefix } of fresh) {
    if (taken.has(id)) allocate ??= idAllocator([...taken, ...fresh.map((c) => c.id)].map((id) => ({ id })));
    const storedId = taken.has(id) ? allocate!(/^([A-Za-z]+)\d+$/.exec(id)?.[1] ?? prefix) : id;
    taken.add(storedId);
    created.set(id, storedId);
  }
  const translate = (id: string) => created.get(id) ?? known.get(id) ?? id;
  const transaction = {
    ...step.transaction,
    ...(operation ? { operation: mapOperationIds(operation, translate) } : {}),
    ...(selection ? { selection: mapSelectionIds(selection, translate) } : {}),
  };
  return { step: { kind: 'apply', transaction }, created };
}
