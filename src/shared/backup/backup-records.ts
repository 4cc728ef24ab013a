import { figuresFromMeta, metaWithFigures, type WorkFigures } from '../model/work-figures';
import { partsToRecord, recordToParts, type AnnotationSet, type Doc, type GoldRecord } from '../model/types';
import { TABLE_NAMES, type Backup, type BackupTables, type Row } from './backup-file';

/**
 * A backup as gold records and back, for the CLI (which has no database): `backup-to-jsonl` writes
 * every stored set as the app's export would (each record's work figures in its meta), and
 * `jsonl-to-backup` makes a backup of a corpus prepared with the CLI, to restore into the app.
 */

/** The database version whose tables `backupFromRecords` writes: documents, sets with revisions, stats. */
export const RECORDS_DATABASE_VERSION = 3;

const keyOf = (docId: unknown, annotator: unknown) => `${docId}\u0000${annotator}`;

/** Every set of the backup with its document, ordered by document then annotator (as the app exports). */
export function backupRecords(backup: Backup): GoldRecord[] {
  const docs = new Map(backup.tables.documents.map((d) => [d.id as string, d as unknown as Doc]));
  const stats = new Map(backup.tables.stats.map((s) => [keyOf(s.docId, s.annotator), s as unknown as WorkFigures]));
  return backup.tables.annotationSets
    .map((row) => {
      const { docId, annotator, status, schema, entities, events } = row as unknown as AnnotationSet;
      const record = partsToRecord(docs.get(docId)!, { docId, annotator, status, schema, entities, events });
      const figures = stats.get(keyOf(docId, annotator));
      return figures ? { ...record, meta: metaWithFigures(record.meta, { activeMs: figures.activeMs, yield: figures.yield }) } : record;
    })
    .sort((a, b) => a.id.localeCompare(b.id) || a.annotator.localeCompare(b.annotator));
}

/**
 * The tables of a database holding exactly these records: one document per id (the first record's
 * meta, without work figures), one set per record, the figures of a record's meta in the stats. No
 * history, log or settings: the app starts those afresh.
 */
export function backupFromRecords(records: GoldRecord[], at: number = Date.now()): BackupTables {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as BackupTables;
  const documents = new Map<string, Doc>();
  for (const record of records) {
    const read = figuresFromMeta(record.meta);
    const { doc, set } = recordToParts(read ? { ...record, meta: read.meta } : record);
    if (!documents.has(doc.id)) documents.set(doc.id, doc);
    tables.annotationSets.push({ ...set, updatedAt: at, revision: 0 });
    if (read) tables.stats.push({ docId: set.docId, annotator: set.annotator, activeMs: read.figures.activeMs, yield: read.figures.yield, updatedAt: at });
  }
  tables.documents = [...documents.values()] as unknown as Row[];
  return tables;
}
