import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPending } from '../model/types';
import { adjudicate } from './adjudicate';
import { pairAgreement } from './agreement';
import { groupRecords } from './corpus';
import { record } from './testkit';

const TEXT = 'Le maréchal Haftar a rencontré hier à Moscou le ministre russe de la Défense.';
// Mentions of one set: same-label spans never overlap (the guidelines' rule), so draw disjoint spans.
const setArb = fc
  .uniqueArray(fc.tuple(fc.nat(TEXT.length - 1), fc.integer({ min: 1, max: 12 }), fc.constantFrom('PER', 'GPE', 'ORG')), {
    maxLength: 8,
    selector: ([s]) => s,
  })
  .map((xs) => {
    const out: Array<[string, number, number]> = [];
    for (const [s, len, label] of xs.sort((a, b) => a[0] - b[0])) {
      const end = Math.min(TEXT.length, s + len);
      if (!out.some(([l, a, b]) => l === label && a < end && s < b)) out.push([label, s, end]);
    }
    return out;
  });

describe('properties of agreement and adjudication', () => {
  it('a set against itself: F1 1, αU 1, everything accepted and nothing pending', () => {
    fc.assert(
      fc.property(
        setArb.filter((m) => m.length > 0),
        (mentions) => {
          const x = record('d', TEXT, 'X', mentions, [{ type: 'Meet', trigger: [19, 30], args: [['Entity', 0]] }]);
          const { corpus } = groupRecords([x, { ...x, annotator: 'Y' }]);
          const pair = pairAgreement(corpus, 'X', 'Y');
          expect(pair.mentions.exact.f1).toBe(1);
          expect(pair.mentions.overlap.f1).toBe(1);
          expect(pair.arguments.f1).toBe(1);
          expect(pair.krippendorffAlphaU).toBe(1);
          const [gold] = adjudicate(corpus);
          expect(gold.entities.some(isPending) || gold.events.some(isPending)).toBe(false);
          expect(gold.entities).toHaveLength(mentions.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('swapping the annotators swaps precision and recall and keeps F1, κ, α and αU', () => {
    fc.assert(
      fc.property(setArb, setArb, (ma, mb) => {
        const { corpus } = groupRecords([record('d', TEXT, 'A', ma), record('d', TEXT, 'B', mb)]);
        const ab = pairAgreement(corpus, 'A', 'B');
        const ba = pairAgreement(corpus, 'B', 'A');
        expect(ba.mentions.exact.p).toBe(ab.mentions.exact.r);
        expect(ba.mentions.overlap.f1).toBe(ab.mentions.overlap.f1);
        for (const k of ['cohenKappa', 'krippendorffAlpha', 'krippendorffAlphaU'] as const) {
          if (Number.isNaN(ab[k])) expect(ba[k]).toBeNaN();
          else expect(ba[k]).toBeCloseTo(ab[k], 10);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every mention variant of the inputs is in the merged set exactly once, accepted or pending', () => {
    fc.assert(
      fc.property(setArb, setArb, setArb, fc.boolean(), (m1, m2, m3, majority) => {
        const sets = [record('d', TEXT, 'A', m1), record('d', TEXT, 'B', m2), record('d', TEXT, 'C', m3)];
        const [gold] = adjudicate(groupRecords(sets).corpus, { majority });
        const key = (m: { start: number; end: number; label: string }) => `${m.start}:${m.end}:${m.label}`;
        const variants = new Set(sets.flatMap((s) => s.entities.map(key)));
        expect(gold.entities.map(key).sort()).toEqual([...variants].sort());
        const accepted = gold.entities.filter((m) => !isPending(m));
        for (const a of accepted) for (const b of accepted) if (a !== b && a.label === b.label) expect(a.end <= b.start || b.end <= a.start).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
