import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { frConflictNews } from '../../shared/schema';
import type { AnnotationSet } from '../../shared/model/types';
import { commitStep, replaceSets } from './annotation-store';
import { corpusRows, removeDocument } from './corpus-rows';
import { GloseDb } from './database';
import { addActiveTime } from './stats';

let n = 0;
let db: GloseDb;
const fresh = () => (db = new GloseDb(`corpus-rows-test-${n++}`));
afterEach(async () => db?.delete());

const d1 = { id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } };
const d2 = { id: 'd2', text: 'Benghazi', meta: { source: 'd2.txt' } };
const set = (docId: string, annotator: string, over: Partial<AnnotationSet> = {}): AnnotationSet => ({
  docId,
  annotator,
  status: 'in-progress',
  schema: 'fr-conflict-news@1',
  entities: [],
  events: [],
  ...over,
});
const suggestion = { id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE', source: 'heuristic' as const, confidence: 0.9 };
const accept = {
  kind: 'apply' as const,
  transaction: { operation: { kind: 'setSource' as const, target: { kind: 'entity' as const, id: 'T1' }, source: 'human' as const } },
};

describe('corpus rows', () => {
  it('lists one row per document, with the annotator’s own set, everyone’s status apart from gold, and whether gold is adjudicated', async () => {
    fresh();
    await db.documents.bulkPut([d1, { id: 'd0', text: '\n  Titre  \nsuite', meta: { source: 'd0.txt' } }]);
    await replaceSets(db, [set('d1', 'bob', { status: 'done' }), set('d1', 'gold', { status: 'adjudicated' }), set('d1', 'alice')]);
    const rows = await corpusRows(db, 'alice');
    expect(rows.map((r) => [r.doc.id, r.title])).toEqual([
      ['d0', 'Titre'],
      ['d1', 'Tripoli et Derna'],
    ]);
    expect(rows[0]).toMatchObject({ set: undefined, annotators: [], gold: null, stats: undefined });
    expect(rows[1].set?.annotator).toBe('alice');
    expect(rows[1].annotators).toEqual([
      { annotator: 'alice', status: 'in-progress' },
      { annotator: 'bob', status: 'done' },
    ]);
    expect(rows[1].gold).toBe('adjudicated');
    expect((await corpusRows(db, 'carol'))[1].set).toBeDefined();
  });

  it('shows the time and yield of the row’s set, counted with the steps that decided the suggestions', async () => {
    fresh();
    await db.documents.put(d1);
    await replaceSets(db, [set('d1', 'alice', { entities: [suggestion] })]);
    await commitStep(db, { docId: 'd1', annotator: 'alice' }, frConflictNews, accept);
    await addActiveTime(db, { docId: 'd1', annotator: 'alice' }, 42_000);
    await addActiveTime(db, { docId: 'd1', annotator: 'bob' }, 5_000);
    const [row] = await corpusRows(db, 'alice');
    expect(row.stats).toMatchObject({ activeMs: 42_000, yield: { mentions: { accepted: 1, rejected: 0, changed: 0 } } });
    await commitStep(db, { docId: 'd1', annotator: 'alice' }, frConflictNews, { kind: 'undo' });
    expect((await corpusRows(db, 'alice'))[0].stats?.yield.mentions.accepted).toBe(0);
  });
});

describe('removing a document', () => {
  it('removes it with every annotator’s set, history, operation log and figures, and leaves the others alone', async () => {
    fresh();
    await db.documents.bulkPut([d1, d2]);
    await replaceSets(db, [
      set('d1', 'alice', { entities: [suggestion] }),
      set('d1', 'bob'),
      set('d2', 'alice', { entities: [{ ...suggestion, text: 'Benghaz' }] }),
    ]);
    await commitStep(db, { docId: 'd1', annotator: 'alice' }, frConflictNews, accept);
    await commitStep(db, { docId: 'd2', annotator: 'alice' }, frConflictNews, accept);
    await addActiveTime(db, { docId: 'd1', annotator: 'bob' }, 1000);
    expect(await removeDocument(db, 'd1')).toEqual({ sets: 2 });
    expect(await db.documents.toArray()).toEqual([d2]);
    for (const table of [db.annotationSets, db.history, db.operations, db.stats] as const) {
      const left = (await (table as typeof db.stats).toArray()) as Array<{ docId: string }>;
      expect(left.map((r) => r.docId)).toEqual(['d2']);
    }
    expect(await removeDocument(db, 'd1')).toBeNull();
  });

  it('removes nothing when any part of the removal fails', async () => {
    fresh();
    await db.documents.put(d1);
    await replaceSets(db, [set('d1', 'alice')]);
    // The last part of the removal (the figures) fails, after the others were asked for.
    const collection = Object.getPrototypeOf(db.stats.toCollection()) as { delete(this: { _ctx: { table: { name: string } } }): Promise<number> };
    const original = collection.delete;
    collection.delete = function () {
      return this._ctx.table.name === 'stats' ? Promise.reject(new Error('disk full')) : original.call(this);
    };
    try {
      await expect(removeDocument(db, 'd1')).rejects.toThrow('disk full');
    } finally {
      collection.delete = original;
    }
    expect(await db.documents.count()).toBe(1);
    expect(await db.annotationSets.count()).toBe(1);
  });
});
