import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputError } from '../model/types';
import { frConflictNews, SchemaIndex } from '../schema';
import { loadTextDocument } from '../text/load';
import { bratConfToSchema } from './brat-conf';
import { inputFileFromBytes, type InputFile } from './files';
import { goldRecordProblems } from './gold-jsonl';
import { MAX_JSON_DEPTH } from './json';
import { formats } from './registry';
import { importSchemaJson } from './schema-json';

/**
 * Fuzzing every reader from bytes (issue 14): random bytes, wrong encodings, truncated and deep JSON,
 * huge lines, wrong offsets, unknown labels, duplicate ids, dangling and cyclic event references. None
 * may throw; every error names a file, a line and a reason; whatever is returned passes `validate`,
 * and nothing is returned of a file with errors unless its valid part was asked for.
 */

const schema = frConflictNews;
const index = new SchemaIndex(schema);
const importers = formats.filter((f) => f.importFiles);
const NAMES = ['a.jsonl', 'a.txt', 'a.ann', 'a.glose.json', 'a.conll', 'b.txt', 'b.ann'];

/** Errors that do not name one of the files, a line (0: the whole file) and a reason, or that hide an exception. */
function wellFormed(errors: InputError[], files: string[]): void {
  const bad = errors.filter(
    (e) => !files.includes(e.file) || !Number.isInteger(e.line) || e.line < 0 || e.reason.length === 0 || /^could not be read/.test(e.reason), // `guarded` caught an exception
  );
  expect(bad).toEqual([]);
}

function checkImport(files: InputFile[], validOnly: boolean): void {
  for (const format of importers) {
    const r = format.importFiles!(files, schema, { validOnly });
    wellFormed(
      r.errors,
      files.map((f) => f.name),
    );
    expect(r.records.flatMap((record) => goldRecordProblems(record, index).problems)).toEqual([]);
    if (!validOnly && r.errors.length) {
      const faulty = new Set(r.errors.map((e) => e.file));
      // brat pairs a .txt with its .ann: an error on either withholds the document.
      for (const record of r.records) expect(faulty.has(`${record.id}.ann`) || faulty.has(record.meta.source)).toBe(false);
    }
  }
}

