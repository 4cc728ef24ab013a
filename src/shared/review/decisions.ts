import type { Operation, Target } from '../model/operations';
import { applyOperation } from '../model/operations';
import { isPending, type AnnotationSet, type EntityMention, type EventFrame } from '../model/types';
import { adjudicateDocument } from './adjudicate';
import { alignDocument } from './align';
import type { ReviewDocument } from './corpus';
import { disagreementsOf, type Disagreement } from './disagreements';
import { argumentKey, mentionKey, triggerKey } from './items';

/**
 * Adjudication as operations on the `gold` set. The engine pre-merges (adjudicate.ts): what the
 * annotators agree on is accepted, every disagreement's variants are PENDING items of the gold set,
 * with `proposed_by`. A reviewer's decision keeps some versions and drops the others — one batch of the
 * model's ordinary operations (accept = `setSource human`, drop = delete), so it is undone, stored and
 * logged like any edit. A disagreement is decided when none of its items is pending any more; the set
 * becomes `adjudicated` with the decision that settles the last one.
 */

/** Whose versions a decision keeps: some annotators' (take A, take B), everyone's (take both), nobody's. */
export type Take = { annotators: readonly string[] } | 'all' | 'none';

/** The gold items behind the variants, found by the variants' keys (ids differ between sets). */
export class GoldIndex {
  readonly mentions = new Map<string, EntityMention>();
  readonly events = new Map<string, EventFrame>();
  /** Pending one-argument events to merge into an agreed event, by argument key. */
  readonly argumentEvents = new Map<string, EventFrame>();

  constructor(readonly set: AnnotationSet) {
    const byId = new Map(set.entities.map((m) => [m.id, m]));
    for (const m of set.entities) if (!this.mentions.has(mentionKey(m))) this.mentions.set(mentionKey(m), m);
    for (const e of set.events) {
      const filler = e.arguments.length === 1 ? byId.get(e.arguments[0].entity) : undefined;
      if (e.attributes?.merge_into !== undefined) {
        if (filler) this.argumentEvents.set(argumentKey(triggerKey(e), e.arguments[0].role, mentionKey(filler)), e);
      } else if (!this.events.has(triggerKey(e))) this.events.set(triggerKey(e), e);
    }
  }

  mentionKeyOf(id: string): string | undefined {
    const m = this.set.entities.find((x) => x.id === id);
    return m && mentionKey(m);
  }
}

const pendingIn = (item: { source?: 'human' | 'heuristic' } | undefined) => item !== undefined && isPending(item);

export function isDecided(d: Disagreement, gold: GoldIndex): boolean {
  if (d.attribute) return !pendingIn(gold.events.get(d.attribute.eventKey));
  return (
    !d.mentions.some((m) => pendingIn(gold.mentions.get(m.key))) &&
    !d.triggers.some((t) => pendingIn(gold.events.get(t.key))) &&
    !d.arguments.some((a) => pendingIn(gold.argumentEvents.get(a.key)))
  );
}

function accept(target: Target, item: EntityMention | EventFrame): Operation[] {
  if (!isPending(item)) return [];
  const ops: Operation[] = [{ kind: 'setSource', target, source: 'human' }];
  if (item.attributes?.proposed_by !== undefined) ops.push({ kind: 'setAttribute', target, name: 'proposed_by', value: undefined });
  return ops;
}

const keeps = (take: Take, annotators: readonly string[]) => take === 'all' || (take !== 'none' && annotators.some((a) => take.annotators.includes(a)));

function attributeDecision(d: Disagreement, take: Take, gold: GoldIndex): Operation[] | string {
  const { eventKey, name, values } = d.attribute!;
  const event = gold.events.get(eventKey);
  if (!event) return 'The event is no longer in the gold set.';
  if (take === 'all') return `An event has one ${name}: take one version.`;
  const value = take === 'none' ? undefined : values.get(take.annotators[0]);
  const target: Target = { kind: 'event', id: event.id };
  const ops = accept(target, event);
  if (JSON.stringify(event.attributes?.[name]) !== JSON.stringify(value)) ops.push({ kind: 'setAttribute', target, name, value });
  return ops;
}

/** Two kept mentions of one label may not overlap (guidelines §1): "take both" of a boundary conflict is refused. */
function overlapRefusal(d: Disagreement, take: Take): string | null {
  const kept = d.mentions.filter((m) => keeps(take, m.annotators));
  for (let i = 0; i < kept.length; i++)
    for (let j = i + 1; j < kept.length; j++) {
      const [x, y] = [kept[i], kept[j]];
      if (x.label === y.label && x.start < y.end && y.start < x.end) return `Two ${x.label} mentions would overlap: two mentions of one label never overlap.`;
    }
  return null;
}

