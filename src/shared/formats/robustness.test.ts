import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationProblems } from '../model/validate';
import { frConflictNews, SchemaIndex } from '../schema';
import { bratConfToSchema, schemaToBratConf } from './brat-conf';
import { formats, type InputFile } from './registry';
import { goldRecordsArb } from './test-arbitraries';

const schema = frConflictNews;
const index = new SchemaIndex(schema);
const importers = formats.filter((f) => f.importFiles);

/** Damages a file: cuts it, duplicates or drops a line, or changes one character. */
const damage = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('cut', 'dup', 'drop', 'char'), fc.constantFrom('x', '9', '\t', ' ', '"', ':', '\n', '😀', '-1'));

function damaged(content: string, [at, line, how, ch]: [number, number, string, string]): string {
  const lines = content.split('\n');
  const n = line % Math.max(1, lines.length);
  if (how === 'cut') return content.slice(0, at % (content.length + 1));
  if (how === 'dup') return [...lines.slice(0, n + 1), lines[n], ...lines.slice(n + 1)].join('\n');
  if (how === 'drop') return [...lines.slice(0, n), ...lines.slice(n + 1)].join('\n');
  const i = at % Math.max(1, content.length);
  return content.slice(0, i) + ch + content.slice(i + 1);
}

describe('importers on damaged input (fast-check)', () => {
  for (const format of importers) {
    it(`${format.id}: never throws, and every record it returns is valid, with or without --valid-only`, () => {
      fc.assert(
        fc.property(
          goldRecordsArb(schema, { attributes: true }),
          fc.array(damage, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          (records, damages, validOnly) => {
            const exported = format.exportRecords(records, schema).files;
            const target = damages[0][1] % exported.length;
            const files: InputFile[] = exported.map((f, k) => ({ ...f, content: k === target ? damages.reduce(damaged, f.content) : f.content }));
            const result = format.importFiles!(files, schema, { validOnly });
            for (const r of result.records) expect(annotationProblems(r.text, r, index)).toEqual([]);
            // An exception inside a parser would be caught and reported as "could not be read": none may happen.
            for (const e of result.errors) expect(e.reason).not.toMatch(/^could not be read/);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('random text is never fatal to any importer or to the annotation.conf reader', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (content) => {
        for (const f of importers)
          f.importFiles!(
            [
              { name: 'x.jsonl', content },
              { name: 'x.txt', content },
              { name: 'x.ann', content },
            ],
            schema,
          );
        bratConfToSchema(content, 'annotation.conf');
        bratConfToSchema(schemaToBratConf(schema).content + content, 'annotation.conf');
      }),
    );
  });
});
