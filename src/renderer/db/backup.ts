import { Dexie, type Table } from 'dexie';
import { TABLE_NAMES, type Backup, type BackupTables, type Row, type TableName } from '../../shared/backup/backup-file';
import { GloseDb, type StoredSet } from './database';
import { putStoredSets, withContents } from './set-table';

/**
 * The whole database as backup tables, and a backup put back in its place. A restore replaces every
 * table in ONE transaction: it lands whole or, when storage refuses it, leaves what was stored as it
 * was. A backup written by an older database version goes through the app's own migrations first
 * (database.ts), in a scratch database opened at the backup's version and then at the current one.
 * A backup's `annotationSets` are whole sets at every version: the app stores each in two records
 * (set-table.ts), joined when read here and split again when restored.
 */

/** Records per request: each slice is one short task, so the page keeps answering during a large restore. */
const SLICE = 500;

/** The backup's tables, and the sets' annotations where this version stores them apart. */
const tablesOf = (db: GloseDb): Table[] => db.tables.filter((t) => (TABLE_NAMES as string[]).includes(t.name) || t.name === 'setChunks');

const splitsSets = (db: GloseDb) => db.tables.some((t) => t.name === 'setChunks');

/** Every record of every table, read in one transaction (a consistent copy while other windows write). */
export async function readAllTables(db: GloseDb): Promise<BackupTables> {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as BackupTables;
  await db.transaction('r', tablesOf(db), async () => {
    for (const table of tablesOf(db)) {
      if (table.name === 'setChunks') continue;
      const rows = await table.toArray();
      tables[table.name as TableName] = (table.name === 'annotationSets' && splitsSets(db) ? await withContents(db, rows) : rows) as Row[];
    }
  });
  return tables;
}

async function addAll(db: GloseDb, table: Table, rows: Row[]): Promise<void> {
  const whole = table.name === 'annotationSets' && splitsSets(db);
  for (let i = 0; i < rows.length; i += SLICE) {
    const slice = rows.slice(i, i + SLICE);
    await (whole ? putStoredSets(db, slice as unknown as StoredSet[]) : table.bulkAdd(slice));
  }
}

/** The backup's tables as the current database version stores them. */
async function migrated(backup: Backup): Promise<BackupTables> {
  const name = `glose-restore-${crypto.randomUUID()}`;
  try {
    const old = new GloseDb(name, backup.databaseVersion);
    await old.transaction('rw', tablesOf(old), async () => {
      for (const table of tablesOf(old)) if (table.name !== 'setChunks') await addAll(old, table, backup.tables[table.name as TableName]);
    });
    old.close();
    const current = new GloseDb(name);
    try {
      return await readAllTables(current);
    } finally {
      current.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}

/** Why this database cannot take the backup, or null. */
export function restoreProblem(db: GloseDb, backup: Backup): string | null {
  return backup.databaseVersion > db.verno
    ? `the backup was written by a newer glose (database version ${backup.databaseVersion}; this one has ${db.verno}): update glose first`
    : null;
}

/** Replaces everything stored by the backup's records. Throws (storing nothing) when storage refuses. */
export async function restoreBackup(db: GloseDb, backup: Backup): Promise<void> {
  const problem = restoreProblem(db, backup);
  if (problem) throw new Error(problem);
  const tables = backup.databaseVersion < db.verno ? await migrated(backup) : backup.tables;
  await db.transaction('rw', tablesOf(db), async () => {
    for (const table of tablesOf(db)) await table.clear();
    for (const table of tablesOf(db)) if (table.name !== 'setChunks') await addAll(db, table, tables[table.name as TableName]);
  });
}

/** How much is stored now, table by table, and whose sets: what a restore would replace. */
export interface StoredSummary {
  counts: Record<TableName, number>;
  annotators: string[];
}

export async function storedSummary(db: GloseDb): Promise<StoredSummary> {
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  let annotators: string[] = [];
  await db.transaction('r', tablesOf(db), async () => {
    for (const table of tablesOf(db)) counts[table.name as TableName] = await table.count();
    annotators = ((await db.annotationSets.orderBy('annotator').uniqueKeys()) as string[]).sort();
  });
  return { counts, annotators };
}

/** Nothing is stored that a restore would replace: no document, no set, no history. */
export function isEmpty(summary: StoredSummary): boolean {
  return summary.counts.annotationSets === 0 && summary.counts.history === 0 && summary.counts.documents === 0;
}
