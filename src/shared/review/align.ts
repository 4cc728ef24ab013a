import type { AnnotationSet, EntityMention, EventArgument, EventFrame } from '../model/types';
import { itemsOf } from './items';
import { overlappingPairsWithin } from './spans';

/**
 * Alignment of two or more annotators' sets of one document. Every distinct annotation (a VARIANT: a
 * mention = span + label; a trigger = span + type; an argument = trigger span + type, role, filler span
 * + label) is listed once with the annotators who made it, and classified:
 * - `agree`: every set has it;
 * - `label` / `type`: another variant with the same span but another label (event type) is an
 *   alternative to it;
 * - `boundary`: an overlapping variant of the same label (event type) with other extents is an
 *   alternative to it (overlaps of different labels are nesting or two different things, not one
 *   mention bounded two ways);
 * - `role` / `filler` (arguments): for the same event, another variant links the same filler in another
 *   role, or fills the same role with another mention;
 * - `only`: some sets lack it and nobody proposed an alternative.
 * Two variants are ALTERNATIVES when some annotator made the first and not the second and another made
 * the second and not the first; an annotator who made both (nesting: FAC `université de Tripoli` around
 * GPE `Tripoli`) is not in disagreement with herself. A variant with several kinds of conflict takes
 * the first in the order above; `conflicts` lists them all.
 */

export type ConflictKind = 'label' | 'type' | 'boundary' | 'role' | 'filler';
export type VariantKind = 'agree' | ConflictKind | 'only';

export interface Variant<T> {
  key: string;
  /** Annotators who made it, in the sets' order. */
  annotators: string[];
  /** Each annotator's own item (the first one when a set repeats it). */
  items: Map<string, T>;
  kind: VariantKind;
  conflicts: Array<{ kind: ConflictKind; with: string }>;
}

export interface MentionVariant extends Variant<EntityMention> {
  start: number;
  end: number;
  label: string;
}

export interface TriggerVariant extends Variant<EventFrame> {
  start: number;
  end: number;
  type: string;
}

export interface ArgumentVariant extends Variant<EventArgument> {
  eventKey: string;
  role: string;
  fillerKey: string;
}

export interface DocumentAlignment {
  annotators: string[];
  /** In text order: start, then longest first. */
  mentions: MentionVariant[];
  triggers: TriggerVariant[];
  /** Grouped by event, in trigger order. */
  arguments: ArgumentVariant[];
}

interface Entry<T, X> {
  key: string;
  item: T;
  extra: X;
}

/** Variants of one kind of item across the sets: one per key, with who made it. */
function collect<T, X>(perSet: Array<[string, Array<Entry<T, X>>]>): Array<Variant<T> & X> {
  const byKey = new Map<string, Variant<T> & X>();
  for (const [annotator, entries] of perSet) {
    for (const { key, item, extra } of entries) {
      let v = byKey.get(key);
      if (!v) byKey.set(key, (v = { key, annotators: [], items: new Map(), kind: 'only', conflicts: [], ...extra }));
      if (v.items.has(annotator)) continue;
      v.annotators.push(annotator);
      v.items.set(annotator, item);
    }
  }
  return [...byKey.values()];
}

function alternatives(x: Variant<unknown>, y: Variant<unknown>): boolean {
  return x.annotators.some((a) => !y.items.has(a)) && y.annotators.some((a) => !x.items.has(a));
}

function conflict(x: Variant<unknown>, y: Variant<unknown>, kind: ConflictKind): void {
  if (!alternatives(x, y)) return;
  x.conflicts.push({ kind, with: y.key });
  y.conflicts.push({ kind, with: x.key });
}

/** Conflicts between variants that share `groupKey` (same span, same event and filler…). */
function conflictsWithinGroups<V extends Variant<unknown>>(variants: V[], groupKey: (v: V) => string, kind: ConflictKind): void {
  const groups = new Map<string, V[]>();
  for (const v of variants) {
    const k = groupKey(v);
    const group = groups.get(k);
    if (group) group.push(v);
    else groups.set(k, [v]);
  }
  for (const g of groups.values()) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) conflict(g[i], g[j], kind);
}

function boundaryConflicts<V extends Variant<unknown> & { start: number; end: number }>(variants: V[], kindOf: (v: V) => string): void {
  for (const [x, y] of overlappingPairsWithin(variants)) {
    if ((x.start !== y.start || x.end !== y.end) && kindOf(x) === kindOf(y)) conflict(x, y, 'boundary');
  }
}

const ORDER: ConflictKind[] = ['label', 'type', 'boundary', 'role', 'filler'];

function classify(variants: Variant<unknown>[], sets: number): void {
  for (const v of variants) {
    if (v.annotators.length === sets) v.kind = 'agree';
    else v.kind = ORDER.find((k) => v.conflicts.some((c) => c.kind === k)) ?? 'only';
  }
}

export function alignDocument(sets: ReadonlyMap<string, AnnotationSet> | ReadonlyArray<AnnotationSet>): DocumentAlignment {
  const list = Array.isArray(sets) ? (sets as AnnotationSet[]) : [...(sets as ReadonlyMap<string, AnnotationSet>).values()];
  const perSet = list.map((s) => [s.annotator, itemsOf(s)] as const);
  const mentions: MentionVariant[] = collect(
    perSet.map(([a, i]) => [a, i.mentions.map((m) => ({ key: m.key, item: m.mention, extra: { start: m.start, end: m.end, label: m.label } }))]),
  );
  const triggers: TriggerVariant[] = collect(
    perSet.map(([a, i]) => [a, i.triggers.map((t) => ({ key: t.key, item: t.event, extra: { start: t.start, end: t.end, type: t.type } }))]),
  );
  const args: ArgumentVariant[] = collect(
    perSet.map(([a, i]) => [
      a,
      i.arguments.map((g) => ({ key: g.key, item: g.argument, extra: { eventKey: g.eventKey, role: g.role, fillerKey: g.fillerKey } })),
    ]),
  );
  conflictsWithinGroups(mentions, (v) => `${v.start}:${v.end}`, 'label');
  boundaryConflicts(mentions, (v) => v.label);
  conflictsWithinGroups(triggers, (v) => `${v.start}:${v.end}`, 'type');
  boundaryConflicts(triggers, (v) => v.type);
  conflictsWithinGroups(args, (v) => `${v.eventKey}\u0000${v.fillerKey}`, 'role');
  conflictsWithinGroups(args, (v) => `${v.eventKey}\u0000${v.role}`, 'filler');
  for (const vs of [mentions, triggers, args]) classify(vs, list.length);
  const byText = (x: { start: number; end: number; key: string }, y: { start: number; end: number; key: string }) =>
    x.start - y.start || y.end - x.end || (x.key < y.key ? -1 : 1);
  mentions.sort(byText);
  triggers.sort(byText);
  const eventOrder = new Map(triggers.map((t, i) => [t.key, i]));
  args.sort((x, y) => eventOrder.get(x.eventKey)! - eventOrder.get(y.eventKey)! || (x.key < y.key ? -1 : 1));
  return { annotators: list.map((s) => s.annotator), mentions, triggers, arguments: args };
}
