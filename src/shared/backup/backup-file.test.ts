import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl, serializeGoldJsonl } from '../formats/gold-jsonl';
import { readBackup, summarizeBackup, writeBackup, type BackupTables } from './backup-file';
import { backupFromRecords, backupRecords, RECORDS_DATABASE_VERSION } from './backup-records';

const gold = (name: string) => {
  const file = `test/fixtures/seeds.${name}.jsonl`;
  return parseGoldJsonl(readFileSync(file, 'utf8'), { file }).records;
};
const records = [...gold('A'), ...gold('B')];
const tables = backupFromRecords(records, 1);
const bytes = writeBackup(tables, RECORDS_DATABASE_VERSION, new Date('2025-01-02T03:04:05Z'));
const reasons = (b: Uint8Array) => {
  const read = readBackup('b.json.gz', b);
  return read.ok ? [] : read.errors.map((e) => e.reason);
};
/** The backup's JSON changed by `edit`, written again without a new checksum. */
const edited = (edit: (json: { tables: BackupTables; [k: string]: unknown }) => void) => {
  const json = JSON.parse(strFromU8(gunzipSync(bytes)));
  edit(json);
  return gzipSync(strToU8(JSON.stringify(json)));
};

describe('backup file', () => {
  it('reads back what it wrote, and says what it holds', () => {
    const read = readBackup('b.json.gz', bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.tables).toEqual(tables);
    expect(summarizeBackup(read.backup)).toEqual({
      createdAt: '2025-01-02T03:04:05.000Z',
      databaseVersion: 3,
      counts: { documents: 5, annotationSets: 10, settings: 0, history: 0, operations: 0, stats: 0, reviewComments: 0 },
      annotators: ['A', 'B'],
    });
  });

  it('gold records go in and come out as they were', () => {
    const read = readBackup('b.json.gz', bytes);
    if (!read.ok) throw new Error('unreadable');
    expect(serializeGoldJsonl(backupRecords(read.backup))).toBe(
      serializeGoldJsonl([...records].sort((a, b) => a.id.localeCompare(b.id) || a.annotator.localeCompare(b.annotator))),
    );
  });

  it('also reads plain JSON', () => {
    expect(reasons(gunzipSync(bytes))).toEqual([]);
  });

  it('refuses a damaged, cut short or foreign file, saying why', () => {
    expect(reasons(bytes.slice(0, bytes.length - 20))[0]).toMatch(/gzip|JSON/);
    expect(reasons(edited((j) => (j.tables.documents[0].text = 'changé')))).toEqual([
      'the checksum does not match: the file is damaged or was changed by hand',
    ]);
    expect(reasons(edited((j) => (j.format = 'other')))[0]).toMatch(/not a glose backup: format/);
    expect(reasons(edited((j) => (j.formatVersion = 9)))[0]).toMatch(/newer than this glose reads/);
    expect(reasons(strToU8('{"a":1}'))[0]).toMatch(/not a glose backup/);
    expect(reasons(new Uint8Array([0xff, 0xfe, 0x00]))[0]).toMatch(/UTF-8/);
  });

  it('refuses records that restore could not use, even with a checksum that matches', () => {
    const broken = { ...tables, annotationSets: [...tables.annotationSets, { ...tables.annotationSets[0], docId: 'missing' }] };
    expect(reasons(writeBackup(broken, 3))).toEqual(['set of missing by A: no document missing in the backup']);
    const twice = { ...tables, documents: [...tables.documents, tables.documents[0]] };
    expect(reasons(writeBackup(twice, 3))[0]).toMatch(/appears twice/);
    const offsets = { ...tables, annotationSets: [{ ...tables.annotationSets[0], entities: [{ id: 'T1', start: 0, end: 3, text: 'zzz', label: 'PER' }] }] };
    expect(reasons(writeBackup(offsets, 3))[0]).toMatch(/does not match the text/);
    expect(reasons(writeBackup({ ...tables, stats: [{ docId: 'x' }] }, 3))[0]).toMatch(/stats record 1/);
    const figures = { docId: tables.documents[0].id, annotator: 'A', activeMs: 1000, yield: {}, updatedAt: 1 };
    expect(reasons(writeBackup({ ...tables, stats: [figures] }, 1))).toEqual(['stats: not a table of database version 1']);
  });
});
