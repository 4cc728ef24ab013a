import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from './history';
import type { Operation } from './operations';
import { NO_SELECTION, type Selection } from './selection';
import { applyTransaction, canRedo, canUndo, createState, redo, runStep, undo, type AnnotationState, type StepResult } from './state';
import type { AnnotationSet } from './types';

// "Haftar attaque Derna": Haftar 0..6, attaque 7..14, Derna 15..20
const empty: AnnotationSet = { docId: 'd', annotator: 'alice', status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [] };
const haftar = { id: 'T1', start: 0, end: 6, text: 'Haftar', label: 'PER' };
const derna = { id: 'T2', start: 15, end: 20, text: 'Derna', label: 'GPE' };

function ok(result: StepResult): AnnotationState {
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

describe('annotation state', () => {
  it('applies an operation, selects what the transaction names and records one history entry', () => {
    const range: Selection = { kind: 'range', start: 0, end: 6 };
    const start = createState(empty, undefined, range);
    const next = ok(
      applyTransaction(start, { operation: { kind: 'addMention', mention: haftar }, selection: { kind: 'mention', id: 'T1' }, label: 'label PER' }),
    );
    expect(next.set.entities).toEqual([haftar]);
    expect(next.selection).toEqual({ kind: 'mention', id: 'T1' });
    expect(next.history.done).toHaveLength(1);
    expect(next.history.done[0]).toMatchObject({ before: range, after: { kind: 'mention', id: 'T1' }, label: 'label PER' });
    expect(start.set.entities).toEqual([]);
  });

  it('undo takes the operation back and puts the selection back as it was before; redo as it was after', () => {
    const range: Selection = { kind: 'range', start: 0, end: 6 };
    const labelled = ok(
      applyTransaction(createState(empty, undefined, range), { operation: { kind: 'addMention', mention: haftar }, selection: { kind: 'mention', id: 'T1' } }),
    );
    const moved = ok(applyTransaction(labelled, { selection: { kind: 'range', start: 15, end: 15 } }));
    const undone = ok(undo(moved));
    expect(undone.set.entities).toEqual([]);
    expect(undone.selection).toEqual(range);
    expect(canUndo(undone)).toBe(false);
    expect(canRedo(undone)).toBe(true);
    const redone = ok(redo(undone));
    expect(redone.set.entities).toEqual([haftar]);
    expect(redone.selection).toEqual({ kind: 'mention', id: 'T1' });
  });

  it('a selection change alone is not an undo step, and a selection of a deleted mention is dropped', () => {
    const one = ok(applyTransaction(createState(empty), { operation: { kind: 'addMention', mention: haftar } }));
    const selected = ok(applyTransaction(one, { selection: { kind: 'mention', id: 'T1' } }));
    expect(selected.history.done).toHaveLength(1);
    const deleted = ok(applyTransaction(selected, { operation: { kind: 'deleteMention', id: 'T1' } }));
    expect(deleted.selection).toEqual(NO_SELECTION);
    expect(ok(undo(deleted)).selection).toEqual({ kind: 'mention', id: 'T1' });
  });

  it('a refused operation changes nothing and says why', () => {
    const state = createState(empty);
    const result = applyTransaction(state, { operation: { kind: 'deleteMention', id: 'T9' } });
    expect(result).toEqual({ ok: false, reason: 'no mention T9' });
    expect(undo(state)).toEqual({ ok: false, reason: 'nothing to undo' });
    expect(redo(state)).toEqual({ ok: false, reason: 'nothing to redo' });
  });

  it('a new operation after an undo clears the redo stack', () => {
    const one = ok(applyTransaction(createState(empty), { operation: { kind: 'addMention', mention: haftar } }));
    const undone = ok(undo(one));
    const other = ok(applyTransaction(undone, { operation: { kind: 'addMention', mention: derna } }));
    expect(canRedo(other)).toBe(false);
  });

  it(`keeps the last ${HISTORY_LIMIT} entries`, () => {
    let state = ok(applyTransaction(createState(empty), { operation: { kind: 'addMention', mention: haftar } }));
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      state = ok(applyTransaction(state, { operation: { kind: 'relabelMention', id: 'T1', label: i % 2 ? 'PER' : 'ORG' } }));
    expect(state.history.done).toHaveLength(HISTORY_LIMIT);
    expect(state.history.done[0].operation).toEqual({ kind: 'relabelMention', id: 'T1', label: 'ORG' });
  });

  it('undoing every step of any sequence of operations gives back the first set, and redoing them the last', () => {
    const spans = [haftar, derna, { id: 'T3', start: 7, end: 14, text: 'attaque', label: 'ORG' }];
    const op = fc.oneof(
      fc.constantFrom(...spans).map((mention): Operation => ({ kind: 'addMention', mention })),
      fc.constantFrom('T1', 'T2', 'T3').map((id): Operation => ({ kind: 'deleteMention', id })),
      fc
        .tuple(fc.constantFrom('T1', 'T2', 'T3'), fc.constantFrom('PER', 'ORG', 'LOC'))
        .map(([id, label]): Operation => ({ kind: 'relabelMention', id, label })),
      fc.constantFrom('new', 'in-progress', 'done').map((status): Operation => ({ kind: 'setStatus', status: status as 'new' })),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const first = createState(empty);
        let state = first;
        for (const operation of ops) {
          const r = runStep(state, { kind: 'apply', transaction: { operation } });
          if (r.ok) state = r.state;
        }
        const last = state.set;
        while (canUndo(state)) state = ok(undo(state));
        expect(state.set).toEqual(first.set);
        while (canRedo(state)) state = ok(redo(state));
        expect(state.set).toEqual(last);
      }),
    );
  });
});
