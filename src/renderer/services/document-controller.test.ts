import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceSets } from '../db/annotation-store';
import { GloseDb } from '../db/database';
import { getSet } from '../db/store';
import { AppStore, initialState, openDocument } from './app-store';
import { DocumentController } from './document-controller';
import { SYNC_OFF } from './sync-view';

let db: GloseDb;
afterEach(async () => db?.delete());

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('storage full or denied while a document is open', () => {
  it('is said in the save indicator’s state and in the notice line, and what is shown is what is stored', async () => {
    db = new GloseDb('controller-test');
    await db.documents.put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
    const app = new AppStore({ ...initialState({ screen: 'document', docId: 'd1' }), annotator: 'alice' });
    const controller = new DocumentController(db, app);
    app.update({});
    await until(() => openDocument(app.get()) !== null);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db, 'transaction').mockImplementationOnce(() => Promise.reject(full) as never);
    controller.step({
      kind: 'apply',
      transaction: { operation: { kind: 'addMention', mention: { id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE' } } },
    });
    await controller.flushed();
    spy.mockRestore();
    await until(() => openDocument(app.get())?.session.state.set.entities.length === 0);
    expect(openDocument(app.get())?.session.saveState).toBe('error');
    expect(app.get().notice).toMatch(/^Not saved: .*storage is full/);
    expect(await db.annotationSets.count()).toBe(0);
  });
});

describe('another person’s set in a team project', () => {
  const add = {
    kind: 'apply' as const,
    transaction: { operation: { kind: 'addMention' as const, mention: { id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE' } } },
  };
  const empty = { docId: 'd1', status: 'in-progress' as const, schema: 'fr-conflict-news@1', entities: [], events: [] };
  const [bobsSet, goldSet] = [
    { ...empty, annotator: 'bob' },
    { ...empty, annotator: 'gold' },
  ];
  const signedIn = { ...SYNC_OFF, status: 'synced' as const, server: { url: 'http://team', project: 'p1', user: { name: 'rita', role: 'reviewer' as const } } };

  it('is read-only when signed in to a server, with the reason in the notice; gold and one’s own set are not', async () => {
    db = new GloseDb('controller-team-test');
    await db.documents.put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
    await replaceSets(db, [bobsSet, goldSet]);
    const app = new AppStore({ ...initialState({ screen: 'document', docId: 'd1', annotator: 'bob' }), annotator: 'rita', sync: signedIn });
    const controller = new DocumentController(db, app);
    app.update({});
    await until(() => openDocument(app.get())?.session.state.set.annotator === 'bob');
    expect(controller.step(add)).toBe(false);
    expect(app.get().notice).toMatch(/^This is bob’s set: in a team project you change only your own sets/);
    await controller.flushed();
    expect((await getSet(db, 'd1', 'bob'))?.entities).toEqual([]);
    app.update({ route: { screen: 'document', docId: 'd1', annotator: 'gold' } });
    await until(() => openDocument(app.get())?.session.state.set.annotator === 'gold');
    expect(controller.step(add)).toBe(true);
    await controller.flushed();
    expect((await getSet(db, 'd1', 'gold'))?.entities).toHaveLength(1);
  });

  it('can be corrected on a laptop without a server', async () => {
    db = new GloseDb('controller-alone-test');
    await db.documents.put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
    await replaceSets(db, [bobsSet, goldSet]);
    const app = new AppStore({ ...initialState({ screen: 'document', docId: 'd1', annotator: 'bob' }), annotator: 'rita' });
    const controller = new DocumentController(db, app);
    app.update({});
    await until(() => openDocument(app.get())?.session.state.set.annotator === 'bob');
    expect(controller.step(add)).toBe(true);
    await controller.flushed();
    expect((await getSet(db, 'd1', 'bob'))?.entities).toHaveLength(1);
  });
});
