import { describe, expect, it } from 'vitest';
import { serializeGoldJsonl, parseGoldJsonl, withoutPending } from '../formats/gold-jsonl';
import { isPending } from '../model/types';
import { adjudicate } from './adjudicate';
import { alignDocument } from './align';
import { groupRecords } from './corpus';
import { record, twoAnnotators, TWO_TEXT } from './testkit';

const TEXT = TWO_TEXT;
const meet = (args: Array<[string, number]>, realis: string) => ({ type: 'Meet', trigger: [14, 25] as [number, number], args, attributes: { realis } });
// A: Paris, Lyon GPE, Banque de France ORG, France GPE (nested), demain TIME; the meeting actual.
const { A } = twoAnnotators();
// B: Lyon as LOC, "la Banque de France", no France.
const B = record(
  'd1',
  TEXT,
  'B',
  [
    ['GPE', 0, 5],
    ['LOC', 9, 13],
    ['ORG', 26, 45],
    ['TIME', 46, 52],
  ],
  [
    meet(
      [
        ['Entity', 2],
        ['Place', 0],
      ],
      'actual',
    ),
  ],
);
// C: no TIME, the event without its Entity.
const C = record(
  'd1',
  TEXT,
  'C',
  [
    ['GPE', 0, 5],
    ['GPE', 9, 13],
    ['ORG', 29, 45],
  ],
  [meet([['Place', 0]], 'generic')],
);

const corpusOf = (...rs: Parameters<typeof groupRecords>[0]) => groupRecords(rs).corpus;
const brief = (m: { start: number; end: number; label: string }) => `${m.label} ${TEXT.slice(m.start, m.end)}`;

describe('alignment of three sets', () => {
  const al = alignDocument(corpusOf(A, B, C).documents[0].sets);

  it('classifies every mention variant', () => {
    expect(al.mentions.map((v) => [brief(v), v.annotators.join(''), v.kind])).toEqual([
      ['GPE Paris', 'ABC', 'agree'],
      ['GPE Lyon', 'AC', 'label'],
      ['LOC Lyon', 'B', 'label'],
      ['ORG la Banque de France', 'B', 'boundary'],
      ['ORG Banque de France', 'AC', 'boundary'],
      // Nested in A's own ORG, and of another label than B's ORG: missing elsewhere, not a boundary conflict.
      ['GPE France', 'A', 'only'],
      ['TIME demain', 'AB', 'only'],
    ]);
  });

  it('aligns triggers and arguments: the Entity is filled with two different extents', () => {
    expect(al.triggers.map((t) => [t.type, t.kind])).toEqual([['Meet', 'agree']]);
    expect(al.arguments.map((a) => [a.role, a.annotators.join(''), a.kind])).toEqual([
      ['Entity', 'B', 'filler'],
      ['Entity', 'A', 'filler'],
      ['Place', 'ABC', 'agree'],
    ]);
  });
});

