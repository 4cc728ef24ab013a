/**
 * Precision/recall/F1 of a pre-annotation against a gold set: entity mentions per label (exact span
 * and overlap), triggers (span + type), arguments (trigger span + type + role + filler span + label).
 */
import type { AnnotationSet } from '../model/types';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Multiset match of keys. */
function exact(pred: string[], gold: string[]): Counts {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let tp = 0;
  for (const p of pred) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      tp++;
      left.set(p, n - 1);
    }
  }
  return { tp, fp: pred.length - tp, fn: gold.length - tp };
}

interface Item {
  start: number;
  end: number;
  key: string;
}

/** One-to-one greedy matching of items with the same key whose spans overlap. */
function overlap(pred: Item[], gold: Item[]): Counts {
  const taken = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const j = gold.findIndex((g, k) => !taken.has(k) && g.key === p.key && g.start < p.end && p.start < g.end);
    if (j >= 0) {
      taken.add(j);
      tp++;
    }
  }
  return { tp, fp: pred.length - tp, fn: gold.length - tp };
}

function argKeys(set: Pick<AnnotationSet, 'entities' | 'events'>): string[] {
  const ent = new Map(set.entities.map((e) => [e.id, e]));
  return set.events.flatMap((ev) =>
    ev.arguments.map((a) => {
      const f = ent.get(a.entity);
      return `${ev.trigger.start}:${ev.trigger.end}:${ev.type}|${a.role}|${f?.start}:${f?.end}:${f?.label}`;
    }),
  );
}

export interface Score {
  entities: Record<string, { exact: Prf; overlap: Prf }>;
  triggers: { exact: Prf; overlap: Prf };
  arguments: Prf;
  /** The same argument match, role by role (a role's false alarms and misses are those of its own arguments). */
  argumentsByRole: Record<string, Prf>;
  /** Share of exactly matched triggers whose `realis` agrees with the gold. */
  realis: { agree: number; of: number; accuracy: number };
}

function realisAgreement(pred: Pick<AnnotationSet, 'events'>, gold: Pick<AnnotationSet, 'events'>): { agree: number; of: number } {
  const key = (e: AnnotationSet['events'][number]) => `${e.trigger.start}:${e.trigger.end}:${e.type}`;
  const goldBy = new Map(gold.events.map((e) => [key(e), e.attributes?.realis ?? 'actual']));
  let agree = 0,
    of = 0;
  for (const e of pred.events) {
    const g = goldBy.get(key(e));
    if (g === undefined) continue;
    of++;
    if ((e.attributes?.realis ?? 'actual') === g) agree++;
  }
  return { agree, of };
}

export function score(pairs: { pred: Pick<AnnotationSet, 'entities' | 'events'>; gold: Pick<AnnotationSet, 'entities' | 'events'> }[]): Score {
  const ent = new Map<string, { exact: Counts; overlap: Counts }>();
  let trigE = zero(),
    trigO = zero(),
    args = zero();
  const byRole = new Map<string, Counts>();
  const realis = { agree: 0, of: 0 };
  for (const { pred, gold } of pairs) {
    const labels = new Set([...pred.entities, ...gold.entities].map((e) => e.label));
    for (const label of [...labels, 'ALL']) {
      const pick = (s: typeof pred) =>
        s.entities.filter((e) => label === 'ALL' || e.label === label).map((e) => ({ start: e.start, end: e.end, key: e.label }));
      const p = pick(pred),
        g = pick(gold);
      const acc = ent.get(label) ?? { exact: zero(), overlap: zero() };
      acc.exact = add(
        acc.exact,
        exact(
          p.map((x) => `${x.start}:${x.end}:${x.key}`),
          g.map((x) => `${x.start}:${x.end}:${x.key}`),
        ),
      );
      acc.overlap = add(acc.overlap, overlap(p, g));
      ent.set(label, acc);
    }
    const trig = (s: typeof pred) => s.events.map((e) => ({ start: e.trigger.start, end: e.trigger.end, key: e.type }));
    trigE = add(
      trigE,
      exact(
        trig(pred).map((x) => `${x.start}:${x.end}:${x.key}`),
        trig(gold).map((x) => `${x.start}:${x.end}:${x.key}`),
      ),
    );
    trigO = add(trigO, overlap(trig(pred), trig(gold)));
    const predArgs = argKeys(pred),
      goldArgs = argKeys(gold);
    args = add(args, exact(predArgs, goldArgs));
    const roleOf = (k: string) => k.split('|')[1]!;
    for (const role of new Set([...predArgs, ...goldArgs].map(roleOf))) {
      const mine = (ks: string[]) => ks.filter((k) => roleOf(k) === role);
      byRole.set(role, add(byRole.get(role) ?? zero(), exact(mine(predArgs), mine(goldArgs))));
    }
    const r = realisAgreement(pred, gold);
    realis.agree += r.agree;
    realis.of += r.of;
  }
  const entities: Score['entities'] = {};
  for (const [label, c] of [...ent].sort()) entities[label] = { exact: prf(c.exact), overlap: prf(c.overlap) };
  return {
    entities,
    triggers: { exact: prf(trigE), overlap: prf(trigO) },
    arguments: prf(args),
    argumentsByRole: Object.fromEntries([...byRole].sort().map(([role, c]) => [role, prf(c)])),
    realis: { ...realis, accuracy: realis.of ? realis.agree / realis.of : 0 },
  };
}
