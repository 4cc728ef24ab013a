import { describe, expect, it } from 'vitest';
import { mapOperationIds, rebaseStep } from './rebase';
import type { Operation } from './operations';
import type { Selection } from './selection';
import type { Step } from './state';
import type { AnnotationSet } from './types';

const m = (id: string, start = 0) => ({ id, start, end: start + 1, text: 'x', label: 'PER' });
const stored: Pick<AnnotationSet, 'entities' | 'events'> = {
  entities: [m('T1'), m('T2')],
  events: [{ id: 'E1', type: 'Conflict.Attack', trigger: m('E1'), arguments: [] }],
};
const apply = (operation: Operation, selection?: Selection): Step => ({ kind: 'apply', transaction: { operation, selection } });

describe('rebaseStep', () => {
  it('keeps a step whose new ids are free, and says so', () => {
    const step = apply({ kind: 'addMention', mention: m('T3') });
    const r = rebaseStep(stored, step);
    expect(r.step).toEqual(step);
    expect([...r.created]).toEqual([['T3', 'T3']]);
  });

  it('gives a taken id a fresh one, and every reference in the step follows it', () => {
    const step = apply(
      {
        kind: 'batch',
        operations: [
          { kind: 'addMention', mention: m('T2', 5) },
          { kind: 'createEvent', event: { id: 'E1', type: 'Conflict.Attack', trigger: m('E1', 9), arguments: [{ role: 'Attacker', entity: 'T2' }] } },
          { kind: 'setArgument', eventId: 'E1', argument: { role: 'Target', entity: 'T1' } },
        ],
      },
      { kind: 'role', eventId: 'E1', role: 'Place' },
    );
    const r = rebaseStep(stored, step);
    expect([...r.created]).toEqual([
      ['T2', 'T3'],
      ['E1', 'E2'],
    ]);
    const tr = (r.step as Extract<Step, { kind: 'apply' }>).transaction;
    expect(tr.selection).toEqual({ kind: 'role', eventId: 'E2', role: 'Place' });
    const [add, create, set] = (tr.operation as Extract<Operation, { kind: 'batch' }>).operations;
    expect(add).toMatchObject({ mention: { id: 'T3', start: 5 } });
    expect(create).toMatchObject({ event: { id: 'E2', arguments: [{ entity: 'T3' }] } });
    // T1 is not created by the step: it names the stored T1.
    expect(set).toEqual({ kind: 'setArgument', eventId: 'E2', argument: { role: 'Target', entity: 'T1' } });
  });

  it("translates ids of the window's earlier renamed annotations, but a new annotation reusing an id means the new one", () => {
    const known = new Map([['T2', 'T5']]);
    const relabel = rebaseStep(stored, apply({ kind: 'relabelMention', id: 'T2', label: 'ORG' }), known);
    expect((relabel.step as Extract<Step, { kind: 'apply' }>).transaction.operation).toEqual({ kind: 'relabelMention', id: 'T5', label: 'ORG' });
    // T5 is taken by the earlier rename, T3 and T4 are free: the new T5 becomes T6, not T2's.
    const add = rebaseStep(stored, apply({ kind: 'addMention', mention: m('T5') }), known);
    expect([...add.created]).toEqual([['T5', 'T6']]);
  });

  it('leaves undo and redo alone: they replay the stored history', () => {
    expect(rebaseStep(stored, { kind: 'undo' }).step).toEqual({ kind: 'undo' });
  });

  it('mapOperationIds reaches every id an operation names', () => {
    const ops: Operation[] = [
      { kind: 'deleteMention', id: 'a' },
      { kind: 'resizeMention', id: 'a', start: 0, end: 1, text: 'x' },
      { kind: 'retypeEvent', id: 'a', type: 't' },
      { kind: 'clearArgument', eventId: 'a', argument: { role: 'r', entity: 'a' } },
      { kind: 'setAttribute', target: { kind: 'entity', id: 'a' }, name: 'n', value: 1 },
      { kind: 'setSource', target: { kind: 'event', id: 'a' }, source: 'human' },
      { kind: 'setStatus', status: 'done' },
    ];
    expect(JSON.stringify(ops.map((o) => mapOperationIds(o, (id) => (id === 'a' ? 'b' : id))))).not.toContain('"a"');
  });
});
