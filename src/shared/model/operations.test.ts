import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, type Operation } from './operations';
import type { AnnotationSet, EventArgument } from './types';

const base: AnnotationSet = {
  docId: 'd',
  annotator: 'alice',
  status: 'in-progress',
  schema: 'fr-conflict-news@1',
  entities: [
    { id: 'T1', start: 0, end: 6, label: 'ORG', text: 'forces' },
    { id: 'T2', start: 10, end: 16, label: 'PER', text: 'Haftar' },
    { id: 'T3', start: 20, end: 27, label: 'GPE', text: 'Tripoli', source: 'heuristic', confidence: 0.8 },
  ],
  events: [
    {
      id: 'E1',
      type: 'Conflict.Attack',
      trigger: { start: 30, end: 38, text: 'attaquer' },
      arguments: [
        { role: 'Attacker', entity: 'T1' },
        { role: 'Target', entity: 'T3' },
      ],
    },
  ],
};

function apply(set: AnnotationSet, op: Operation): AnnotationSet {
  const r = applyOperation(set, op);
  if (!r.ok) throw new Error(r.reason);
  return r.set;
}

describe('operations', () => {
  it('deleting a mention removes the arguments that named it, and undo restores both', () => {
    const r = applyOperation(base, { kind: 'deleteMention', id: 'T3' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.set.entities.map((m) => m.id)).toEqual(['T1', 'T2']);
    expect(r.set.events[0].arguments).toEqual([{ role: 'Attacker', entity: 'T1' }]);
    expect(apply(r.set, r.inverse)).toStrictEqual(base);
  });

  it('accepting a suggestion makes it human and drops its confidence; undo brings both back', () => {
    const r = applyOperation(base, { kind: 'setSource', target: { kind: 'entity', id: 'T3' }, source: 'human' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.set.entities[2]).toEqual({ id: 'T3', start: 20, end: 27, label: 'GPE', text: 'Tripoli', source: 'human' });
    expect(apply(r.set, r.inverse)).toStrictEqual(base);
  });

  it('refuses an id that is taken, an argument to a missing mention, and leaves the set unchanged', () => {
    expect(applyOperation(base, { kind: 'addMention', mention: { id: 'T2', start: 1, end: 2, label: 'PER', text: 'o' } }).ok).toBe(false);
    expect(applyOperation(base, { kind: 'setArgument', eventId: 'E1', argument: { role: 'Place', entity: 'T9' } }).ok).toBe(false);
    const batch = applyOperation(base, {
      kind: 'batch',
      operations: [
        { kind: 'relabelMention', id: 'T1', label: 'GPE' },
        { kind: 'deleteEvent', id: 'E9' },
      ],
    });
    expect(batch.ok).toBe(false);
    expect(base.entities[0].label).toBe('ORG');
  });

  it('removing an attribute leaves no empty attributes object behind', () => {
    const withRealis = apply(base, { kind: 'setAttribute', target: { kind: 'event', id: 'E1' }, name: 'realis', value: 'other' });
    expect(withRealis.events[0].attributes).toEqual({ realis: 'other' });
    const cleared = apply(withRealis, { kind: 'setAttribute', target: { kind: 'event', id: 'E1' }, name: 'realis', value: undefined });
    expect('attributes' in cleared.events[0]).toBe(false);
  });

  const ids = fc.constantFrom('T1', 'T2', 'T3', 'T4', 'E1', 'E2');
  const entityIds = fc.constantFrom('T1', 'T2', 'T3', 'T4');
  const operation: fc.Arbitrary<Operation> = fc.oneof(
    fc.record({
      kind: fc.constant('addMention' as const),
      mention: fc.record({ id: entityIds, start: fc.nat(40), end: fc.nat(50), label: fc.constantFrom('PER', 'ORG'), text: fc.constant('x') }),
    }),
    fc.record({ kind: fc.constant('deleteMention' as const), id: ids }),
    fc.record({ kind: fc.constant('relabelMention' as const), id: ids, label: fc.constantFrom('PER', 'LOC') }),
    fc.record({ kind: fc.constant('resizeMention' as const), id: ids, start: fc.nat(9), end: fc.nat(20), text: fc.constant('y') }),
    fc.record({
      kind: fc.constant('createEvent' as const),
      event: fc.record({
        id: fc.constantFrom('E1', 'E2'),
        type: fc.constantFrom('Life.Die'),
        trigger: fc.constant({ start: 1, end: 2, text: 'z' }),
        arguments: fc.constant([] as EventArgument[]),
      }),
    }),
    fc.record({ kind: fc.constant('deleteEvent' as const), id: ids }),
    fc.record({ kind: fc.constant('retypeEvent' as const), id: ids, type: fc.constantFrom('Life.Injure', 'Conflict.Attack') }),
    fc.record({
      kind: fc.constant('setArgument' as const),
      eventId: ids,
      argument: fc.record({ role: fc.constantFrom('Victim', 'Place'), entity: entityIds }),
    }),
    fc.record({
      kind: fc.constant('clearArgument' as const),
      eventId: ids,
      argument: fc.record({ role: fc.constantFrom('Attacker', 'Victim', 'Target'), entity: entityIds }),
    }),
    fc.record({
      kind: fc.constant('setAttribute' as const),
      target: fc.record({ kind: fc.constantFrom('entity' as const, 'event' as const), id: ids }),
      name: fc.constant('realis'),
      value: fc.constantFrom('actual', 'other', undefined),
    }),
    fc.record({
      kind: fc.constant('setSource' as const),
      target: fc.record({ kind: fc.constantFrom('entity' as const, 'event' as const), id: ids }),
      source: fc.constantFrom('human' as const, 'heuristic' as const, undefined),
    }),
    fc.record({ kind: fc.constant('setStatus' as const), status: fc.constantFrom('done' as const, 'new' as const) }),
  );

  it('undoing any sequence of operations, last first, gives back the starting set exactly', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (ops) => {
        let set = base;
        const undo: Operation[] = [];
        for (const op of ops) {
          const r = applyOperation(set, op);
          if (!r.ok) continue;
          set = r.set;
          undo.push(r.inverse);
        }
        while (undo.length) set = apply(set, undo.pop()!);
        expect(set).toStrictEqual(base);
      }),
      { numRuns: 500 },
    );
  });

  it('redo after undo gives the same set as the first application', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 15 }), (ops) => {
        let set = base;
        for (const op of ops) {
          const r = applyOperation(set, op);
          if (!r.ok) continue;
          const undone = apply(r.set, r.inverse);
          const redo = applyOperation(undone, op);
          expect(redo.ok && redo.set).toStrictEqual(r.set);
          set = r.set;
        }
      }),
    );
  });
});
