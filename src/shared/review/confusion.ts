import type { ReviewCorpus } from './corpus';

/**
 * The confusion matrix of labels between two annotators, over mention SPANS: a span both annotated
 * counts once in [A's label][B's label] (the diagonal is agreement, the rest label conflicts); a span
 * only one of them annotated counts against NONE. Summed over the documents both annotated. A span
 * that carries several labels pairs equal labels first.
 */

export const NONE = '—';

export interface LabelConfusion {
  a: string;
  b: string;
  /** Row and column headings: the labels in order, then NONE. */
  labels: string[];
  /** counts[i][j]: spans labelled labels[i] by A and labels[j] by B. */
  counts: number[][];
}

function labelsBySpan(entities: ReadonlyArray<{ start: number; end: number; label: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of entities) {
    const k = `${m.start}:${m.end}`;
    const list = out.get(k);
    if (list) list.push(m.label);
    else out.set(k, [m.label]);
  }
  return out;
}

/** Pairs of (A's label, B's label) on one span: equal labels first, then the rest in order, then NONE. */
function pairsOnSpan(as: string[], bs: string[]): Array<[string, string]> {
  const restB = [...bs];
  const restA: string[] = [];
  const out: Array<[string, string]> = [];
  for (const l of as) {
    const i = restB.indexOf(l);
    if (i >= 0) {
      out.push([l, l]);
      restB.splice(i, 1);
    } else restA.push(l);
  }
  const n = Math.max(restA.length, restB.length);
  for (let i = 0; i < n; i++) out.push([restA[i] ?? NONE, restB[i] ?? NONE]);
  return out;
}

export function labelConfusion(corpus: ReviewCorpus, a: string, b: string): LabelConfusion {
  const tally = new Map<string, number>();
  const labels = new Set<string>();
  for (const d of corpus.documents) {
    const sa = d.sets.get(a);
    const sb = d.sets.get(b);
    if (!sa || !sb) continue;
    const byA = labelsBySpan(sa.entities);
    const byB = labelsBySpan(sb.entities);
    for (const span of new Set([...byA.keys(), ...byB.keys()])) {
      for (const [x, y] of pairsOnSpan(byA.get(span) ?? [], byB.get(span) ?? [])) {
        if (x !== NONE) labels.add(x);
        if (y !== NONE) labels.add(y);
        const k = `${x}\u0000${y}`;
        tally.set(k, (tally.get(k) ?? 0) + 1);
      }
    }
  }
  const headings = [...[...labels].sort(), NONE];
  const counts = headings.map((x) => headings.map((y) => tally.get(`${x}\u0000${y}`) ?? 0));
  return { a, b, labels: headings, counts };
}