/** Lines that look like each format's, with wrong parts: what a fuzzer needs to get past the first check. */
const LINE = fc.oneof(
  fc.constantFrom(
    'T1\tPER 0 5\tDerna',
    'T1\tGPE 0 5\tDerna',
    'T2\tFOO 0 3\tDer',
    'T3\tConflict.Attack 6 9\test',
    'E1\tConflict.Attack:T3 Attacker:T1 Target:E2',
    'E2\tConflict.Attack:T3 Target:E1',
    'E3\tConflict.Attack:T9',
    'A1\trealis E1 bogus',
    '#1\tAnnotatorNotes R1\tnote',
    'R1\tLocated Arg1:T1 Arg2:T1',
    'T4\tPER 0 2;3 5\tDe na',
    'T1\tPER -1 99\tx',
    '-DOCSTART- -X- -X- O',
    'Derna B-GPE',
    'est I-PER',
    'Haftar\tS-PER',
    'x\tQ-PER',
    '{"text": "Derna", "label": [[0, 5, "GPE"], [3, 99, "PER"]]}',
    '{"text": "Derna", "entities": [[0, 5, "GPE"]]}',
    '{"text": "Derna", "entities": [{"id": 1, "label": "Conflict.Attack", "start_offset": 0, "end_offset": 5}], "relations": [{"from_id": 1, "to_id": 1, "type": "Target"}]}',
    '{"text": "Derna", "tokens": [{"text": "Derna", "start": 0, "end": 5}], "spans": [{"start": 0, "end": 5, "label": "GPE", "token_start": 0, "token_end": 3}]}',
    '{"id": "x", "text": "Derna", "meta": {"source": "x", "date": "2019-13"}, "annotator": "a", "status": "done", "schema": "s@1", "entities": [], "events": []}',
    '{"id":"a","meta":{"source":"a.txt"},"annotator":"x","status":"done","schema":"fr-conflict-news@1"}',
    '[',
    '{',
    '}',
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);
const fileText = fc.array(LINE, { maxLength: 12 }).map((ls) => ls.join('\n'));
const encode = (s: string) => new TextEncoder().encode(s);

describe('fuzzing every reader (fast-check)', () => {
  it('importers: files of format-like lines, some damaged, with or without --valid-only', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...NAMES), fileText), { minLength: 1, maxLength: 4 }), fc.boolean(), (pairs, validOnly) => {
        const files = [...new Map(pairs).entries()].map(([name, content]) => ({ name, content }));
        checkImport(files, validOnly);
      }),
      { numRuns: 150 },
    );
  });

  it('importers from bytes: random bytes, Latin-1, UTF-16, truncated UTF-8 go through the one decoder', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fileText.map((t) => Uint8Array.from([...t].map((c) => c.charCodeAt(0) & 0xff))), // Latin-1
      fileText.map((t) => new Uint8Array(new Uint16Array([0xfeff, ...[...t].map((c) => c.charCodeAt(0))]).buffer)), // UTF-16
      fc.tuple(fileText, fc.nat()).map(([t, cut]) => encode(t).slice(0, cut % (encode(t).length + 1))), // truncated
    );
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), bytes, fc.boolean(), (name, b, validOnly) => {
        const read = inputFileFromBytes(name, b);
        if (!read.ok) {
          wellFormed([read.error], [name]);
          expect(read.error.reason).toMatch(/UTF-8/);
          return;
        }
        checkImport([read.file], validOnly);
        const loaded = loadTextDocument(name, b);
        if (!loaded.ok) wellFormed([loaded.error], [name]);
      }),
      { numRuns: 200 },
    );
  });

  it(`JSON nested deeper than ${MAX_JSON_DEPTH} levels is refused on its line by every JSON reader, 20 000 deep included`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const close = open === '[' ? ']' : '}';
        const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
        const line = `{"id":"d","text":"x","meta":{"source":"d","n":${nested}},"annotator":"a","status":"new","schema":"s@1","entities":[],"events":[]}`;
        const deep = depth + 2 > MAX_JSON_DEPTH;
        for (const format of importers.filter((f) => f.extensions.includes('.jsonl'))) {
          const r = format.importFiles!([{ name: 'd.jsonl', content: `\n${line}\n` }], schema);
          wellFormed(r.errors, ['d.jsonl']);
          if (deep) expect(r.errors).toContainEqual({ file: 'd.jsonl', line: 2, reason: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` });
        }
        const s = importSchemaJson(nested, 's.json');
        if (depth > MAX_JSON_DEPTH)
          expect('errors' in s && s.errors[0]).toEqual({ file: 's.json', line: 1, reason: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` });
      }),
      { numRuns: 40 },
    );
  });

  it('huge lines and many annotations do not throw', () => {
    const word = 'Derna '.repeat(200_000);
    const ann = Array.from({ length: 5000 }, (_, i) => `T${i + 1}\tGPE ${i * 6} ${i * 6 + 5}\tDerna`).join('\n');
    checkImport(
      [
        { name: 'a.txt', content: word },
        { name: 'a.ann', content: ann },
        { name: 'a.jsonl', content: JSON.stringify({ text: word, label: [[0, 5, 'GPE']] }) },
        { name: 'a.conll', content: 'Derna B-GPE\n'.repeat(50_000) },
      ],
      false,
    );
  });

  it('the schema JSON and annotation.conf readers take any text and any bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fileText,
          fc.uint8Array({ maxLength: 200 }).map((b) => String.fromCharCode(...b)),
        ),
        (text) => {
          const conf = bratConfToSchema(`[entities]\n${text}\n[events]\n${text}\n[attributes]\n${text}`, 'annotation.conf');
          wellFormed(conf.errors, ['annotation.conf']);
          for (const e of conf.errors) expect(e.line).toBeGreaterThan(0);
          for (const w of conf.warnings) expect(w).toMatch(/^annotation\.conf:[1-9]\d*: /);
          const plain = bratConfToSchema(text, 'annotation.conf');
          for (const e of plain.errors) expect(e.line).toBeGreaterThan(0);
          const json = importSchemaJson(text, 'schema.json');
          if ('errors' in json) wellFormed(json.errors, ['schema.json']);
        },
      ),
      { numRuns: 300 },
    );
  });
});
