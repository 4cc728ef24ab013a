import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { frConflictNews } from '../../shared/schema';
import { commitStep, loadState } from './annotation-store';
import { GloseDb } from './database';

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
    const sets = await db.annotationSets.toArray();
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
    expect(db.verno).toBe(4);
    db.close();
  });
});
