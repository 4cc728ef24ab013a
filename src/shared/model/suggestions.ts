import type { AnnotationSet, EntityMention, EventFrame } from './types';
import { isPending } from './types';
import { idAllocator } from './ids';
import type { Operation, Target } from './operations';

const spanKey = (m: { start: number; end: number }, label: string) => `${m.start}:${m.end}:${label}`;

/**
 * What a merge looks up in the set it merges into: its spans, its triggers and the next free ids. A
 * large pre-annotation merges slice after slice into the set the previous slice made; building this
 * again from the whole set for every slice made each merge cost as much as the set is large.
 */
export interface MergeIndex {
  /** The set this index describes; a merge into any other set builds a new index. */
  of: AnnotationSet;
  spans: Map<string, string>;
  triggers: Set<string>;
  nextId: (prefix: string) => string;
}

export function mergeIndex(set: AnnotationSet): MergeIndex {
  return {
    of: set,
    spans: new Map(set.entities.map((m) => [spanKey(m, m.label), m.id])),
    triggers: new Set(set.events.map((e) => spanKey(e.trigger, e.type))),
    nextId: idAllocator([...set.entities, ...set.events]),
  };
}

/**
 * Turns a pre-annotation (a heuristic set, or one slice of it) into ONE batch operation on the annotator's set: every
 * suggestion becomes a pending item (`source: "heuristic"`), with fresh ids; a suggestion whose span and
 * label (or trigger and type) already exist is skipped, and arguments are redirected to the existing
 * mention. A `new` set becomes `pre-annotated`. Returns null when there is nothing to add.
 * `index` describes `target` (else one is built); the merge adds what it proposes to it, so that once
 * the operation is applied the caller can hand it on with `of` set to the resulting set.
 */
export function mergeSuggestions(
  target: AnnotationSet,
  suggestions: Pick<AnnotationSet, 'entities' | 'events'>,
  /** Suggestion id → id in the target, kept from one slice of a large pre-annotation to the next. */
  idOf = new Map<string, string>(),
  index: MergeIndex = mergeIndex(target),
): Operation | null {
  const { spans, triggers, nextId } = index.of === target ? index : mergeIndex(target);
  const ops: Operation[] = [];
  for (const s of suggestions.entities) {
    const key = spanKey(s, s.label);
    const known = spans.get(key);
    if (known) {
      idOf.set(s.id, known);
      continue;
    }
    const id = nextId('T');
    const mention: EntityMention = { ...s, id, source: 'heuristic', confidence: s.confidence ?? 0.5 };
    spans.set(key, id);
    idOf.set(s.id, id);
    ops.push({ kind: 'addMention', mention });
  }
  for (const s of suggestions.events) {
    const key = spanKey(s.trigger, s.type);
    if (triggers.has(key)) continue;
    triggers.add(key);
    const id = nextId('E');
    const args = s.arguments.filter((a) => idOf.has(a.entity)).map((a) => ({ role: a.role, entity: idOf.get(a.entity)! }));
    const event: EventFrame = { ...s, id, arguments: args, source: 'heuristic', confidence: s.confidence ?? 0.5 };
    ops.push({ kind: 'createEvent', event });
  }
  if (ops.length === 0) return null;
  if (target.status === 'new') ops.push({ kind: 'setStatus', status: 'pre-annotated' });
  return { kind: 'batch', label: 'pre-annotate', operations: ops };
}

/** How many suggestions are pending, of each label (or event type), and their confidences in order. */
export interface SuggestionSummary {
  pending: number;
  byLabel: Map<string, number>;
  /** Ascending. */
  confidences: number[];
}

const summaries = new WeakMap<Pick<AnnotationSet, 'entities' | 'events'>, SuggestionSummary>();

/**
 * Counted once per version of a set (sets are immutable values): the side panel, the slider and the
 * commands' "would you apply?" ask it on every repaint, which a scan of thousands of items each time
 * would make slow.
 */