/** Arguments kept or dropped; the one-argument events they came in are added to `deleteEvents`. */
function argumentOps(d: Disagreement, take: Take, gold: GoldIndex, droppedEvents: Set<string>, deleteEvents: Set<string>): Operation[] {
  const ops: Operation[] = [];
  for (const a of d.arguments) {
    const keep = keeps(take, a.annotators);
    const child = gold.argumentEvents.get(a.key);
    if (child) {
      const parent = gold.set.events.find((e) => e.id === child.attributes?.merge_into);
      const argument = child.arguments[0];
      if (keep && parent && !parent.arguments.some((x) => x.role === argument.role && x.entity === argument.entity))
        ops.push({ kind: 'setArgument', eventId: parent.id, argument });
      deleteEvents.add(child.id);
      continue;
    }
    const event = gold.events.get(a.eventKey);
    if (keep || !event || droppedEvents.has(event.id)) continue;
    const argument = event.arguments.find((x) => x.role === a.role && gold.mentionKeyOf(x.entity) === a.fillerKey);
    if (argument) ops.push({ kind: 'clearArgument', eventId: event.id, argument });
  }
  return ops;
}

/** The operations of one decision, or why it is refused (in words for the reviewer). */
export function decisionOperations(d: Disagreement, take: Take, gold: GoldIndex): Operation[] | string {
  if (d.attribute) return attributeDecision(d, take, gold);
  const refusal = overlapRefusal(d, take);
  if (refusal) return refusal;
  const accepted: Operation[] = [];
  const droppedEvents = new Set<string>();
  const deleteEvents = new Set<string>();
  const deleteMentions: Operation[] = [];
  for (const t of d.triggers) {
    const event = gold.events.get(t.key);
    if (!event) continue;
    if (keeps(take, t.annotators)) accepted.push(...accept({ kind: 'event', id: event.id }, event));
    else {
      droppedEvents.add(event.id);
      deleteEvents.add(event.id);
      for (const child of gold.argumentEvents.values()) if (child.attributes?.merge_into === event.id) deleteEvents.add(child.id);
    }
  }
  for (const m of d.mentions) {
    const mention = gold.mentions.get(m.key);
    if (!mention) continue;
    if (keeps(take, m.annotators)) accepted.push(...accept({ kind: 'entity', id: mention.id }, mention));
    else deleteMentions.push({ kind: 'deleteMention', id: mention.id });
  }
  const args = argumentOps(d, take, gold, droppedEvents, deleteEvents);
  return [...accepted, ...args, ...[...deleteEvents].map((id): Operation => ({ kind: 'deleteEvent', id })), ...deleteMentions];
}

/**
 * One decision as one operation, with the status change when it settles the document's last
 * disagreement. Null when the decision changes nothing (the gold set already says so).
 */
export function decide(
  d: Disagreement,
  take: Take,
  gold: AnnotationSet,
  all: readonly Disagreement[],
  label: string,
): { operation: Operation } | { refused: string } | null {
  const ops = decisionOperations(d, take, new GoldIndex(gold));
  if (typeof ops === 'string') return { refused: ops };
  if (ops.length === 0) return null;
  const applied = applyOperation(gold, { kind: 'batch', operations: ops });
  if (!applied.ok) return { refused: `Not applied: ${applied.reason}` };
  const after = new GoldIndex(applied.set);
  if (gold.status !== 'adjudicated' && all.every((x) => isDecided(x, after))) ops.push({ kind: 'setStatus', status: 'adjudicated' });
  return { operation: { kind: 'batch', label, operations: ops } };
}

/**
 * The gold set a review starts from: the engine's merge of the annotators' sets, where an agreed event
 * whose attributes differ (realis) is pending too, so that the reviewer decides it. `in-progress` while
 * something is left to decide.
 */
export function premergedGold(d: ReviewDocument, options: { majority?: boolean } = {}): { set: AnnotationSet; disagreements: Disagreement[] } {
  const record = adjudicateDocument(d, options);
  const disagreements = disagreementsOf(alignDocument(d.sets));
  const disputed = new Set(disagreements.flatMap((x) => (x.attribute ? [x.attribute.eventKey] : [])));
  const annotators = [...d.sets.keys()];
  const events = record.events.map((e): EventFrame => {
    if (isPending(e) || e.attributes?.merge_into !== undefined || !disputed.has(triggerKey(e))) return e;
    return { ...e, source: 'heuristic', confidence: 1, attributes: { ...e.attributes, proposed_by: annotators } };
  });
  const set: AnnotationSet = { docId: record.id, annotator: record.annotator, status: 'in-progress', schema: record.schema, entities: record.entities, events };
  const index = new GoldIndex(set);
  if (disagreements.every((x) => isDecided(x, index))) set.status = 'adjudicated';
  return { set, disagreements };
}
