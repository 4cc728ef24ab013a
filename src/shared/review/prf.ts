/**
 * Precision, recall and F1 of a set B against a reference set A, from match counts:
 *   tp = matched pairs, fp = |B| − tp, fn = |A| − tp
 *   P = tp / (tp + fp),  R = tp / (tp + fn),  F1 = 2PR / (P + R) = 2tp / (2tp + fp + fn)
 * (van Rijsbergen 1979, ch. 7; as in the MUC and CoNLL-2003 NER evaluations). With two annotators F1 is
 * symmetric: swapping A and B swaps P and R only (Hripcsak & Rothschild 2005, "Agreement, the F-measure
 * and reliability in information retrieval"). A ratio with a zero denominator is undefined: NaN, which
 * JSON output writes as null. Micro-averaging adds the counts of every document, then divides once.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF extends Counts {
  p: number;
  r: number;
  f1: number;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

function ratio(n: number, d: number): number {
  return d === 0 ? NaN : n / d;
}

export function prf(c: Counts): PRF {
  return { ...c, p: ratio(c.tp, c.tp + c.fp), r: ratio(c.tp, c.tp + c.fn), f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn) };
}

/** Adds per-group counts (e.g. per label) into a running total. */
export function addGroupCounts(into: Map<string, Counts>, more: Map<string, Counts>): Map<string, Counts> {
  for (const [group, c] of more) {
    const known = into.get(group);
    if (known) addCounts(known, c);
    else into.set(group, { ...c });
  }
  return into;
}

/** Per-group P/R/F1 as a plain object with keys in sorted order (stable JSON). */
export function prfByGroup(groups: Map<string, Counts>): Record<string, PRF> {
  const out: Record<string, PRF> = {};
  for (const g of [...groups.keys()].sort()) out[g] = prf(groups.get(g)!);
  return out;
}
