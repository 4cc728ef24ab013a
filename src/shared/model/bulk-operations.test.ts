import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, type Operation } from './operations';
import type { AnnotationSet, EntityMention } from './types';

/** The one-by-one application that the fast paths must equal. */
function oneByOne(set: AnnotationSet, ops: Operation[]): AnnotationSet | null {
  let current = set;
  for (const op of ops) {
    const r = applyOperation(current, op);
    if (!r.ok) return null;
    current = r.set;
  }
  return current;
}

const mention = (i: number, label = 'PER'): EntityMention => ({ id: `T${i}`, start: i, end: i + 1, text: 'x', label, source: 'heuristic', confidence: 0.5 });
const base = (n: number): AnnotationSet => ({
  docId: 'd',
  annotator: 'a',
  status: 'new',
  schema: 's@1',
  entities: Array.from({ length: n }, (_, i) => mention(i + 1)),
  events: [],
});

const runOf = (n: number) =>
  fc.oneof(
    fc.integer({ min: 16, max: 60 }).map((k) => Array.from({ length: k }, (_, i): Operation => ({ kind: 'addMention', mention: mention(n + i + 1) }))),
    fc
      .shuffledSubarray(
        Array.from({ length: n }, (_, i) => `T${i + 1}`),
        { minLength: Math.min(16, n) },
      )
      .map((ids) => ids.map((id): Operation => ({ kind: 'deleteMention', id }))),
    fc
      .array(fc.tuple(fc.integer({ min: 1, max: n }), fc.constantFrom<'human' | 'heuristic' | undefined>('human', 'heuristic', undefined)), {
        minLength: 16,
        maxLength: 60,
      })
      .map((xs) => xs.map(([i, source]): Operation => ({ kind: 'setSource', target: { kind: 'entity', id: `T${i}` }, source }))),
    fc
      .array(fc.tuple(fc.integer({ min: 1, max: n }), fc.constantFrom('PER', 'ORG', 'GPE')), { minLength: 16, maxLength: 60 })
      .map((xs) => xs.map(([i, label]): Operation => ({ kind: 'relabelMention', id: `T${i}`, label }))),
  );

describe('long runs of one operation in a batch', () => {
  it('give the same set as one by one, and the inverse gives the first set back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 80 }).chain((n) => fc.tuple(fc.constant(n), runOf(n))),
        ([n, ops]) => {
          const set = base(n);
          const r = applyOperation(set, { kind: 'batch', operations: ops });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.set).toEqual(oneByOne(set, ops));
          const back = applyOperation(r.set, r.inverse);
          expect(back.ok && back.set).toEqual(set);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuse as a whole when one operation of the run is wrong', () => {
    const set = base(20);
    const ops: Operation[] = Array.from({ length: 20 }, (_, i) => ({ kind: 'deleteMention', id: `T${i + 1}` }));
    ops[10] = { kind: 'deleteMention', id: 'T99' };
    expect(applyOperation(set, { kind: 'batch', operations: ops })).toEqual({ ok: false, reason: 'no mention T99' });
  });

  it('keep a deleted mention’s arguments when it fills a role, and restore them on undo', () => {
    const set = {
      ...base(20),
      events: [{ id: 'E1', type: 'Life.Die', trigger: { start: 0, end: 1, text: 'x' }, arguments: [{ role: 'Victim', entity: 'T3' }] }],
    };
    const ops: Operation[] = Array.from({ length: 20 }, (_, i) => ({ kind: 'deleteMention', id: `T${i + 1}` }));
    const r = applyOperation(set, { kind: 'batch', operations: ops });
    expect(r.ok && r.set.events[0].arguments).toEqual([]);
    const back = r.ok ? applyOperation(r.set, r.inverse) : null;
    expect(back?.ok && back.set).toEqual(set);
  });
});
