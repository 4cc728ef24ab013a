import type { Attributes, EntityMention, EventArgument, EventFrame, GoldRecord } from '../model/types';
import { alignDocument, type ArgumentVariant, type MentionVariant, type TriggerVariant, type Variant } from './align';
import type { ReviewCorpus, ReviewDocument } from './corpus';

/**
 * Automatic adjudication: several annotators' sets of a document become one `gold` set (status
 * `adjudicated`). Whatever the annotators agree on is taken (`source: 'human'`); every disagreement is
 * kept as a PENDING suggestion (`source: 'heuristic'`, see isPending) for a person to decide, with
 * `attributes.proposed_by` (who made it) and `confidence` = the share of the document's annotators who
 * made it. n is the number of annotators who have a set for the document (someone who did not annotate
 * it is missing, not in disagreement).
 * - Agreement means all n annotators (default) or, with `majority`, more than half of them (so with two
 *   annotators both are still needed).
 * - Mentions: two accepted mentions of one label never overlap (guidelines §1): of such a pair the one
 *   more annotators made (then the longer, then the earlier) is accepted, the other becomes pending.
 * - Events: an agreed event takes its agreed arguments; each disputed argument becomes a pending event of
 *   the same trigger and type holding that one argument, with `attributes.merge_into` = the agreed
 *   event's id (accepting it means adding the argument there). A disputed event is pending with the union
 *   of the arguments its proposers gave it. Fillers are the merged set's mentions (every mention variant
 *   is kept, accepted or pending), so no argument dangles.
 * - Attributes (e.g. realis) take the value most proposers gave (ties: the first annotator's).
 * - Ids are renumbered T1…, E1… in text order.
 */

export interface AdjudicateOptions {
  majority?: boolean;
  /** Annotator name of the merged set; default `gold`. */
  annotator?: string;
}

const accepted = (count: number, n: number, majority: boolean): boolean => (majority ? 2 * count > n : count === n);

/** Per attribute, the value most proposers gave; `proposed_by` and `merge_into` of earlier merges are dropped. */
function mergeAttributes(items: Iterable<{ attributes?: Attributes }>): Attributes | undefined {
  const votes = new Map<string, Map<string, { value: unknown; n: number }>>();
  for (const item of items) {
    for (const [name, value] of Object.entries(item.attributes ?? {})) {
      if (name === 'proposed_by' || name === 'merge_into') continue;
      const byValue = votes.get(name) ?? new Map();
      votes.set(name, byValue);
      const k = JSON.stringify(value);
      byValue.set(k, { value, n: (byValue.get(k)?.n ?? 0) + 1 });
    }
  }
  if (votes.size === 0) return undefined;
  const out: Attributes = {};
  for (const [name, byValue] of votes) out[name] = [...byValue.values()].reduce((best, v) => (v.n > best.n ? v : best)).value;
  return out;
}

/** How a disagreement is marked: pending, with who proposed it and their share of the annotators. */
function pending(v: Variant<unknown>, n: number) {
  return { source: 'heuristic' as const, confidence: v.annotators.length / n, attributes: { proposed_by: [...v.annotators] } };
}

/** Same-label accepted mentions never overlap: greedy by support, then length, then text order. */
function acceptedMentions(variants: MentionVariant[], n: number, majority: boolean): Set<MentionVariant> {
  const candidates = variants
    .filter((v) => accepted(v.annotators.length, n, majority))
    .sort((x, y) => y.annotators.length - x.annotators.length || y.end - y.start - (x.end - x.start) || x.start - y.start);
  const keptByLabel = new Map<string, MentionVariant[]>();
  const out = new Set<MentionVariant>();
  for (const v of candidates) {
    const kept = keptByLabel.get(v.label) ?? [];
    if (kept.some((k) => k.start < v.end && v.start < k.end)) continue;
    kept.push(v);
    keptByLabel.set(v.label, kept);
    out.add(v);
  }
  return out;
}

