import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES, readBackup, TABLE_NAMES, writeBackup, type Backup } from '../../shared/backup/backup-file';
import { frConflictNews } from '../../shared/schema';
import { commitStep } from './annotation-store';
import { isEmpty, readAllTables, restoreBackup, storedSummary } from './backup';
import { GloseDb } from './database';
import { storedSetsWhere } from './set-table';
import { addActiveTime } from './stats';
import { putSetting } from './store';

let n = 0;
const opened: GloseDb[] = [];
const fresh = (name = `backup-test-${n++}`) => {
  const db = new GloseDb(name);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const TEXT = 'Tripoli et Derna';
const add = (id: string, start: number, end: number, label = 'GPE') => ({
  kind: 'apply' as const,
  transaction: { operation: { kind: 'addMention' as const, mention: { id, start, end, text: TEXT.slice(start, end), label } } },
});

/** A database with something in every table: two annotators' sets, undo history, the log, figures, settings, a reviewer's comment. */
async function filled(): Promise<GloseDb> {
  const db = fresh();
  await db.documents.bulkPut([
    { id: 'd1', text: TEXT, meta: { source: 'd1.txt', date: '2018-05' } },
    { id: 'd2', text: 'Rien', meta: { source: 'd2.txt' } },
  ]);
  for (const annotator of ['alice', 'bob']) {
    const key = { docId: 'd1', annotator };
    expect((await commitStep(db, key, frConflictNews, add('T1', 0, 7))).ok).toBe(true);
    expect((await commitStep(db, key, frConflictNews, add('T2', 11, 16, annotator === 'bob' ? 'LOC' : 'GPE'))).ok).toBe(true);
    await addActiveTime(db, key, 61_000);
  }
  expect((await commitStep(db, { docId: 'd1', annotator: 'bob' }, frConflictNews, { kind: 'undo' })).ok).toBe(true);
  await putSetting(db, 'annotator', 'alice');
  await putSetting(db, 'keybindings', [{ command: 'undo', keys: ['Alt+Z'] }]);
  await db.reviewComments.put({
    docId: 'd1',
    disagreement: 'm:11|16|GPE',
    kind: 'label',
    start: 11,
    end: 16,
    quote: 'Derna',
    text: 'a city: GPE',
    reviewer: 'rev',
    at: 1,
  });
  return db;
}

async function backupOf(db: GloseDb): Promise<Backup> {
  const read = readBackup('glose-backup.json.gz', writeBackup(await readAllTables(db), db.verno));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.backup;
}

describe('back up everything, restore exactly', () => {
  it('restores into an empty app the same database, table by table and record by record', async () => {
    const original = await filled();
    const backup = await backupOf(original);
    // A backup holds whole sets, their mentions with them, whatever records the app keeps them in.
    const alice = backup.tables.annotationSets.find((s) => s.annotator === 'alice') as { entities?: Array<{ text: string }> } | undefined;
    expect(alice?.entities?.map((m) => m.text)).toEqual(['Tripoli', 'Derna']);
    const restored = fresh();
    expect(isEmpty(await storedSummary(restored))).toBe(true);
    await restoreBackup(restored, backup);
    const [a, b] = [await readAllTables(original), await readAllTables(restored)];
    for (const table of TABLE_NAMES) {
      expect(b[table].length, table).toBe(a[table].length);
      expect(a[table].length, `${table} has records to compare`).toBeGreaterThan(0);
      a[table].forEach((record, i) => expect(b[table][i], `${table} record ${i + 1}`).toEqual(record));
    }
    // The restored database works on: its auto-numbered tables go on from the restored keys.
    expect((await commitStep(restored, { docId: 'd1', annotator: 'alice' }, frConflictNews, { kind: 'undo' })).ok).toBe(true);
    expect(await restored.history.count()).toBe(a.history.length);
    expect(await restored.operations.count()).toBe(a.operations.length + 1);
  });

  it('a restore replaces everything that was stored, and a refused one leaves it all as it was', async () => {
    const backup = await backupOf(await filled());
    const target = fresh();
    await target.documents.put({ id: 'other', text: 'Autre', meta: { source: 'other.txt' } });
    await commitStep(target, { docId: 'other', annotator: 'carol' }, frConflictNews, {
      kind: 'apply',
      transaction: { operation: { kind: 'setStatus', status: 'done' } },
    });
    const before = await readAllTables(target);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const stats = target.tables.find((t) => t.name === 'stats')!;
    const spy = vi.spyOn(stats, 'bulkAdd').mockImplementationOnce(() => Promise.reject(full) as never);
    await expect(restoreBackup(target, backup)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    spy.mockRestore();
    expect(await readAllTables(target)).toEqual(before);
    await restoreBackup(target, backup);
    expect(await target.documents.get('other')).toBeUndefined();
    expect((await storedSummary(target)).annotators).toEqual(['alice', 'bob']);
  });

  it('migrates a backup written by database version 1 on the way in', async () => {
    const name = `backup-v1-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores({ documents: 'id', annotationSets: '[docId+annotator], docId, annotator, updatedAt', settings: 'key' });
    await old.table('documents').put({ id: 'd1', text: TEXT, meta: { source: 'd1.txt' } });
    await old
      .table('annotationSets')
      .put({ docId: 'd1', annotator: 'alice', status: 'done', schema: 'fr-conflict-news@1', entities: [], events: [], updatedAt: 5 });
    old.close();
    const v1 = new GloseDb(name, 1);
    opened.push(v1);
    expect(v1.verno).toBe(1);
    const backup = await backupOf(v1);
    expect(backup.databaseVersion).toBe(1);
    const target = fresh();
    await restoreBackup(target, backup);
    expect(await storedSetsWhere(target, target.annotationSets.toCollection())).toEqual([
      { docId: 'd1', annotator: 'alice', status: 'done', schema: 'fr-conflict-news@1', entities: [], events: [], updatedAt: 5, revision: 0 },
    ]);
    expect((await commitStep(target, { docId: 'd1', annotator: 'alice' }, frConflictNews, add('T1', 0, 7))).ok).toBe(true);
  });

  it('refuses a backup of a newer database version before touching anything', async () => {
    const backup = { ...(await backupOf(await filled())), databaseVersion: 99 };
    const target = fresh();
    await expect(restoreBackup(target, backup)).rejects.toThrow(/newer glose/);
  });

  it("the backup knows every table of the database (the sets' annotations go with their sets)", () => {
    expect(
      fresh()
        .tables.map((t) => t.name)
        .filter((name) => name !== 'setChunks')
        .sort(),
    ).toEqual(Object.keys(BACKUP_TABLES).sort());
  });
});
