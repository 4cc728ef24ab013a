import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { frConflictNews } from '../../shared/schema';
import { commitStep, loadState } from './annotation-store';
import { GloseDb } from './database';
import { storedSetsWhere } from './set-table';

const NAME = 'database-migration-test';
afterEach(async () => Dexie.delete(NAME));

/** A database as version 1 of the app wrote it: documents, sets without revision, settings. */
async function writeVersion1() {
  const old = new Dexie(NAME);
  old.version(1).stores({ documents: 'id', annotationSets: '[docId+annotator], docId, annotator, updatedAt', settings: 'key' });
  await old.table('documents').put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
  await old.table('annotationSets').bulkPut([
    {
      docId: 'd1',
      annotator: 'alice',
      status: 'in-progress',
      schema: 'fr-conflict-news@1',
      entities: [{ id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE' }],
      events: [],
      updatedAt: 5,
    },
    { docId: 'd1', annotator: 'bob', status: 'done', schema: 'fr-conflict-news@1', entities: [], events: [], updatedAt: 6 },
  ]);
  await old.table('settings').put({ key: 'annotator', value: 'alice' });
  old.close();
}

describe('database versions', () => {
  it('opens a database written by version 1 and keeps every record, with revisions starting at 0', async () => {
    await writeVersion1();
    const db = new GloseDb(NAME);
    expect(await db.documents.toArray()).toEqual([{ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } }]);
    const sets = await storedSetsWhere(db, db.annotationSets.toCollection());
    expect(sets.map((s) => [s.annotator, s.status, s.entities.length, s.revision, s.updatedAt])).toEqual([
      ['alice', 'in-progress', 1, 0, 5],
      ['bob', 'done', 0, 0, 6],
    ]);
    expect(await db.settings.get('annotator')).toEqual({ key: 'annotator', value: 'alice' });
    // The new tables work on the migrated data.
    const r = await commitStep(db, { docId: 'd1', annotator: 'alice' }, frConflictNews, {
      kind: 'apply',
      transaction: { operation: { kind: 'relabelMention', id: 'T1', label: 'LOC' } },
    });
    expect(r.ok).toBe(true);
    expect((await loadState(db, 'd1', 'alice', frConflictNews)).state.set.entities[0].label).toBe('LOC');
    db.close();
  });

  it('opens a database written by version 2 and keeps its history; work figures start empty and count from there', async () => {
    await writeVersion2();
    const db = new GloseDb(NAME);
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect((await storedSetsWhere(db, db.annotationSets.toCollection())).map((s) => [s.annotator, s.revision, s.entities.map((m) => m.source)])).toEqual([
      ['alice', 1, ['heuristic', 'human']],
    ]);
    expect(await db.history.count()).toBe(1);
    expect(await db.operations.count()).toBe(1);
    expect(await db.stats.count()).toBe(0);
    const key = { docId: 'd1', annotator: 'alice' };
    // The accept made under version 2 was never counted: undoing it takes nothing below zero.
    expect((await commitStep(db, key, frConflictNews, { kind: 'undo' })).ok).toBe(true);
    expect((await db.stats.get(['d1', 'alice']))?.yield.mentions).toEqual({ accepted: 0, rejected: 0, changed: 0 });
    const reject = { kind: 'apply' as const, transaction: { operation: { kind: 'deleteMention' as const, id: 'T1' } } };
    expect((await commitStep(db, key, frConflictNews, reject)).ok).toBe(true);
    expect((await db.stats.get(['d1', 'alice']))?.yield.mentions).toEqual({ accepted: 0, rejected: 1, changed: 0 });
    db.close();
  });

  it('opens a version 2 database at version 4: the sets and history are kept, and comments can be stored', async () => {
    const old = new Dexie(NAME);
    old.version(1).stores({ documents: 'id', annotationSets: '[docId+annotator], docId, annotator, updatedAt', settings: 'key' });
    old.version(2).stores({ history: '++id, [docId+annotator]', operations: '++seq, &id, [docId+annotator]' });
    await old.table('documents').put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
    await old
      .table('annotationSets')
      .put({ docId: 'd1', annotator: 'gold', status: 'in-progress', schema: 'fr-conflict-news@1', entities: [], events: [], updatedAt: 1, revision: 3 });
    old.close();
    const db = new GloseDb(NAME);
    expect((await db.annotationSets.get(['d1', 'gold']))?.revision).toBe(3);
    const comment = {
      docId: 'd1',
      disagreement: 'm:0|7|GPE',
      kind: 'label',
      start: 0,
      end: 7,
      quote: 'Tripoli',
      text: 'guidelines §2',
      reviewer: 'rev',
      at: 1,
    };
    await db.reviewComments.put(comment);
    expect(await db.reviewComments.where('docId').equals('d1').toArray()).toEqual([comment]);
    expect(db.verno).toBeGreaterThanOrEqual(4);
    db.close();
  });
});

/** A database as version 2 wrote it: a set with a suggestion accepted (its history entry and log), no figures. */
async function writeVersion2() {
  const old = new Dexie(NAME);
  old.version(1).stores({ documents: 'id', annotationSets: '[docId+annotator], docId, annotator, updatedAt', settings: 'key' });
  old.version(2).stores({ history: '++id, [docId+annotator]', operations: '++seq, &id, [docId+annotator]' });
  const tripoli = { id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE', source: 'heuristic', confidence: 0.9 };
  const derna = { id: 'T2', start: 11, end: 16, text: 'Derna', label: 'GPE' };
  const accept = { kind: 'setSource', target: { kind: 'entity', id: 'T2' }, source: 'human' };
  const inverse = { kind: 'setSource', target: { kind: 'entity', id: 'T2' }, source: 'heuristic', confidence: 0.8 };
  await old.table('documents').put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
  await old.table('annotationSets').put({
    docId: 'd1',
    annotator: 'alice',
    status: 'in-progress',
    schema: 'fr-conflict-news@1',
    entities: [tripoli, { ...derna, source: 'human' }],
    events: [],
    updatedAt: 7,
    revision: 1,
  });
  const none = { kind: 'none' };
  await old
    .table('history')
    .add({ docId: 'd1', annotator: 'alice', stack: 'done', position: 1, entry: { operation: accept, inverse, before: none, after: none } });
  await old.table('operations').add({ id: 'op-1', docId: 'd1', annotator: 'alice', operation: accept, at: 7 });
  old.close();
}

describe('database versions, from the last one before the newest indexes', () => {
  it('opens a database written by version 4 at the newest version: its undo and redo stacks and revisions go on where they were', async () => {
    // The stacks are made by the app itself (in a current database), then written as version 4 stored them.
    const made = new GloseDb(`${NAME}-source`);
    const key = { docId: 'd1', annotator: 'alice' };
    await made.documents.put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
    for (const [id, start, end, text] of [
      ['T1', 0, 7, 'Tripoli'],
      ['T2', 11, 16, 'Derna'],
    ] as const) {
      const mention = { id, start, end, text, label: 'GPE', source: 'human' as const };
      expect((await commitStep(made, key, frConflictNews, { kind: 'apply', transaction: { operation: { kind: 'addMention', mention } } })).ok).toBe(true);
    }
    expect((await commitStep(made, key, frConflictNews, { kind: 'undo' })).ok).toBe(true);
    const rows = {
      sets: await storedSetsWhere(made, made.annotationSets.toCollection()),
      history: await made.history.toArray(),
      operations: await made.operations.toArray(),
    };
    made.close();
    await Dexie.delete(`${NAME}-source`);
    const old = new GloseDb(NAME, 4);
    await old.documents.put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
    await old.table('annotationSets').bulkPut(rows.sets);
    await old.history.bulkPut(rows.history);
    await old.operations.bulkPut(rows.operations);
    expect(old.verno).toBe(4);
    old.close();

    const db = new GloseDb(NAME);
    expect(db.verno).toBe(7);
    const stored = await loadState(db, 'd1', 'alice', frConflictNews);
    expect(stored.revision).toBe(3);
    expect(stored.state.set.entities.map((m) => m.text)).toEqual(['Tripoli']);
    expect([stored.state.history.done.length, stored.state.history.undone.length]).toEqual([1, 1]);
    // Redo takes the top of the migrated undone stack; two undos then empty the done stack in order.
    const redo = await commitStep(db, key, frConflictNews, { kind: 'redo' });
    expect(redo.ok && redo.set.entities.map((m) => m.text)).toEqual(['Tripoli', 'Derna']);
    expect(redo.ok && redo.revision).toBe(4);
    await commitStep(db, key, frConflictNews, { kind: 'undo' });
    const undo = await commitStep(db, key, frConflictNews, { kind: 'undo' });
    expect(undo.ok && undo.set.entities).toEqual([]);
    expect(await db.operations.count()).toBe(6);
    db.close();
  });
});

describe("database version 7: a set's annotations in chunks of their own", () => {
  it('moves the mentions and events of every set written by version 6 out of its indexed record into chunks, losing nothing', async () => {
    const old = new GloseDb(NAME, 6);
    const mentions = [
      { id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE', source: 'human' as const },
      { id: 'T2', start: 11, end: 16, text: 'Derna', label: 'GPE', source: 'heuristic' as const, confidence: 0.8 },
    ];
    const event = { id: 'E1', type: 'Conflict.Attack', trigger: { start: 8, end: 10, text: 'et' }, arguments: [{ role: 'Place', entity: 'T1' }] };
    await old.documents.put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
    await old.table('annotationSets').bulkPut([
      { docId: 'd1', annotator: 'alice', status: 'in-progress', schema: 'fr-conflict-news@1', entities: mentions, events: [event], updatedAt: 5, revision: 4 },
      { docId: 'd1', annotator: 'bob', status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [], updatedAt: 6, revision: 0 },
    ]);
    old.close();

    const db = new GloseDb(NAME);
    expect(db.verno).toBe(7);
    // The indexed records keep what the indexes and lists read, and the names of their chunks; the annotations are in the chunks.
    const head = await db.annotationSets.get(['d1', 'alice']);
    expect(head).toMatchObject({ docId: 'd1', annotator: 'alice', status: 'in-progress', schema: 'fr-conflict-news@1', updatedAt: 5, revision: 4 });
    expect(head).not.toHaveProperty('entities');
    expect(await db.setChunks.count()).toBeGreaterThan(0);
    const stored = await loadState(db, 'd1', 'alice', frConflictNews);
    expect([stored.revision, stored.state.set.entities, stored.state.set.events]).toEqual([4, mentions, [event]]);
    expect((await loadState(db, 'd1', 'bob', frConflictNews)).state.set.entities).toEqual([]);
    const r = await commitStep(db, { docId: 'd1', annotator: 'alice' }, frConflictNews, {
      kind: 'apply',
      transaction: { operation: { kind: 'relabelMention', id: 'T2', label: 'LOC' } },
    });
    expect(r.ok && r.revision).toBe(5);
    expect((await loadState(db, 'd1', 'alice', frConflictNews)).state.set.entities.map((m) => m.label)).toEqual(['GPE', 'LOC']);
    db.close();
  });
});