function mergeMentions(variants: MentionVariant[], n: number, majority: boolean): { entities: EntityMention[]; idOf: Map<string, string> } {
  const ok = acceptedMentions(variants, n, majority);
  const idOf = new Map<string, string>();
  const entities = variants.map((v, i): EntityMention => {
    const id = `T${i + 1}`;
    idOf.set(v.key, id);
    const first = v.items.values().next().value!;
    const attributes = mergeAttributes(v.items.values());
    const base = { id, start: v.start, end: v.end, label: v.label, text: first.text };
    if (ok.has(v)) return { ...base, source: 'human', ...(attributes ? { attributes } : {}) };
    const p = pending(v, n);
    return { ...base, source: p.source, confidence: p.confidence, attributes: { ...attributes, ...p.attributes } };
  });
  return { entities, idOf };
}

function argumentOf(v: ArgumentVariant, idOf: Map<string, string>): EventArgument {
  return { role: v.role, entity: idOf.get(v.fillerKey)! };
}

function mergeEvents(triggers: TriggerVariant[], args: ArgumentVariant[], idOf: Map<string, string>, n: number, majority: boolean): EventFrame[] {
  const argsOf = new Map<string, ArgumentVariant[]>();
  for (const a of args) {
    const list = argsOf.get(a.eventKey);
    if (list) list.push(a);
    else argsOf.set(a.eventKey, [a]);
  }
  const out: Array<{ event: EventFrame; parent?: EventFrame }> = [];
  for (const t of triggers) {
    const first = t.items.values().next().value!;
    const base = () => ({ id: '', type: t.type, trigger: { ...first.trigger } });
    const attributes = mergeAttributes(t.items.values());
    const mine = argsOf.get(t.key) ?? [];
    if (!accepted(t.annotators.length, n, majority)) {
      const p = pending(t, n);
      out.push({
        event: {
          ...base(),
          arguments: mine.map((a) => argumentOf(a, idOf)),
          attributes: { ...attributes, ...p.attributes },
          source: p.source,
          confidence: p.confidence,
        },
      });
      continue;
    }
    const agreed = mine.filter((a) => accepted(a.annotators.length, n, majority));
    const event: EventFrame = { ...base(), arguments: agreed.map((a) => argumentOf(a, idOf)), ...(attributes ? { attributes } : {}), source: 'human' };
    out.push({ event });
    for (const a of mine) {
      if (accepted(a.annotators.length, n, majority)) continue;
      const p = pending(a, n);
      out.push({ event: { ...base(), arguments: [argumentOf(a, idOf)], attributes: p.attributes, source: p.source, confidence: p.confidence }, parent: event });
    }
  }
  // Ids in trigger order (triggers come sorted); an argument suggestion names its agreed event.
  out.forEach(({ event }, i) => (event.id = `E${i + 1}`));
  return out.map(({ event, parent }) => (parent ? { ...event, attributes: { ...event.attributes, merge_into: parent.id } } : event));
}

export function adjudicateDocument(d: ReviewDocument, options: AdjudicateOptions = {}): GoldRecord {
  const sets = [...d.sets.values()];
  const n = sets.length;
  const majority = options.majority === true;
  const alignment = alignDocument(sets);
  const { entities, idOf } = mergeMentions(alignment.mentions, n, majority);
  const events = mergeEvents(alignment.triggers, alignment.arguments, idOf, n, majority);
  return {
    id: d.doc.id,
    text: d.doc.text,
    meta: d.doc.meta,
    annotator: options.annotator ?? 'gold',
    status: 'adjudicated',
    schema: sets[0]?.schema ?? '',
    entities,
    events,
  };
}

export function adjudicate(corpus: ReviewCorpus, options: AdjudicateOptions = {}): GoldRecord[] {
  return corpus.documents.map((d) => adjudicateDocument(d, options));
}
