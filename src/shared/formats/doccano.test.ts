import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../model/types';
import { frConflictNews } from '../schema';
import { exportDoccanoRel, exportDoccanoSeq, importDoccano } from './doccano';

/*
 * Lines written by hand from doccano's dataset documentation: sequence labelling
 * {"text", "label": [[start, end, "LABEL"], …]} and relation extraction {"text", "entities": [{"id",
 * "label", "start_offset", "end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}.
 * "Haftar 😀 attaque Derna." in code points: Haftar 0..6, 😀 at 7, attaque 9..16, Derna 17..22.
 */
const TEXT = 'Haftar 😀 attaque Derna.';

const GOOD = [
  `{"id": 7, "text": "${TEXT}", "label": [[17, 22, "GPE"], [0, 6, "PER"]]}`,
  '{"text": "Sans annotation."}',
  `{"id": "r1", "text": "${TEXT}", "entities": [{"id": 11, "label": "PER", "start_offset": 0, "end_offset": 6}, {"id": 12, "label": "GPE", "start_offset": 17, "end_offset": 22}, {"id": 13, "label": "Conflict.Attack", "start_offset": 9, "end_offset": 16}], "relations": [{"id": 1, "from_id": 13, "to_id": 11, "type": "Attacker"}, {"id": 2, "from_id": 13, "to_id": 12, "type": "Target"}, {"id": 3, "from_id": 11, "to_id": 12, "type": "Located"}], "Comments": []}`,
];

const BAD = [
  'not json',
  '{"text": "Derna", "label": [[0, 9, "GPE"]]}',
  '{"text": "Derna", "label": [[0, 5, "CITY"]]}',
  '{"label": []}',
  '{"text": "Derna", "label": [[0, "5", "GPE"]]}',
  '{"text": "Derna", "entities": [{"id": 1, "label": "GPE", "start_offset": 0, "end_offset": 5}], "relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "Place"}]}',
];

const base = { annotator: 'imported', status: 'in-progress', schema: 'fr-conflict-news@1' } as const;
const PER = { id: 'T1', start: 0, end: 6, label: 'PER', text: 'Haftar' };
const GPE = { id: 'T2', start: 17, end: 22, label: 'GPE', text: 'Derna' };

describe('doccano import', () => {
  it('reads both variants; ids from the id field or the line number; events from trigger entities and their relations', () => {
    const r = importDoccano([{ name: 'in/d.jsonl', content: GOOD.join('\n') + '\n' }], frConflictNews);
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual<GoldRecord[]>([
      { id: '7', text: TEXT, meta: { source: 'd.jsonl' }, ...base, entities: [PER, GPE], events: [] },
      { id: 'd-2', text: 'Sans annotation.', meta: { source: 'd.jsonl' }, ...base, entities: [], events: [] },
      {
        id: 'r1',
        text: TEXT,
        meta: { Comments: [], source: 'd.jsonl' },
        ...base,
        entities: [PER, GPE],
        events: [
          {
            id: 'E1',
            type: 'Conflict.Attack',
            trigger: { start: 9, end: 16, text: 'attaque' },
            arguments: [
              { role: 'Attacker', entity: 'T1' },
              { role: 'Target', entity: 'T2' },
            ],
          },
        ],
      },
    ]);
    expect(r.warnings).toEqual(['in/d.jsonl:3: relation Located between two mentions left out (only event arguments are read)']);
  });

  it('reports every bad line and imports nothing of the file unless its valid part is asked for', () => {
    const content = [...GOOD, ...BAD].join('\n');
    const strict = importDoccano([{ name: 'd.jsonl', content }], frConflictNews);
    expect(strict.records).toEqual([]);
    expect(strict.errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(strict.errors[0].reason).toMatch(/^not JSON/);
    expect(strict.errors[1].reason).toMatch(/offsets 0\.\.9 are outside the text/);
    expect(strict.errors[2].reason).toMatch(/unknown label CITY/);
    expect(strict.errors[3].reason).toBe('missing field text');
    expect(strict.errors[4].reason).toMatch(/label\[0\]: expected \[start, end, "LABEL"\]/);
    expect(strict.errors[5].reason).toMatch(/from_id 1 is not an entity|to_id 2 is not an entity mention/);
    const lenient = importDoccano([{ name: 'd.jsonl', content }], frConflictNews, { validOnly: true });
    expect(lenient.records.map((x) => x.id)).toEqual(['7', 'd-2', 'r1']);
    expect(lenient.errors).toHaveLength(6);
  });

  it('refuses a second line with the same id', () => {
    const r = importDoccano([{ name: 'd.jsonl', content: `{"id": 1, "text": "a"}\n{"id": 1, "text": "b"}` }], frConflictNews);
    expect(r.errors).toEqual([{ file: 'd.jsonl', line: 2, reason: 'duplicate document id 1 (already on line 1)' }]);
  });
});

describe('doccano export', () => {
  const record: GoldRecord = {
    id: 'r1',
    text: TEXT,
    meta: { source: 'r1.txt' },
    annotator: 'alice',
    status: 'done',
    schema: 'fr-conflict-news@1',
    entities: [GPE, PER],
    events: [
      {
        id: 'E1',
        type: 'Conflict.Attack',
        trigger: { start: 9, end: 16, text: 'attaque' },
        arguments: [
          { role: 'Attacker', entity: 'T1' },
          { role: 'Target', entity: 'T2' },
        ],
        attributes: { realis: 'actual' },
      },
    ],
  };

  it('sequence labelling: [start, end, label] in text order, events left out with a warning', () => {
    const out = exportDoccanoSeq([record], frConflictNews);
    expect(out.files[0].content).toBe(`{"id":"r1","text":"${TEXT}","label":[[0,6,"PER"],[17,22,"GPE"]],"meta":{"source":"r1.txt"}}\n`);
    expect(out.warnings).toEqual(['1 event left out (doccano sequence labelling has no events; use doccano-rel)']);
  });

  it('relations: the trigger is an entity labelled with the event type, one relation per argument', () => {
    const out = exportDoccanoRel([record], frConflictNews);
    expect(JSON.parse(out.files[0].content)).toEqual({
      id: 'r1',
      text: TEXT,
      meta: { source: 'r1.txt' },
      entities: [
        { id: 1, label: 'PER', start_offset: 0, end_offset: 6 },
        { id: 2, label: 'GPE', start_offset: 17, end_offset: 22 },
        { id: 3, label: 'Conflict.Attack', start_offset: 9, end_offset: 16 },
      ],
      relations: [
        { id: 1, from_id: 3, to_id: 1, type: 'Attacker' },
        { id: 2, from_id: 3, to_id: 2, type: 'Target' },
      ],
    });
    expect(out.warnings).toEqual(['attributes of 1 annotation left out (doccano has no attributes)']);
  });
});
