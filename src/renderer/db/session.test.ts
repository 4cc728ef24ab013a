import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { GloseDb } from './database';
import { AnnotationSession } from './session';
import { getSet } from './store';

let n = 0;
let db: GloseDb;
afterEach(async () => db?.delete());

const empty = { docId: 'd1', annotator: 'alice', status: 'new' as const, schema: 'fr-conflict-news@1', entities: [], events: [] };
const m = (id: string, start: number, end: number, text: string, label = 'GPE') => ({ id, start, end, text, label });

function open() {
  db = new GloseDb(`session-test-${n++}`);
  return new AnnotationSession(db, empty);
}

describe('AnnotationSession', () => {
  it('stores every applied operation before reporting saved', async () => {
    const s = open();
    const states: string[] = [];
    s.subscribe((snap) => states.push(snap.saveState));
    const done = s.apply({ kind: 'addMention', mention: m('T1', 0, 7, 'Tripoli') });
    expect(s.snapshot().saveState).toBe('saving');
    expect(await done).toBe(true);
    expect(s.snapshot().saveState).toBe('saved');
    expect((await getSet(db, 'd1', 'alice'))?.entities).toEqual([m('T1', 0, 7, 'Tripoli')]);
    expect(states).toEqual(['saving', 'saved']);
  });

  it('keeps the last of several quick operations in the database', async () => {
    const s = open();
    s.apply({ kind: 'addMention', mention: m('T1', 0, 7, 'Tripoli') });
    s.apply({ kind: 'relabelMention', id: 'T1', label: 'LOC' });
    await s.apply({ kind: 'setStatus', status: 'in-progress' });
    const stored = await getSet(db, 'd1', 'alice');
    expect(stored?.entities[0].label).toBe('LOC');
    expect(stored?.status).toBe('in-progress');
  });

  it('undoes and redoes through inverse operations, and stores each step', async () => {
    const s = open();
    await s.apply({ kind: 'addMention', mention: m('T1', 0, 7, 'Tripoli') });
    await s.apply({ kind: 'relabelMention', id: 'T1', label: 'LOC' });
    await s.undo();
    expect(s.snapshot().set.entities[0].label).toBe('GPE');
    await s.undo();
    expect(s.snapshot().set.entities).toEqual([]);
    expect(s.snapshot().canUndo).toBe(false);
    expect((await getSet(db, 'd1', 'alice'))?.entities).toEqual([]);
    await s.redo();
    await s.redo();
    expect(s.snapshot().set.entities).toEqual([m('T1', 0, 7, 'Tripoli', 'LOC')]);
    expect(s.snapshot().canRedo).toBe(false);
    expect((await getSet(db, 'd1', 'alice'))?.entities[0].label).toBe('LOC');
  });

  it('clears redo after a new operation', async () => {
    const s = open();
    await s.apply({ kind: 'addMention', mention: m('T1', 0, 7, 'Tripoli') });
    await s.undo();
    await s.apply({ kind: 'addMention', mention: m('T2', 11, 16, 'Derna') });
    expect(s.snapshot().canRedo).toBe(false);
    expect(await s.redo()).toBe(false);
  });

  it('reports a refused operation without changing the set or the history', async () => {
    const s = open();
    expect(await s.apply({ kind: 'deleteMention', id: 'T5' })).toBe(false);
    expect(s.snapshot().lastError).toMatch(/T5/);
    expect(s.snapshot().canUndo).toBe(false);
    expect(s.snapshot().set).toBe(empty);
  });
});
