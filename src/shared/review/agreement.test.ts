import { describe, expect, it } from 'vitest';
import { pairAgreement } from './agreement';
import { groupRecords } from './corpus';
import { agreementJson } from './report';
import { record, TWO_TEXT } from './testkit';
import { unitizingAlpha } from './unitizing';

//                      0    5   9    14          26 29     36 39     46
const TEXT = TWO_TEXT;
const A = record(
  'd1',
  TEXT,
  'A',
  [
    ['GPE', 0, 5],
    ['GPE', 9, 13],
    ['ORG', 29, 45],
    ['GPE', 39, 45],
    ['TIME', 46, 52],
  ],
  [
    {
      type: 'Meet',
      trigger: [14, 25],
      args: [
        ['Entity', 2],
        ['Place', 0],
      ],
    },
  ],
);
const B = record(
  'd1',
  TEXT,
  'B',
  [
    ['GPE', 0, 5],
    ['LOC', 9, 13],
    ['ORG', 26, 45],
    ['GPE', 39, 45],
  ],
  [
    {
      type: 'Meet',
      trigger: [14, 25],
      args: [
        ['Entity', 2],
        ['Place', 0],
      ],
    },
  ],
);
const A2 = record('d2', 'Rome.', 'A', [['GPE', 0, 4]]);
const B2 = record('d2', 'Rome.', 'B', [['GPE', 0, 4]]);

function corpusOf(...records: Parameters<typeof groupRecords>[0]) {
  const { corpus, errors } = groupRecords(records);
  expect(errors).toEqual([]);
  return corpus;
}

describe('pairwise agreement, one document (worked by hand)', () => {
  const r = pairAgreement(corpusOf(A, B), 'A', 'B').perDocument[0];

  it('mention P/R/F1 with exact spans: only Paris and France agree (tp 2, fp 2, fn 3)', () => {
    expect(r.mentions.exact).toMatchObject({ tp: 2, fp: 2, fn: 3, p: 0.5, r: 0.4 });
    expect(r.mentions.exact.f1).toBeCloseTo(4 / 9, 12);
  });

  it('with overlapping spans the ORG with and without "la" match too; LOC ≠ GPE never matches', () => {
    expect(r.mentions.overlap).toMatchObject({ tp: 3, fp: 1, fn: 2, p: 0.75, r: 0.6 });
    expect(r.mentions.overlap.f1).toBeCloseTo(2 / 3, 12);
  });

  it('per label: GPE P 1 R 2/3; LOC recall undefined; TIME precision undefined', () => {
    expect(r.mentions.perLabel.GPE).toMatchObject({ tp: 2, fp: 0, fn: 1, p: 1 });
    expect(r.mentions.perLabel.GPE.r).toBeCloseTo(2 / 3, 12);
    expect(r.mentions.perLabel.LOC.p).toBe(0);
    expect(r.mentions.perLabel.LOC.r).toBeNaN();
    expect(r.mentions.perLabel.TIME.p).toBeNaN();
    expect(r.mentions.perLabel.TIME.f1).toBe(0);
  });

  it('triggers agree; of the two arguments the Entity filler differs in extent (P = R = 0.5)', () => {
    expect(r.triggers).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.arguments).toMatchObject({ tp: 1, fp: 1, fn: 1, p: 0.5, r: 0.5, f1: 0.5 });
  });

  it("Cohen's kappa and nominal alpha over the 9 words", () => {
    // Token labels (outermost mention): A = GPE O GPE O O ORG ORG ORG TIME, B = GPE O LOC O ORG ORG ORG ORG O.
    // p_o = 6/9; A: GPE 2, O 3, ORG 3, TIME 1; B: GPE 1, LOC 1, O 3, ORG 4; p_e = (2 + 9 + 12)/81 = 23/81.
    // κ = (54/81 − 23/81)/(58/81) = 31/58.
    expect(r.cohenKappa).toBeCloseTo(31 / 58, 12);
    // α: n = 18, n_c: GPE 3, O 6, ORG 7, TIME 1, LOC 1 → Σ n_c² = 96; Σ o_cc = 2·6 = 12.
    // α = 1 − 17·(18 − 12)/(324 − 96) = 1 − 102/228.
    expect(r.krippendorffAlpha).toBeCloseTo(1 - 102 / 228, 12);
    // GPE against the rest: (GPE,GPE) 1, (GPE,¬) 1, (¬,¬) 7 → p_o 8/9, p_e (2·1 + 7·8)/81 = 58/81, κ = (72 − 58)/(81 − 58) = 14/23.
    expect(r.perLabelKappa.GPE).toBeCloseTo(14 / 23, 12);
  });
});

describe('pairwise agreement over a corpus (micro-averaged)', () => {
  const pair = pairAgreement(corpusOf(A, B, A2, B2), 'A', 'B');

  it('adds the counts of the documents, then divides once', () => {
    expect(pair.documents).toBe(2);
    expect(pair.mentions.exact).toMatchObject({ tp: 3, fp: 2, fn: 3, p: 3 / 5, r: 3 / 6 });
    expect(pair.mentions.exact.f1).toBeCloseTo(6 / 11, 12);
    // Not the mean of the documents' F1 (4/9 and 1).
    expect(pair.mentions.exact.f1).not.toBeCloseTo((4 / 9 + 1) / 2, 3);
  });

  it('pools the token tables: κ = (7/10 − 27/100)/(1 − 27/100) = 43/73', () => {
    expect(pair.cohenKappa).toBeCloseTo(43 / 73, 12);
  });

  it('lays the documents end to end for αU (d2 starts after the 53 characters of d1)', () => {
    const shifted = (r: typeof A, coder: number, by: number) => r.entities.map((m) => ({ start: m.start + by, end: m.end + by, coder, category: m.label }));
    const expected = unitizingAlpha({
      length: TEXT.length + 5,
      coders: 2,
      units: [...shifted(A, 0, 0), ...shifted(B, 1, 0), ...shifted(A2, 0, 53), ...shifted(B2, 1, 53)],
    });
    expect(pair.krippendorffAlphaU).toBe(expected.alpha);
    expect(pair.perLabelAlphaU.GPE).toBe(expected.byCategory.get('GPE')!.alpha);
  });

  it('skips documents only one of the two annotated', () => {
    const only = pairAgreement(corpusOf(A, B, A2), 'A', 'B');
    expect(only.documents).toBe(1);
    expect(only.mentions.exact.tp).toBe(2);
  });

  it('writes undefined figures as null in the JSON shape', () => {
    const json = agreementJson([pairAgreement(corpusOf(A2, B2), 'A', 'B')]);
    expect(json.pairs[0].triggers).toEqual({ p: null, r: null, f1: null });
    expect(json.pairs[0].mentions.exact).toEqual({ p: 1, r: 1, f1: 1 });
  });
});

describe('grouping records', () => {
  it('refuses a document whose text differs between annotators, naming it', () => {
    const { errors } = groupRecords([A, { ...B, text: TEXT.replace('Paris', 'Pâris') }]);
    expect(errors).toEqual(["document d1: the text of B's record differs from A's"]);
  });
});
