import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
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
    expect(undone.ok && undone.state.set.entities).toEqual([]);
    expect((await loadState(db, 'd1', 'alice', frConflictNews)).state.history).toMatchObject({ done: [], undone: [{ operation: add.transaction.operation }] });
    const redone = await commitStep(db, set, frConflictNews, { kind: 'redo' });
    expect(redone.ok && redone.state.set.entities).toEqual([tripoli]);
    expect(await db.history.count()).toBe(1);
    expect((await db.operations.toArray()).map((o) => o.operation.kind)).toEqual(['addMention', 'deleteMention', 'addMention']);
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
