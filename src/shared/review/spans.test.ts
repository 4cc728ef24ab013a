import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchOverlap } from './match';
import { outermost, overlappingPairs, overlappingPairsWithin, overlaps, union } from './spans';
import { Confusion } from './coding';
import { tokenLabels, tokenTable } from './token-labels';
import { words } from '../text/segment';

const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 15 })).map(([start, len]) => ({ start, end: start + len }));
const labelled = fc.tuple(span, fc.constantFrom('X', 'Y')).map(([s, label]) => ({ ...s, label }));
const keyOf = (p: [object, object]) => JSON.stringify(p);

describe('overlapping pairs by sweep', () => {
  it('finds exactly the overlapping pairs that comparing every pair finds', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 25 }), fc.array(span, { maxLength: 25 }), (xs, ys) => {
        const brute = xs.flatMap((x) => ys.filter((y) => overlaps(x, y)).map((y) => [x, y] as [object, object]));
        expect(overlappingPairs(xs, ys).map(keyOf).sort()).toEqual(brute.map(keyOf).sort());
        const within = xs.flatMap((x, i) => xs.slice(i + 1).filter((y) => overlaps(x, y)));
        expect(overlappingPairsWithin(xs)).toHaveLength(within.length);
      }),
    );
  });

  it('outermost keeps disjoint spans that cover every nested one; union merges overlaps only', () => {
    expect(
      outermost([
        { start: 5, end: 8 },
        { start: 0, end: 10 },
        { start: 12, end: 14 },
        { start: 13, end: 20 },
      ]),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 12, end: 14 },
    ]);
    expect(
      union([
        { start: 0, end: 2 },
        { start: 2, end: 4 },
        { start: 3, end: 6 },
      ]),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 6 },
    ]);
  });
});

describe('overlap matching', () => {
  it('is one-to-one, same label, overlapping, and prefers the exact partner to a longer neighbour', () => {
    const a = [{ start: 0, end: 10, label: 'X' }];
    const b = [
      { start: 0, end: 12, label: 'X' },
      { start: 0, end: 10, label: 'X' },
    ];
    const m = matchOverlap(a, b, (x) => x.label);
    expect(m.pairs).toEqual([[a[0], b[1]]]);
    expect(m.total).toEqual({ tp: 1, fp: 1, fn: 0 });
    fc.assert(
      fc.property(fc.array(labelled, { maxLength: 20 }), fc.array(labelled, { maxLength: 20 }), (xs, ys) => {
        const r = matchOverlap(xs, ys, (x) => x.label);
        expect(new Set(r.pairs.map((p) => p[0])).size).toBe(r.pairs.length);
        expect(new Set(r.pairs.map((p) => p[1])).size).toBe(r.pairs.length);
        for (const [x, y] of r.pairs) expect(x.label === y.label && overlaps(x, y)).toBe(true);
        expect(r.total.tp + r.total.fn).toBe(xs.length);
        expect(r.total.tp + r.total.fp).toBe(ys.length);
      }),
    );
  });
});

describe('token labels', () => {
  it("gives an elided word (l'armée, one word for Intl.Segmenter) the label of the mention inside it", () => {
    const text = "L'aviation de l'armée nationale libyenne frappe.";
    const tokens = words(text);
    expect(tokens.map((t) => t.text)).toEqual(["L'aviation", 'de', "l'armée", 'nationale', 'libyenne', 'frappe']);
    // ORG "armée nationale libyenne" (16..40) around a nested GPE-like "libyenne" (32..40): outermost wins.
    const labels = tokenLabels(tokens, [
      { start: 16, end: 40, label: 'ORG' },
      { start: 32, end: 40, label: 'GPE' },
    ]);
    expect(labels).toEqual(['', '', 'ORG', 'ORG', 'ORG', '']);
  });
});

describe('token table', () => {
  it('counts the same pairs as labelling every token of both annotators', () => {
    const text = 'Le maréchal Khalifa Haftar a rencontré à Moscou le ministre russe de la Défense, hier.';
    const tokens = words(text);
    const flat = tokens.flatMap((t) => [t.start, t.end]);
    fc.assert(
      fc.property(fc.array(labelled, { maxLength: 10 }), fc.array(labelled, { maxLength: 10 }), (a, b) => {
        const la = tokenLabels(tokens, a);
        const lb = tokenLabels(tokens, b);
        const expected = new Confusion();
        la.forEach((x, i) => expected.add(x, lb[i]));
        const got = tokenTable(flat, a, b);
        expect(got.total).toBe(expected.total);
        for (const [x, row] of expected.counts) for (const [y, n] of row) expect(got.counts.get(x)?.get(y)).toBe(n);
      }),
    );
  });
});
