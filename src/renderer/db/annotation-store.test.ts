import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../shared/model/history';
import type { Step } from '../../shared/model/state';
import { frConflictNews } from '../../shared/schema';
import { commitStep, loadState, replaceSets } from './annotation-store';
import { GloseDb } from './database';

let n = 0;
let db: GloseDb;
afterEach(async () => db?.delete());
const fresh = () => (db = new GloseDb(`annotation-store-test-${n++}`));

const set = { docId: 'd1', annotator: 'alice' };
const tripoli = { id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE' };
const add = {
  kind: 'apply' as const,
  transaction: { operation: { kind: 'addMention' as const, mention: tripoli }, selection: { kind: 'mention' as const, id: 'T1' } },
};

describe('stored annotation state', () => {
  it('commits the set, its history entry and the operation log in one step, counting revisions', async () => {
    fresh();
    const result = await commitStep(db, set, frConflictNews, add, { kind: 'range', start: 0, end: 7 });
    expect(result.ok && result.revision).toBe(1);
    const stored = await loadState(db, 'd1', 'alice', frConflictNews);
    expect(stored.revision).toBe(1);
    expect(stored.state.set.entities).toEqual([tripoli]);
    expect(stored.state.history.done).toHaveLength(1);
    expect(stored.state.history.done[0].before).toEqual({ kind: 'range', start: 0, end: 7 });
    const log = await db.operations.toArray();
    expect(log.map((o) => o.operation)).toEqual([add.transaction.operation]);
    expect(log[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('undoes and redoes from the stored history, and logs the inverse as an operation', async () => {
    fresh();
    await commitStep(db, set, frConflictNews, add);
    const undone = await commitStep(db, set, frConflictNews, { kind: 'undo' });
    expect(undone.ok && undone.set.entities).toEqual([]);
    expect((await loadState(db, 'd1', 'alice', frConflictNews)).state.history).toMatchObject({ done: [], undone: [{ operation: add.transaction.operation }] });
    const redone = await commitStep(db, set, frConflictNews, { kind: 'redo' });
    expect(redone.ok && redone.set.entities).toEqual([tripoli]);
    expect(await db.history.count()).toBe(1);
    expect((await db.operations.toArray()).map((o) => o.operation.kind)).toEqual(['addMention', 'deleteMention', 'addMention']);
  });

  it("applies a step to the window's copy only while the stored revision is still that copy's: another window's write is read", async () => {
    fresh();
    const empty = (await loadState(db, 'd1', 'alice', frConflictNews)).state.set;
    // Another window stored Tripoli (revision 1); this window's copy is still the empty set of revision 0.
    await commitStep(db, set, frConflictNews, add);
    const misrata = { id: 'T2', start: 10, end: 17, text: 'Misrata', label: 'GPE' };
    const step: Step = { kind: 'apply', transaction: { operation: { kind: 'addMention', mention: misrata } } };
    const stale = await commitStep(db, set, frConflictNews, step, undefined, undefined, { set: empty, revision: 0 });
    expect(stale.ok && stale.set.entities.map((m) => m.text)).toEqual(['Tripoli', 'Misrata']);
    // A copy of the revision stored now stands for the stored set.
    const current = stale.ok ? stale : null;
    const mine = await commitStep(db, set, frConflictNews, { kind: 'undo' }, undefined, undefined, { set: current!.set, revision: current!.revision });
    expect(mine.ok && mine.set.entities.map((m) => m.text)).toEqual(['Tripoli']);
    expect((await loadState(db, 'd1', 'alice', frConflictNews)).state.set.entities.map((m) => m.text)).toEqual(['Tripoli']);
  });

  it('refuses a step that does not apply to what is stored, and stores nothing', async () => {
    fresh();
    const result = await commitStep(db, set, frConflictNews, { kind: 'apply', transaction: { operation: { kind: 'deleteMention', id: 'T9' } } });
    expect(result.ok).toBe(false);
    expect(await db.annotationSets.count()).toBe(0);
    expect(await db.operations.count()).toBe(0);
  });

  it('an imported set replaces the stored one and drops its history', async () => {
    fresh();
    await commitStep(db, set, frConflictNews, add);
    await replaceSets(db, [{ ...set, status: 'done', schema: 'fr-conflict-news@1', entities: [], events: [] }]);
    const stored = await loadState(db, 'd1', 'alice', frConflictNews);
    expect(stored.state.history.done).toEqual([]);
    expect(stored.state.set.status).toBe('done');
    expect(stored.revision).toBe(2);
  });
});

describe('stored history, read at its tops only', () => {
  it('follows the pure state step for step: any sequence of labels, undos and redos stores the same set and history', async () => {
    const { runStep, createState } = await import('../../shared/model/state');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom<'add' | 'relabel' | 'undo' | 'redo'>('add', 'relabel', 'undo', 'redo'), { maxLength: 25 }), async (moves) => {
        fresh();
        let pure = createState({ ...set, status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [] });
        let n = 0;
        for (const move of moves) {
          const step: Step =
            move === 'add'
              ? {
                  kind: 'apply',
                  transaction: {
                    operation: { kind: 'addMention', mention: { id: `T${++n}`, start: 0, end: 7, text: 'Tripoli', label: n % 2 ? 'GPE' : 'LOC' } },
                  },
                }
              : move === 'relabel'
                ? { kind: 'apply', transaction: { operation: { kind: 'relabelMention', id: `T${n}`, label: 'ORG' } } }
                : { kind: move };
          const expected = runStep(pure, step);
          const stored = await commitStep(db, set, frConflictNews, step);
          expect(stored.ok).toBe(expected.ok);
          if (expected.ok) pure = expected.state;
        }
        const back = await loadState(db, 'd1', 'alice', frConflictNews);
        expect(back.state.set).toEqual(pure.set);
        expect(back.state.history.done.map((e) => e.operation)).toEqual(pure.history.done.map((e) => e.operation));
        expect(back.state.history.undone.map((e) => e.operation)).toEqual(pure.history.undone.map((e) => e.operation));
        await db.delete();
      }),
      { numRuns: 25 },
    );
  });

  it(`keeps the last ${HISTORY_LIMIT} entries stored, the oldest dropped`, async () => {
    fresh();
    await commitStep(db, set, frConflictNews, add);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++)
      await commitStep(db, set, frConflictNews, {
        kind: 'apply',
        transaction: { operation: { kind: 'relabelMention', id: 'T1', label: i % 2 ? 'GPE' : 'LOC' } },
      });
    expect(await db.history.count()).toBe(HISTORY_LIMIT);
    const { state } = await loadState(db, 'd1', 'alice', frConflictNews);
    expect(state.history.done).toHaveLength(HISTORY_LIMIT);
    expect(state.history.done.at(-1)?.operation).toEqual({ kind: 'relabelMention', id: 'T1', label: 'LOC' });
  });
});

describe('a large set stored in chunks', () => {
  it('reads back exactly as the pure state made it, after any deletes, inserts, relabels, undos and redos', async () => {
    const { runStep, createState } = await import('../../shared/model/state');
    const base = Array.from({ length: 1500 }, (_, i) => ({ id: `T${i + 1}`, start: i * 8, end: i * 8 + 5, text: 'Derna', label: 'GPE' }));
    const move = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(1499) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(1499) }),
      fc.record({ kind: fc.constant('relabel' as const), at: fc.nat(1499) }),
      fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 12 }), async (moves) => {
        fresh();
        const start = { ...set, status: 'new' as const, schema: 'fr-conflict-news@1', entities: base, events: [] };
        await replaceSets(db, [start]);
        let pure = createState(start);
        let n = 0;
        for (const m of moves) {
          const entities = pure.set.entities;
          const target = 'at' in m && entities.length ? entities[m.at % entities.length] : undefined;
          const operation =
            m.kind === 'delete' && target
              ? { kind: 'deleteMention' as const, id: target.id }
              : m.kind === 'insert'
                ? { kind: 'addMention' as const, mention: { id: `N${++n}`, start: 1, end: 3, text: 'er', label: 'LOC' }, index: m.at % (entities.length + 1) }
                : m.kind === 'relabel' && target
                  ? { kind: 'relabelMention' as const, id: target.id, label: target.label === 'GPE' ? 'LOC' : 'GPE' }
                  : null;
          const step: Step = m.kind === 'undo' || m.kind === 'redo' ? { kind: m.kind } : { kind: 'apply', transaction: { operation: operation! } };
          if (step.kind === 'apply' && !operation) continue;
          const expected = runStep(pure, step);
          expect((await commitStep(db, set, frConflictNews, step)).ok).toBe(expected.ok);
          if (expected.ok) pure = expected.state;
        }
        expect((await loadState(db, 'd1', 'alice', frConflictNews)).state.set).toEqual(pure.set);
        // No chunk is left behind that the set no longer names.
        const head = await db.annotationSets.get(['d1', 'alice']);
        expect(await db.setChunks.count()).toBe(head!.chunks!.entities.length + head!.chunks!.events.length);
        await db.delete();
      }),
      { numRuns: 15 },
    );
  });
});
