import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '../../shared/model/operations';
import type { Step } from '../../shared/model/state';
import { frConflictNews } from '../../shared/schema';
import { loadState } from '../db/annotation-store';
import { GloseDb } from '../db/database';
import { getSet } from '../db/store';
import { DocumentSession } from './document-session';

let n = 0;
const opened: GloseDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

const mention = (id: string, start: number, end: number, text: string, label = 'GPE') => ({ id, start, end, text, label });
const apply = (operation: Operation, selection?: { kind: 'mention'; id: string }): Step => ({ kind: 'apply', transaction: { operation, selection } });

/** A window on the database `name`: its own Dexie instance, as a tab or a reload has. */
async function open(name: string) {
  const db = new GloseDb(name);
  opened.push(db);
  const session = new DocumentSession(db, frConflictNews, await loadState(db, 'd1', 'alice', frConflictNews));
  return { db, session };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('DocumentSession', () => {
  it('shows a step at once and says saved only once it is stored', async () => {
    const { db, session } = await open(`session-${n++}`);
    const states: string[] = [];
    session.subscribe((s) => states.push(s.saveState));
    expect(session.step(apply({ kind: 'addMention', mention: mention('T1', 0, 7, 'Tripoli') }))).toBe(true);
    expect(session.snapshot().state.set.entities).toHaveLength(1);
    expect(session.snapshot().saveState).toBe('saving');
    await session.flushed();
    expect(session.snapshot().saveState).toBe('saved');
    expect(states).toEqual(['saving', 'saved']);
    expect((await getSet(db, 'd1', 'alice'))?.entities).toEqual([mention('T1', 0, 7, 'Tripoli')]);
  });

  it('undo works after a reload, and puts back the selection the user had', async () => {
    const name = `session-${n++}`;
    const first = await open(name);
    first.session.step({ kind: 'apply', transaction: { selection: { kind: 'range', start: 0, end: 7 } } });
    first.session.step(apply({ kind: 'addMention', mention: mention('T1', 0, 7, 'Tripoli') }, { kind: 'mention', id: 'T1' }));
    first.session.step(apply({ kind: 'relabelMention', id: 'T1', label: 'LOC' }));
    await first.session.flushed();
    first.db.close();

    const reloaded = await open(name);
    const { state } = reloaded.session.snapshot();
    expect(state.set.entities[0].label).toBe('LOC');
    expect(state.history.done).toHaveLength(2);
    expect(reloaded.session.step({ kind: 'undo' })).toBe(true);
    expect(reloaded.session.step({ kind: 'undo' })).toBe(true);
    expect(reloaded.session.snapshot().state.set.entities).toEqual([]);
    expect(reloaded.session.snapshot().state.selection).toEqual({ kind: 'range', start: 0, end: 7 });
    await reloaded.session.flushed();
    expect((await loadState(reloaded.db, 'd1', 'alice', frConflictNews)).state.history.undone).toHaveLength(2);
  });

  it('a refused step changes nothing, stores nothing and says why', async () => {
    const { db, session } = await open(`session-${n++}`);
    expect(session.step(apply({ kind: 'deleteMention', id: 'T9' }))).toBe(false);
    expect(session.snapshot().lastError).toBe('no mention T9');
    expect(await db.operations.count()).toBe(0);
  });

  it('two windows editing the same set lose nothing, and each ends up showing both windows’ work', async () => {
    const name = `session-${n++}`;
    const a = await open(name);
    const b = await open(name);
    const stopA = a.session.watch();
    const stopB = b.session.watch();
    const text = 'Tripoli Derna Syrte Misrata';
    const words = [...text.matchAll(/\S+/g)].map((m, i) => mention(`T${i + 1}`, m.index, m.index + m[0].length, m[0]));
    // Interleaved without waiting, as two people typing fast in two tabs would.
    a.session.step(apply({ kind: 'addMention', mention: words[0] }));
    b.session.step(apply({ kind: 'addMention', mention: words[1] }));
    a.session.step(apply({ kind: 'addMention', mention: words[2] }));
    b.session.step(apply({ kind: 'addMention', mention: words[3] }));
    a.session.step(apply({ kind: 'setStatus', status: 'in-progress' }));
    await Promise.all([a.session.flushed(), b.session.flushed()]);
    const stored = await loadState(a.db, 'd1', 'alice', frConflictNews);
    expect(stored.state.set.entities.map((m) => m.id).sort()).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(stored.state.set.status).toBe('in-progress');
    expect(stored.revision).toBe(5);
    const ids = (s: DocumentSession) =>
      s
        .snapshot()
        .state.set.entities.map((m) => m.id)
        .sort()
        .join();
    await until(() => ids(a.session) === 'T1,T2,T3,T4' && ids(b.session) === 'T1,T2,T3,T4');
    stopA();
    stopB();
  });

  it('two windows numbering their new mentions alike keep both, and later steps follow the renamed one', async () => {
    const name = `session-${n++}`;
    const a = await open(name);
    const b = await open(name);
    const stopA = a.session.watch();
    const stopB = b.session.watch();
    // Both windows call their new mention T1; b then relabels its own T1 and selects it.
    a.session.step(apply({ kind: 'addMention', mention: mention('T1', 0, 7, 'Tripoli') }, { kind: 'mention', id: 'T1' }));
    b.session.step(apply({ kind: 'addMention', mention: mention('T1', 8, 13, 'Derna') }, { kind: 'mention', id: 'T1' }));
    b.session.step(apply({ kind: 'relabelMention', id: 'T1', label: 'LOC' }));
    b.session.step(apply({ kind: 'addMention', mention: mention('T2', 14, 19, 'Syrte') }));
    await Promise.all([a.session.flushed(), b.session.flushed()]);
    const stored = (await loadState(a.db, 'd1', 'alice', frConflictNews)).state;
    const byText = Object.fromEntries(stored.set.entities.map((m) => [m.text, m]));
    expect(Object.keys(byText).sort()).toEqual(['Derna', 'Syrte', 'Tripoli']);
    expect([byText.Tripoli.label, byText.Derna.label, byText.Syrte.label]).toEqual(['GPE', 'LOC', 'GPE']);
    expect(new Set(stored.set.entities.map((m) => m.id)).size).toBe(3);
    expect(b.session.snapshot().lastError).toBeUndefined();
    const shown = (s: DocumentSession) =>
      s
        .snapshot()
        .state.set.entities.map((m) => `${m.id} ${m.text} ${m.label}`)
        .sort()
        .join();
    await until(() => shown(a.session) === shown(b.session) && b.session.snapshot().state.set.entities.length === 3);
    // b's selection still names its own mention, under its stored id.
    expect(b.session.snapshot().state.selection).toEqual({ kind: 'mention', id: byText.Derna.id });
    stopA();
    stopB();
  });

  it('tells the user when storage refuses a write, and shows what is really stored', async () => {
    const { db, session } = await open(`session-${n++}`);
    session.step(apply({ kind: 'addMention', mention: mention('T1', 0, 7, 'Tripoli') }));
    await session.flushed();
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db, 'transaction').mockImplementationOnce(() => Promise.reject(full) as never);
    session.step(apply({ kind: 'addMention', mention: mention('T2', 8, 13, 'Derna') }));
    await session.flushed();
    spy.mockRestore();
    expect(session.snapshot().saveState).toBe('error');
    expect(session.snapshot().lastError).toMatch(/storage is full/);
    await until(() => session.snapshot().state.set.entities.length === 1);
    expect((await getSet(db, 'd1', 'alice'))?.entities.map((m) => m.id)).toEqual(['T1']);
  });
});
