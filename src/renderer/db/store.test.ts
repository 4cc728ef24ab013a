import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { frConflictNews } from '../../shared/schema';
import { GloseDb } from './database';
import { seedDocuments } from './seeds';
import { allRecords, applyToStored, corpusRows, ensureSeeded, getSet, getSetting, putSet, putSetting, titleOf } from './store';

let n = 0;
let db: GloseDb;
const fresh = () => (db = new GloseDb(`store-test-${n++}`));
afterEach(async () => db?.delete());

describe('seeds', () => {
  it('loads the five articles on first start only, with the date header moved to meta', async () => {
    fresh();
    expect(await ensureSeeded(db, seedDocuments)).toBe(5);
    expect(await ensureSeeded(db, seedDocuments)).toBe(0);
    const doc = await db.documents.get('000_160f67e45fa3422c');
    expect(doc?.meta).toEqual({ source: '000_160f67e45fa3422c.txt', date: '2018-05', lang: 'fr' });
    expect(doc?.text.startsWith("L'aviation de l'armée nationale libyenne")).toBe(true);
  });
});

describe('settings', () => {
  it('keeps a value under its key', async () => {
    fresh();
    expect(await getSetting(db, 'annotator')).toBeUndefined();
    await putSetting(db, 'annotator', 'alice');
    expect(await getSetting(db, 'annotator')).toBe('alice');
  });
});

describe('annotation sets', () => {
  const doc = { id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } };
  const tripoli = { id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE' };

  it('applies an operation to a missing set by starting from an empty one', async () => {
    fresh();
    await db.documents.put(doc);
    const r = await applyToStored(db, 'd1', 'alice', frConflictNews, { kind: 'addMention', mention: tripoli });
    expect(r?.ok).toBe(true);
    const stored = await getSet(db, 'd1', 'alice');
    expect(stored?.entities).toEqual([tripoli]);
    expect(stored?.status).toBe('new');
    expect(stored?.schema).toBe('fr-conflict-news@1');
  });

  it('refuses an invalid operation and stores nothing', async () => {
    fresh();
    const r = await applyToStored(db, 'd1', 'alice', frConflictNews, { kind: 'deleteMention', id: 'T9' });
    expect(r?.ok).toBe(false);
    expect(await getSet(db, 'd1', 'alice')).toBeUndefined();
  });

  it('computes the operation from the stored set, and does nothing for null', async () => {
    fresh();
    await applyToStored(db, 'd1', 'alice', frConflictNews, { kind: 'addMention', mention: tripoli });
    const seen: number[] = [];
    const r = await applyToStored(db, 'd1', 'alice', frConflictNews, (set) => (seen.push(set.entities.length), null));
    expect(r).toBeNull();
    expect(seen).toEqual([1]);
  });

  it('lists one row per document with the annotator own set preferred', async () => {
    fresh();
    await db.documents.bulkPut([doc, { id: 'd0', text: '\n  Titre  \nsuite', meta: { source: 'd0.txt' } }]);
    await putSet(db, { docId: 'd1', annotator: 'bob', status: 'done', schema: 'fr-conflict-news@1', entities: [tripoli], events: [] });
    await putSet(db, { docId: 'd1', annotator: 'alice', status: 'in-progress', schema: 'fr-conflict-news@1', entities: [], events: [] });
    const rows = await corpusRows(db, 'alice');
    expect(rows.map((r) => r.doc.id)).toEqual(['d0', 'd1']);
    expect(rows[0].title).toBe('Titre');
    expect(rows[0].set).toBeUndefined();
    expect(rows[1].set?.annotator).toBe('alice');
    expect(rows[1].annotators).toEqual(['alice', 'bob']);
    expect((await corpusRows(db, 'carol'))[1].set).toBeDefined();
  });

  it('exports every set as a record, by document then annotator, without storage fields', async () => {
    fresh();
    await db.documents.put(doc);
    await putSet(db, { docId: 'd1', annotator: 'bob', status: 'done', schema: 'fr-conflict-news@1', entities: [tripoli], events: [] });
    await putSet(db, { docId: 'd1', annotator: 'alice', status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [] });
    const records = await allRecords(db);
    expect(records.map((r) => r.annotator)).toEqual(['alice', 'bob']);
    expect(records[1]).toEqual({ ...doc, annotator: 'bob', status: 'done', schema: 'fr-conflict-news@1', entities: [tripoli], events: [] });
  });
});

describe('titleOf', () => {
  it('takes the first non-blank line', () => {
    expect(titleOf('\n\n Un titre \nLe corps')).toBe('Un titre');
  });
});
