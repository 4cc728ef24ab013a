import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { GloseDb } from './database';
import { seedDocuments } from './seeds';
import { replaceSets } from './annotation-store';
import { removeDocument } from './corpus-rows';
import { allRecords, ensureSeeded, getSetting, putSetting, titleOf } from './store';

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

  it('does not bring the seeds back once the user removed every document', async () => {
    fresh();
    await ensureSeeded(db, seedDocuments);
    for (const doc of await db.documents.toArray()) await removeDocument(db, doc.id);
    expect(await ensureSeeded(db, seedDocuments)).toBe(0);
    expect(await db.documents.count()).toBe(0);
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

  it('exports every set as a record, by document then annotator, without storage fields', async () => {
    fresh();
    await db.documents.put(doc);
    await replaceSets(db, [{ docId: 'd1', annotator: 'bob', status: 'done', schema: 'fr-conflict-news@1', entities: [tripoli], events: [] }]);
    await replaceSets(db, [{ docId: 'd1', annotator: 'alice', status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [] }]);
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
