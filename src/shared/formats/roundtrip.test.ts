import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../model/types';
import { frConflictNews } from '../schema';
import { outermost } from './conll';
import { BRAT_SIDE_SUFFIX } from './brat';
import { formatById, type Format, type InputFile } from './registry';
import { canonical, goldRecordArb, goldRecordsArb } from './test-arbitraries';
import { exportTokens } from './export-tokens';
import { serializeGoldJsonl } from './gold-jsonl';

const schema = frConflictNews;

function roundTrip(format: Format, records: GoldRecord[], keep: (files: InputFile[]) => InputFile[] = (f) => f) {
  const exported = format.exportRecords(records, schema);
  const imported = format.importFiles!(keep(exported.files), schema);
  return { exported, imported };
}

/** What a format that carries only mentions (and meta, not who annotated) keeps of a record. */
function mentionsOnly(r: GoldRecord, withEvents = false): GoldRecord {
  return {
    ...r,
    annotator: 'imported',
    status: 'in-progress',
    entities: r.entities.map(({ attributes: _a, ...m }) => m),
    events: withEvents ? r.events.map(({ attributes: _a, ...e }) => e) : [],
  };
}

describe('round trips (fast-check)', () => {
  it('gold JSONL gives back the same records', () => {
    fc.assert(
      fc.property(goldRecordsArb(schema, { attributes: true }), (records) => {
        const { imported } = roundTrip(formatById('jsonl')!, records);
        expect(imported.errors).toEqual([]);
        expect(imported.records.map(canonical)).toEqual(records.map(canonical));
      }),
    );
  });

  it('brat with its side files gives back the same records, attributes and notes included', () => {
    fc.assert(
      fc.property(goldRecordsArb(schema, { attributes: true }), (records) => {
        const { imported } = roundTrip(formatById('brat')!, records);
        expect(imported.errors).toEqual([]);
        expect(imported.records.map(canonical)).toEqual(records.map(canonical));
      }),
    );
  });

  it('brat without side files keeps every annotation; id from the file name, meta reduced to source', () => {
    fc.assert(
      fc.property(goldRecordArb(schema, { attributes: true }), (record) => {
        const { imported } = roundTrip(formatById('brat')!, [record], (files) => files.filter((f) => !f.name.endsWith(BRAT_SIDE_SUFFIX)));
        expect(imported.errors).toEqual([]);
        const expected: GoldRecord = { ...record, meta: { source: `${record.id}.txt` }, annotator: 'imported', status: 'in-progress' };
        expect(imported.records.map(canonical)).toEqual([canonical(expected)]);
      }),
    );
  });

  it('doccano (sequence labelling) keeps mentions, texts, ids and meta', () => {
    fc.assert(
      fc.property(goldRecordsArb(schema, { attributes: true }), (records) => {
        const { imported } = roundTrip(formatById('doccano')!, records);
        expect(imported.errors).toEqual([]);
        expect(imported.records.map(canonical)).toEqual(records.map((r) => canonical(mentionsOnly(r))));
      }),
    );
  });

  it('doccano (relations) keeps mentions and events with their arguments', () => {
    fc.assert(
      fc.property(goldRecordsArb(schema, { attributes: true }), (records) => {
        const { imported } = roundTrip(formatById('doccano-rel')!, records);
        expect(imported.errors).toEqual([]);
        expect(imported.records.map(canonical)).toEqual(records.map((r) => canonical(mentionsOnly(r, true))));
      }),
    );
  });

  it('spaCy/Prodigy keeps mentions, aligned or not, and warns only about those off token boundaries', () => {
    fc.assert(
      fc.property(goldRecordsArb(schema), fc.boolean(), (records, _) => {
        const { exported, imported } = roundTrip(formatById('spacy')!, records);
        expect(imported.errors).toEqual([]);
        expect(imported.records.map(canonical)).toEqual(records.map((r) => canonical(mentionsOnly(r))));
        const events = records.reduce((n, r) => n + r.events.length, 0);
        expect(exported.warnings.some((w) => /events? left out/.test(w))).toBe(events > 0);
      }),
    );
    fc.assert(
      fc.property(goldRecordsArb(schema, { aligned: true }), (records) => {
        const { exported, imported } = roundTrip(formatById('spacy')!, records);
        expect(exported.warnings.filter((w) => /token boundaries/.test(w))).toEqual([]);
        expect(imported.warnings).toEqual([]);
      }),
    );
  });

  it('spaCy tokens and ws rebuild the text exactly, as Doc(words, spaces) needs', () => {
    fc.assert(
      fc.property(goldRecordArb(schema), (record) => {
        const line = JSON.parse(formatById('spacy')!.exportRecords([record], schema).files[0].content) as { tokens: { text: string; ws: boolean }[] };
        expect(line.tokens.map((t) => t.text + (t.ws ? ' ' : '')).join('')).toBe(record.text);
      }),
    );
  });

  it('CoNLL BIO read back gives the outermost mentions on the tokens', () => {
    fc.assert(
      fc.property(goldRecordArb(schema, { aligned: true }), (record) => {
        const { files } = formatById('conll')!.exportRecords([record], schema);
        const lines = files[0].content.split('\n').filter((l) => l !== '' && !l.startsWith('-DOCSTART-'));
        const tokens = exportTokens(record.text);
        expect(lines.map((l) => l.split('\t')[0])).toEqual(tokens.map((t) => t.text));
        expect(
          readBio(
            lines.map((l) => l.split('\t')[1]),
            tokens,
          ),
        ).toEqual(outermost(record.entities, { nested: 0, crossing: 0 }).map((m) => `${m.label} ${m.start} ${m.end}`));
      }),
    );
  });
});

describe('CoNLL round trip (fast-check)', () => {
  it('JSONL → CoNLL → JSONL keeps the outermost mentions on their words; a second trip changes no byte', () => {
    fc.assert(
      fc.property(goldRecordArb(schema, { aligned: true }), (record) => {
        const conll = formatById('conll')!;
        const once = conll.importFiles!(conll.exportRecords([record], schema).files, schema);
        expect(once.errors).toEqual([]);
        const tokens = exportTokens(record.text);
        const words = (m: { start: number; end: number }) =>
          tokens
            .filter((t) => t.start >= m.start && t.end <= m.end)
            .map((t) => t.text)
            .join(' ');
        expect(once.records[0].entities.map((m) => `${m.label} ${m.text}`)).toEqual(
          outermost(record.entities, { nested: 0, crossing: 0 }).map((m) => `${m.label} ${words(m)}`),
        );
        const twice = conll.importFiles!(conll.exportRecords(once.records, schema).files, schema);
        expect(serializeGoldJsonl(twice.records)).toBe(serializeGoldJsonl(once.records));
      }),
      { numRuns: 60 },
    );
  });
});

/** A minimal BIO reader, written from the scheme's definition, to check the export. */
function readBio(tags: string[], tokens: { start: number; end: number }[]): string[] {
  const out: string[] = [];
  let open: { label: string; start: number; end: number } | null = null;
  tags.forEach((tag, i) => {
    if (tag.startsWith('I-') && open && tag.slice(2) === open.label) {
      open.end = tokens[i].end;
      return;
    }
    if (open) out.push(`${open.label} ${open.start} ${open.end}`);
    open = tag === 'O' ? null : { label: tag.slice(2), start: tokens[i].start, end: tokens[i].end };
  });
  if (open) out.push(`${(open as { label: string }).label} ${(open as { start: number }).start} ${(open as { end: number }).end}`);
  return out;
}
