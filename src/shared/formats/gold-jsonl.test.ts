import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goldRecord } from '../../../test/support/arbitraries';
import { SchemaIndex, frConflictNews } from '../schema';
import { parseGoldJsonl, serializeGoldJsonl, serializeGoldRecord } from './gold-jsonl';

const schema = new SchemaIndex(frConflictNews);
const labels = frConflictNews.entities.map((e) => e.name);
const types = frConflictNews.events.map((e) => ({ type: e.name, roles: e.roles.map((r) => r.name) }));

const good = {
  id: 'd1',
  text: 'Le maréchal Khalifa Haftar a détruit 😀 Derna.',
  meta: { source: 'd1.txt', lang: 'fr', date: '2018-05' },
  annotator: 'alice',
  status: 'done',
  schema: 'fr-conflict-news@1',
  entities: [
    { id: 'T2', start: 39, end: 44, label: 'GPE', text: 'Derna' },
    { id: 'T1', start: 12, end: 26, label: 'PER', text: 'Khalifa Haftar' },
  ],
  events: [
    {
      id: 'E1',
      type: 'Conflict.Attack',
      trigger: { start: 29, end: 36, text: 'détruit' },
      arguments: [
        { role: 'Attacker', entity: 'T1' },
        { role: 'Target', entity: 'T2' },
      ],
      attributes: { realis: 'actual' },
    },
  ],
};

const lineOf = (patch: (r: typeof good) => unknown) => JSON.stringify(patch(structuredClone(good)));

describe('gold JSONL reader', () => {
  it('reads a valid line whose offsets count code points past an emoji', () => {
    const r = parseGoldJsonl(lineOf((r) => r) + '\n', { file: 'a.jsonl', schema });
    expect(r.errors).toEqual([]);
    expect(r.records[0].entities.find((e) => e.id === 'T2')?.start).toBe(39);
  });

  it('reports every kind of bad line with its file, line number and reason', () => {
    const lines = [
      lineOf((r) => r),
      '{not json',
      lineOf((r) => ({ ...r, annotator: undefined })),
      lineOf((r) => ({ ...r, entities: [{ ...r.entities[0], end: 999 }, r.entities[1]] })),
      lineOf((r) => ({ ...r, entities: [{ ...r.entities[0], text: 'Tripoli' }, r.entities[1]] })),
      lineOf((r) => ({ ...r, id: 'd5', entities: [{ ...r.entities[0], label: 'ANIMAL' }, r.entities[1]] })),
      lineOf((r) => ({ ...r, id: 'd6', events: [{ ...r.events[0], arguments: [{ role: 'Weather', entity: 'T1' }] }] })),
      lineOf((r) => ({ ...r, id: 'd7', events: [{ ...r.events[0], arguments: [{ role: 'Attacker', entity: 'T9' }] }] })),
      lineOf((r) => ({ ...r, id: 'd8', entities: [r.entities[0], { ...r.entities[1], id: 'T2' }] })),
      lineOf((r) => r),
    ];
    const r = parseGoldJsonl(lines.join('\n'), { file: 'bad.jsonl', schema });
    expect(r.records.map((x) => x.id)).toEqual(['d1']);
    const byLine = (n: number) =>
      r.errors
        .filter((e) => e.line === n)
        .map((e) => e.reason)
        .join(' | ');
    expect(r.errors.every((e) => e.file === 'bad.jsonl')).toBe(true);
    expect(byLine(2)).toMatch(/not JSON/);
    expect(byLine(3)).toMatch(/annotator/);
    expect(byLine(4)).toMatch(/outside the text/);
    expect(byLine(5)).toMatch(/does not match/);
    expect(byLine(6)).toMatch(/unknown label ANIMAL/);
    expect(byLine(7)).toMatch(/no role Weather/);
    expect(byLine(8)).toMatch(/missing entity T9/);
    expect(byLine(9)).toMatch(/duplicate id T2/);
    expect(byLine(10)).toMatch(/duplicate record.*line 1/);
  });

  it('refuses a filler whose label the role does not allow', () => {
    const line = lineOf((r) => ({
      ...r,
      events: [
        {
          ...r.events[0],
          arguments: [
            { role: 'Attacker', entity: 'T2' },
            { role: 'Time', entity: 'T1' },
          ],
        },
      ],
    }));
    const r = parseGoldJsonl(line, { file: 'f', schema });
    expect(r.errors.map((e) => e.reason)).toEqual([expect.stringMatching(/Time does not take a PER/)]);
  });
});

describe('gold JSONL writer', () => {
  it('sorts mentions by start then end descending, and events by trigger start', () => {
    const nested = {
      ...good,
      text: 'université de Tripoli',
      entities: [
        { id: 'T1', start: 14, end: 21, label: 'GPE', text: 'Tripoli' },
        { id: 'T2', start: 0, end: 21, label: 'FAC', text: 'université de Tripoli' },
      ],
      events: [],
    };
    const out = JSON.parse(serializeGoldRecord(nested as never));
    expect(out.entities.map((e: { id: string }) => e.id)).toEqual(['T2', 'T1']);
    expect(Object.keys(out)).toEqual(['id', 'text', 'meta', 'annotator', 'status', 'schema', 'entities', 'events']);
  });

  it('leaves pending suggestions out of a gold export unless asked, with the arguments that named them', () => {
    const withPending = structuredClone(good) as never as Parameters<typeof serializeGoldRecord>[0];
    withPending.entities[0] = { ...withPending.entities[0], source: 'heuristic', confidence: 0.6 };
    const gold = JSON.parse(serializeGoldRecord(withPending));
    expect(gold.entities.map((e: { id: string }) => e.id)).toEqual(['T1']);
    expect(gold.events[0].arguments).toEqual([{ role: 'Attacker', entity: 'T1' }]);
    const all = JSON.parse(serializeGoldRecord(withPending, { includePending: true }));
    expect(all.entities[1]).toMatchObject({ id: 'T2', source: 'heuristic', confidence: 0.6 });
  });

  it('round-trips byte for byte: import an export and export it again', () => {
    fc.assert(
      fc.property(fc.array(goldRecord(labels, types), { minLength: 1, maxLength: 4 }), (records) => {
        const unique = records.map((r, i) => ({ ...r, id: `doc${i}` }));
        const first = serializeGoldJsonl(unique, { includePending: true });
        const parsed = parseGoldJsonl(first, { file: 'rt.jsonl', schema: null });
        expect(parsed.errors).toEqual([]);
        expect(serializeGoldJsonl(parsed.records, { includePending: true })).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the adjudicated seeds and writes lines Python can slice by code point', () => {
    const content = readFileSync(new URL('../../../test/fixtures/seeds.gold.jsonl', import.meta.url), 'utf8');
    const parsed = parseGoldJsonl(content, { file: 'seeds.gold.jsonl', schema });
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toHaveLength(5);
    const again = parseGoldJsonl(serializeGoldJsonl(parsed.records), { file: 'again', schema });
    expect(again.records).toEqual(parsed.records);
  });
});

describe('gold JSONL metadata', () => {
  it('keeps imported metadata as it came, key order included', () => {
    const line = JSON.stringify({ ...good, meta: { source: 'd1.txt', lang: 'fr', date: '2018-05', url: 'https://example.org/a', tags: ['libye'] } });
    const r = parseGoldJsonl(line, { file: 'm', schema });
    expect(JSON.stringify(JSON.parse(serializeGoldRecord(r.records[0])).meta)).toBe(
      '{"source":"d1.txt","lang":"fr","date":"2018-05","url":"https://example.org/a","tags":["libye"]}',
    );
  });
});
