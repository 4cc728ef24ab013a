import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { gunzipSync, gzipSync, strToU8 } from 'fflate';
import { z } from 'zod';
import { readJson } from '../formats/json';
import { decodeUtf8 } from '../text/load';
import type { InputError } from '../model/types';
import { annotationProblems } from '../model/validate';

/**
 * "Back up everything": the whole database of the app (every table, every record as stored, with the
 * database version that wrote them) in one gzip'd JSON file. The envelope comes first and the tables
 * last, so that `zcat backup.json.gz | head -c 300` shows what the file is:
 *   {"format":"glose-backup","formatVersion":1,"createdAt":"…","databaseVersion":3,
 *    "checksum":"sha256:…","counts":{…},"tables":{"documents":[…],"annotationSets":[…],…}}
 * The checksum is the SHA-256 of `JSON.stringify(tables)`, so a file damaged or cut short is refused
 * rather than restored in part. Shared by the app (backup, restore) and the CLI (validate-backup…).
 */

export const BACKUP_FORMAT = 'glose-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Every table, and the database version that added it: a backup of version n holds the tables of version n. */
export const BACKUP_TABLES = { documents: 1, annotationSets: 1, settings: 1, history: 2, operations: 2, stats: 3, reviewComments: 4 } as const;
export type TableName = keyof typeof BACKUP_TABLES;
export const TABLE_NAMES = Object.keys(BACKUP_TABLES) as TableName[];

/** Records as the database stores them (the app's db/database.ts gives their types). */
export type Row = Record<string, unknown>;
export type BackupTables = Record<TableName, Row[]>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The version of the app's database (Dexie `verno`) whose records these are. */
  databaseVersion: number;
  tables: BackupTables;
}

export type BackupRead = { ok: true; backup: Backup } | { ok: false; errors: InputError[] };

const checksumOf = (tables: BackupTables) => `sha256:${bytesToHex(sha256(strToU8(JSON.stringify(tables))))}`;

/** The backup file's bytes: gzip'd JSON. */
export function writeBackup(tables: BackupTables, databaseVersion: number, createdAt: Date = new Date()): Uint8Array {
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length]));
  const envelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: createdAt.toISOString(),
    databaseVersion,
    checksum: checksumOf(tables),
    counts,
    tables,
  };
  return gzipSync(strToU8(JSON.stringify(envelope)), { level: 6 });
}

const text = z.string();
const int = z.number().int();
const key = { docId: text, annotator: text };
/** The fields restore and the CLI rely on; everything else in a record is kept as it came. */
const ROW_SHAPES: Record<TableName, z.ZodType> = {
  documents: z.looseObject({ id: text, text, meta: z.looseObject({}) }),
  annotationSets: z.looseObject({
    ...key,
    status: text,
    schema: text,
    entities: z.array(z.looseObject({ id: text })),
    events: z.array(z.looseObject({ id: text })),
    updatedAt: z.number(),
  }),
  settings: z.looseObject({ key: text }),
  history: z.looseObject({ id: int, ...key, stack: z.enum(['done', 'undone']), position: z.number(), entry: z.looseObject({}) }),
  operations: z.looseObject({ seq: int, id: text, ...key, operation: z.looseObject({ kind: text }), at: z.number() }),
  stats: z.looseObject({ ...key, activeMs: z.number(), yield: z.looseObject({}), updatedAt: z.number() }),
  reviewComments: z.looseObject({ docId: text, disagreement: text, text, reviewer: text, at: z.number() }),
};
const PRIMARY_KEY: Record<TableName, (r: Row) => string> = {
  documents: (r) => String(r.id),
  annotationSets: (r) => `${r.docId}\u0000${r.annotator}`,
  settings: (r) => String(r.key),
  history: (r) => String(r.id),
  operations: (r) => String(r.seq),
  stats: (r) => `${r.docId}\u0000${r.annotator}`,
  reviewComments: (r) => `${r.docId}\u0000${r.disagreement}`,
};

