import { readBackup, summarizeBackup, TABLE_NAMES, writeBackup, type Backup } from '../../../shared/backup/backup-file';
import { backupFromRecords, backupRecords, RECORDS_DATABASE_VERSION } from '../../../shared/backup/backup-records';
import { goldRecordProblems, parseGoldJsonl, serializeGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { formatInputError, type GoldRecord, type InputError } from '../../../shared/model/types';
import { SchemaIndex } from '../../../shared/schema';
import { parseCommandArgs } from '../args';
import { readInputFile, readRegularFile } from '../read-input';
import { schemaOption } from '../schema-input';
import type { CliCommand, CliIO } from '../types';
import { writeOutputFile } from '../write-output';

/**
 * The app's "Back up everything" file (shared/backup) from the command line, which has no database of
 * the app: check one and say what it holds, take every set out of one as gold JSONL, and make one from
 * gold JSONL to restore into the app. Restoring itself is the app's (File ▸ Restore a backup…).
 */

async function loadBackup(file: string, io: CliIO): Promise<Backup | null> {
  const read = await readRegularFile(file);
  const backup = read.ok ? readBackup(file, read.bytes) : { ok: false as const, errors: [read.error] };
  if (backup.ok) return backup.backup;
  for (const e of backup.errors) io.stdout(formatInputError(e) + '\n');
  return null;
}

/** Problems `validate` would find in the records taken out of a backup (structure only: the labels are the app's schema's). */
function recordProblems(file: string, records: GoldRecord[]): InputError[] {
  return records.flatMap((r) => {
    const checked = goldRecordProblems(r, null);
    return checked.problems.map((reason) => ({ file, line: 0, reason: `set of ${r.id} by ${r.annotator}: ${reason}` }));
  });
}

export const validateBackup: CliCommand = {
  name: 'validate-backup',
  usage: '<backup.json.gz>',
  summary:
    "Checks a backup of the app (checksum, every table's records, every set against its text) and prints what it holds; exit 1 if it cannot be restored.",
  async run(args, io) {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok || parsed.positionals.length !== 1) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: validate-backup ${this.usage}\n`);
      return 2;
    }
    const file = parsed.positionals[0];
    const backup = await loadBackup(file, io);
    if (!backup) return 1;
    const problems = recordProblems(file, backupRecords(backup));
    for (const e of problems) io.stdout(formatInputError(e) + '\n');
    const s = summarizeBackup(backup);
    const statuses = new Map<string, number>();
    for (const set of backup.tables.annotationSets) statuses.set(set.status as string, (statuses.get(set.status as string) ?? 0) + 1);
    io.stdout(`${file}: a glose backup made ${s.createdAt}, database version ${s.databaseVersion}\n`);
    for (const t of TABLE_NAMES) io.stdout(`  ${t}: ${s.counts[t]}\n`);
    io.stdout(`  annotators: ${s.annotators.join(', ') || 'none'}\n`);
    io.stdout(`  statuses: ${[...statuses].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}\n`);
    return problems.length ? 1 : 0;
  },
};

export const backupToJsonl: CliCommand = {
  name: 'backup-to-jsonl',
  usage: '<backup.json.gz> -o out.jsonl',
  summary: 'Writes every annotation set of a backup as gold JSONL (with its work figures in meta), as the app exports them.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' } });
    if (!parsed.ok || parsed.positionals.length !== 1 || !parsed.values.output) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: backup-to-jsonl ${this.usage}\n`);
      return 2;
    }
    const [file, output] = [parsed.positionals[0], parsed.values.output];
    const backup = await loadBackup(file, io);
    if (!backup) return 1;
    const records = backupRecords(backup);
    const problems = recordProblems(file, records);
    for (const e of problems) io.stdout(formatInputError(e) + '\n');
    if (problems.length) return 1;
    await writeOutputFile(output, serializeGoldJsonl(records));
    io.stderr(`${records.length} record(s) written to ${output}\n`);
    return 0;
  },
};

export const jsonlToBackup: CliCommand = {
  name: 'jsonl-to-backup',
  usage: '<file.jsonl>... -o backup.json.gz [--schema schema.json|annotation.conf]',
  summary:
    'Makes a backup holding exactly these gold records (documents, sets, work figures; no history or settings), to restore into the app; writes nothing if any record is refused.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, schema: { type: 'string' } });
    if (!parsed.ok || parsed.positionals.length === 0 || !parsed.values.output) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: jsonl-to-backup ${this.usage}\n`);
      return 2;
    }
    const loaded = await schemaOption(parsed.values.schema);
    if (!('schema' in loaded)) {
      for (const e of loaded.errors) io.stderr(formatInputError(e) + '\n');
      return 1;
    }
    const records: GoldRecord[] = [];
    const errors: InputError[] = [];
    for (const file of parsed.positionals) {
      const read = await readInputFile(file);
      if (!read.ok) {
        errors.push(read.error);
        continue;
      }
      const result = parseGoldJsonl(read.file.content, { file, schema: new SchemaIndex(loaded.schema) });
      errors.push(...result.errors);
      records.push(...result.records);
    }
    errors.push(...conflicts(records));
    for (const e of errors) io.stdout(formatInputError(e) + '\n');
    if (errors.length) {
      io.stderr(`nothing written: ${errors.length} problem(s)\n`);
      return 1;
    }
    await writeOutputFile(parsed.values.output, writeBackup(backupFromRecords(records), RECORDS_DATABASE_VERSION));
    io.stderr(`a backup of ${records.length} record(s) written to ${parsed.values.output}\n`);
    return 0;
  },
};

/** Records of several files that one database cannot hold: one set twice, or one document id with two texts. */
function conflicts(records: GoldRecord[]): InputError[] {
  const texts = new Map<string, string>();
  const sets = new Set<string>();
  const out: InputError[] = [];
  for (const r of records) {
    const key = `${r.id}\u0000${r.annotator}`;
    if (sets.has(key)) out.push({ file: r.id, line: 0, reason: `document ${r.id} by ${r.annotator} is given twice` });
    sets.add(key);
    const text = texts.get(r.id);
    if (text !== undefined && text !== r.text) out.push({ file: r.id, line: 0, reason: `document ${r.id} is given with two different texts` });
    texts.set(r.id, r.text);
  }
  return out;
}