export function suggestionSummary(set: Pick<AnnotationSet, 'entities' | 'events'>): SuggestionSummary {
  const known = summaries.get(set);
  if (known) return known;
  const byLabel = new Map<string, number>();
  const confidences: number[] = [];
  const add = (item: EntityMention | EventFrame, label: string) => {
    if (!isPending(item)) return;
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
    confidences.push(item.confidence ?? 0);
  };
  for (const m of set.entities) add(m, m.label);
  for (const e of set.events) add(e, e.type);
  confidences.sort((a, b) => a - b);
  const summary = { pending: confidences.length, byLabel, confidences };
  summaries.set(set, summary);
  return summary;
}

/** How many pending suggestions have a confidence in [min, max). */
export function countByConfidence(summary: SuggestionSummary, min = -Infinity, max = Infinity): number {
  const firstAtLeast = (x: number) => {
    let lo = 0;
    let hi = summary.confidences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (summary.confidences[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAtLeast(max) - firstAtLeast(min);
}

/** What a list of sets shows of each: how many mentions and events it holds, and how many are pending suggestions. */
export interface SetCounts {
  mentions: number;
  events: number;
  pending: number;
}

export function setCounts(set: Pick<AnnotationSet, 'entities' | 'events'>): SetCounts {
  return { mentions: set.entities.length, events: set.events.length, pending: pendingCount(set) };
}

/** A count alone, without the sorted confidences of `suggestionSummary`: the document bar asks it for every version of a set, a large pre-annotation's slice after slice. */
export function pendingCount(set: Pick<AnnotationSet, 'entities' | 'events'>): number {
  let n = 0;
  for (const m of set.entities) if (isPending(m)) n++;
  for (const e of set.events) if (isPending(e)) n++;
  return n;
}

/** Which suggestions a bulk accept or reject takes: of one label (or event type), within a confidence range. */
export interface SuggestionFilter {
  /** An entity label or an event type. */
  label?: string;
  /** Confidence at least this. */
  min?: number;
  /** Confidence below this. */
  max?: number;
}

function matches(item: EntityMention | EventFrame, label: string, filter: SuggestionFilter): boolean {
  if (!isPending(item)) return false;
  if (filter.label !== undefined && label !== filter.label) return false;
  const c = item.confidence ?? 0;
  return (filter.min === undefined || c >= filter.min) && (filter.max === undefined || c < filter.max);
}

/** The pending mentions and events the filter takes. */
export function matchingSuggestions(set: AnnotationSet, filter: SuggestionFilter = {}): { entities: EntityMention[]; events: EventFrame[] } {
  return { entities: set.entities.filter((m) => matches(m, m.label, filter)), events: set.events.filter((e) => matches(e, e.type, filter)) };
}

/**
 * Accepting makes suggestions the annotator's own (`source: human`, no confidence); where they came
 * from is kept as the app's attribute `suggested_by`. The attribute operations come first and the source
 * operations after, so each kind is one run (see bulk-operations.ts).
 */
export function acceptOperations(targets: Array<{ target: Target; item: EntityMention | EventFrame }>): Operation[] {
  return [
    ...targets.map(({ target, item }): Operation => ({ kind: 'setAttribute', target, name: 'suggested_by', value: item.source ?? 'heuristic' })),
    ...targets.map(({ target }): Operation => ({ kind: 'setSource', target, source: 'human' })),
  ];
}

const targetsOf = (found: { entities: EntityMention[]; events: EventFrame[] }) => [
  ...found.entities.map((item) => ({ target: { kind: 'entity' as const, id: item.id }, item })),
  ...found.events.map((item) => ({ target: { kind: 'event' as const, id: item.id }, item })),
];

export function acceptSuggestions(set: AnnotationSet, filter: SuggestionFilter = {}): Operation | null {
  const targets = targetsOf(matchingSuggestions(set, filter));
  return targets.length ? { kind: 'batch', label: 'accept suggestions', operations: acceptOperations(targets) } : null;
}

/** Rejecting deletes suggestions: events first, so no argument is left pointing at a deleted mention. */
export function rejectSuggestions(set: AnnotationSet, filter: SuggestionFilter = {}): Operation | null {
  const found = matchingSuggestions(set, filter);
  const ops: Operation[] = [
    ...found.events.map((e): Operation => ({ kind: 'deleteEvent', id: e.id })),
    ...found.entities.map((m): Operation => ({ kind: 'deleteMention', id: m.id })),
  ];
  return ops.length ? { kind: 'batch', label: 'reject suggestions', operations: ops } : null;
}