const envelopeShape = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: int.min(1),
  createdAt: text,
  databaseVersion: int.min(1),
  checksum: text,
  tables: z.record(text, z.array(z.unknown())),
});

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

function decompress(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: InputError } {
  let raw = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes);
    } catch (e) {
      return { ok: false, error: { file, line: 0, reason: `not a complete gzip file (${(e as Error).message})` } };
    }
  }
  const decoded = decodeUtf8(raw, file);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}

/** What is wrong with one table's rows: shapes, duplicate keys. */
function tableProblems(table: TableName, rows: unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const shaped = ROW_SHAPES[table].safeParse(row);
    if (!shaped.success) {
      const issue = shaped.error.issues[0];
      problems.push(`${table} record ${i + 1}: ${issue.path.join('.') || 'record'}: ${issue.message}`);
      return;
    }
    const k = PRIMARY_KEY[table](row as Row);
    if (seen.has(k)) problems.push(`${table} record ${i + 1}: key ${k.replace('\u0000', ' / ')} appears twice`);
    seen.add(k);
  });
  return problems;
}

/** Sets must annotate a document of the backup, at offsets that fit its text. */
function setProblems(tables: BackupTables): string[] {
  const texts = new Map(tables.documents.map((d) => [d.id as string, d.text as string]));
  return tables.annotationSets.flatMap((set) => {
    const where = `set of ${set.docId} by ${set.annotator}`;
    const docText = texts.get(set.docId as string);
    if (docText === undefined) return [`${where}: no document ${set.docId} in the backup`];
    return annotationProblems(docText, set as never, null).map((p) => `${where}: ${p}`);
  });
}

/**
 * Reads a backup file (gzip'd or plain JSON) and checks everything before anything is used: the
 * envelope, the checksum, each table's records, and that every set fits its document's text.
 */
export function readBackup(file: string, bytes: Uint8Array): BackupRead {
  const fail = (reason: string): BackupRead => ({ ok: false, errors: [{ file, line: 0, reason }] });
  const decoded = decompress(file, bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const json = readJson(decoded.text);
  if (!json.ok) return fail(json.reason);
  const envelope = envelopeShape.safeParse(json.value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return fail(`not a glose backup: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  const { formatVersion, databaseVersion, checksum, createdAt } = envelope.data;
  if (formatVersion > BACKUP_FORMAT_VERSION)
    return fail(`backup format ${formatVersion} is newer than this glose reads (${BACKUP_FORMAT_VERSION}): update glose`);
  const unknown = Object.keys(envelope.data.tables).filter((t) => !(t in BACKUP_TABLES));
  if (unknown.length) return fail(`tables this glose does not know: ${unknown.join(', ')} (written by a newer glose?)`);
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, (envelope.data.tables[t] ?? []) as Row[]])) as BackupTables;
  // Written as it came: the hash is of what the writer hashed, tables absent from an older backup included as absent.
  if (checksumOf(envelope.data.tables as BackupTables) !== checksum) return fail('the checksum does not match: the file is damaged or was changed by hand');
  const problems = [
    ...TABLE_NAMES.filter((t) => BACKUP_TABLES[t] > databaseVersion && tables[t].length > 0).map(
      (t) => `${t}: not a table of database version ${databaseVersion}`,
    ),
    ...TABLE_NAMES.flatMap((t) => tableProblems(t, tables[t])),
  ];
  if (!problems.length) problems.push(...setProblems(tables));
  if (problems.length) return { ok: false, errors: problems.map((reason) => ({ file, line: 0, reason })) };
  return { ok: true, backup: { format: BACKUP_FORMAT, formatVersion, createdAt, databaseVersion, tables } };
}

export interface BackupSummary {
  createdAt: string;
  databaseVersion: number;
  counts: Record<TableName, number>;
  annotators: string[];
}

export function summarizeBackup(backup: Backup): BackupSummary {
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, backup.tables[t].length])) as Record<TableName, number>;
  const annotators = [...new Set(backup.tables.annotationSets.map((s) => s.annotator as string))].sort();
  return { createdAt: backup.createdAt, databaseVersion: backup.databaseVersion, counts, annotators };
}
