import { countKeys } from './items';
import { zeroCounts, type Counts } from './prf';
import { overlappingPairs, overlapSize, type Interval } from './spans';

/**
 * One-to-one matching of B's items against A's (the reference), with counts in total and per group
 * (a mention's label, an event's type…).
 */

export interface MatchResult<A, B> {
  total: Counts;
  byGroup: Map<string, Counts>;
  /** The matched pairs (overlap matching only; exact matching is by key). */
  pairs: Array<[A, B]>;
}

function countsFor(map: Map<string, Counts>, group: string): Counts {
  let c = map.get(group);
  if (!c) map.set(group, (c = zeroCounts()));
  return c;
}

/**
 * Exact matching: items match when their keys are equal; a key present i times in A and j times in B
 * gives min(i, j) matches. The group of an item must be a function of its key.
 */
export function matchExact<T extends { key: string }>(as: readonly T[], bs: readonly T[], groupOf: (item: T) => string): MatchResult<T, T> {
  const aCounts = countKeys(as);
  const bCounts = countKeys(bs);
  const byGroup = new Map<string, Counts>();
  const total = zeroCounts();
  for (const a of as) countsFor(byGroup, groupOf(a)).fn++;
  for (const b of bs) countsFor(byGroup, groupOf(b)).fp++;
  const seen = new Set<string>();
  for (const b of bs) {
    if (seen.has(b.key)) continue;
    seen.add(b.key);
    const tp = Math.min(aCounts.get(b.key) ?? 0, bCounts.get(b.key)!);
    if (tp === 0) continue;
    const c = countsFor(byGroup, groupOf(b));
    c.tp += tp;
    c.fp -= tp;
    c.fn -= tp;
  }
  for (const c of byGroup.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { total, byGroup, pairs: [] };
}

/**
 * Overlap matching ("lenient" match): an item of B may match an item of A of the same group whose span
 * overlaps it (shares at least one character). The matching is one-to-one and GREEDY BY OVERLAP SIZE:
 * candidate pairs are taken largest shared length first; ties go to the pair whose boundaries differ
 * least (|Δstart| + |Δend|), so an exact match is never lost to a longer neighbour, then to text order.
 * Greedy is not always the maximum matching, but with spans of one label that never overlap within a
 * set (the guidelines' rule) each item overlaps few others and greedy and optimal agree in practice.
 */
export function matchOverlap<T extends Interval>(as: readonly T[], bs: readonly T[], groupOf: (item: T) => string): MatchResult<T, T> {
  const candidates = overlappingPairs(as, bs).filter(([a, b]) => groupOf(a) === groupOf(b));
  const distance = ([a, b]: [T, T]) => Math.abs(a.start - b.start) + Math.abs(a.end - b.end);
  candidates.sort(
    (x, y) => overlapSize(y[0], y[1]) - overlapSize(x[0], x[1]) || distance(x) - distance(y) || x[0].start - y[0].start || x[1].start - y[1].start,
  );
  const usedA = new Set<T>();
  const usedB = new Set<T>();
  const pairs: Array<[T, T]> = [];
  for (const pair of candidates) {
    if (usedA.has(pair[0]) || usedB.has(pair[1])) continue;
    usedA.add(pair[0]);
    usedB.add(pair[1]);
    pairs.push(pair);
  }
  const byGroup = new Map<string, Counts>();
  for (const a of as) if (!usedA.has(a)) countsFor(byGroup, groupOf(a)).fn++;
  for (const b of bs) if (!usedB.has(b)) countsFor(byGroup, groupOf(b)).fp++;
  for (const [a] of pairs) countsFor(byGroup, groupOf(a)).tp++;
  const total = { tp: pairs.length, fp: bs.length - pairs.length, fn: as.length - pairs.length };
  return { total, byGroup, pairs };
}