describe('automatic adjudication', () => {
  it('takes what all agree on and keeps every disagreement pending with who proposed it', () => {
    const [gold] = adjudicate(corpusOf(A, B, C));
    expect(gold).toMatchObject({ id: 'd1', annotator: 'gold', status: 'adjudicated', text: TEXT });
    expect(gold.entities.map((m) => [m.id, brief(m), m.source, m.confidence, m.attributes?.proposed_by])).toEqual([
      ['T1', 'GPE Paris', 'human', undefined, undefined],
      ['T2', 'GPE Lyon', 'heuristic', 2 / 3, ['A', 'C']],
      ['T3', 'LOC Lyon', 'heuristic', 1 / 3, ['B']],
      ['T4', 'ORG la Banque de France', 'heuristic', 1 / 3, ['B']],
      ['T5', 'ORG Banque de France', 'heuristic', 2 / 3, ['A', 'C']],
      ['T6', 'GPE France', 'heuristic', 1 / 3, ['A']],
      ['T7', 'TIME demain', 'heuristic', 2 / 3, ['A', 'B']],
    ]);
    // The event is agreed with its agreed argument; each disputed argument is a pending event to merge into E1.
    expect(gold.events).toEqual([
      {
        id: 'E1',
        type: 'Meet',
        trigger: { start: 14, end: 25, text: 'accueillent' },
        arguments: [{ role: 'Place', entity: 'T1' }],
        attributes: { realis: 'actual' },
        source: 'human',
      },
      {
        id: 'E2',
        type: 'Meet',
        trigger: { start: 14, end: 25, text: 'accueillent' },
        arguments: [{ role: 'Entity', entity: 'T4' }],
        attributes: { proposed_by: ['B'], merge_into: 'E1' },
        source: 'heuristic',
        confidence: 1 / 3,
      },
      {
        id: 'E3',
        type: 'Meet',
        trigger: { start: 14, end: 25, text: 'accueillent' },
        arguments: [{ role: 'Entity', entity: 'T5' }],
        attributes: { proposed_by: ['A'], merge_into: 'E1' },
        source: 'heuristic',
        confidence: 1 / 3,
      },
    ]);
  });

  it('with majority, takes what more than half agree on', () => {
    const [gold] = adjudicate(corpusOf(A, B, C), { majority: true });
    expect(gold.entities.filter((m) => !isPending(m)).map(brief)).toEqual(['GPE Paris', 'GPE Lyon', 'ORG Banque de France', 'TIME demain']);
    expect(gold.entities.filter(isPending).map(brief)).toEqual(['LOC Lyon', 'ORG la Banque de France', 'GPE France']);
  });

  it('never accepts two overlapping mentions of one label', () => {
    // Both annotators made both ORG spans: all agree, yet only the first (same length, earlier) is taken.
    const X = record('d', 'abcdefghijklmnop', 'X', [
      ['ORG', 0, 10],
      ['ORG', 5, 15],
    ]);
    const Y = record('d', 'abcdefghijklmnop', 'Y', [
      ['ORG', 0, 10],
      ['ORG', 5, 15],
    ]);
    const [gold] = adjudicate(corpusOf(X, Y));
    expect(gold.entities.map((m) => [m.start, m.source, m.confidence])).toEqual([
      [0, 'human', undefined],
      [5, 'heuristic', 1],
    ]);
  });

  it('keeps a disputed event pending with its arguments, whose fillers exist in the merged set', () => {
    const X = record('d', TEXT, 'X', [['GPE', 0, 5]], [{ type: 'Meet', trigger: [14, 25], args: [['Place', 0]] }]);
    const Y = record('d', TEXT, 'Y', [['GPE', 0, 5]], [{ type: 'Visit', trigger: [14, 25] }]);
    const [gold] = adjudicate(corpusOf(X, Y));
    expect(gold.events.map((e) => [e.id, e.type, e.source, e.confidence, e.arguments, e.attributes?.proposed_by])).toEqual([
      ['E1', 'Meet', 'heuristic', 0.5, [{ role: 'Place', entity: 'T1' }], ['X']],
      ['E2', 'Visit', 'heuristic', 0.5, [], ['Y']],
    ]);
  });

  it('writes a file that parses back, and a gold export without pending keeps only what all agreed on', () => {
    const records = adjudicate(corpusOf(A, B, C));
    const text = serializeGoldJsonl(records, { includePending: true });
    const back = parseGoldJsonl(text, { file: 'merged.jsonl' });
    expect(back.errors).toEqual([]);
    expect(serializeGoldJsonl(back.records, { includePending: true })).toBe(text);
    const agreed = withoutPending(back.records[0]);
    expect(agreed.entities.map(brief)).toEqual(['GPE Paris']);
    expect(agreed.events.map((e) => e.arguments)).toEqual([[{ role: 'Place', entity: 'T1' }]]);
  });
});
