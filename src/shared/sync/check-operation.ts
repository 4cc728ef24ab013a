import { applyOperation, type Operation } from '../model/operations';
import type { AnnotationSet, EntityMention, EventFrame } from '../model/types';
import { annotationProblems } from '../model/validate';
import type { SchemaIndex } from '../schema/lookup';
import type { OffsetMap } from '../text/offsets';

/**
 * Applies an operation the way the server does: the pure `applyOperation` (which refuses an id used
 * twice, a missing mention or event, an argument naming nothing), then the shared validation
 * (`annotationProblems`) of every mention and event the operation made or changed: offsets inside the
 * text, the text at those offsets, labels and event types the project's schema knows.
 *
 * Only what the operation touched is checked, for two reasons: a set's older annotations may predate
 * a schema version (they stay, as in the app, shown as not defined), and checking a whole set for each
 * of thousands of operations would be quadratic. Which roles a label may fill is not enforced, as the
 * editor itself lets a relabelled filler keep its role and reports it instead.
 */
export type CheckResult = { ok: true; set: AnnotationSet } | { ok: false; reason: string };

/** Items of `after` that are not, by reference, items of `before`: the pure operations keep unchanged ones. */
function changed<T extends object>(before: T[], after: T[]): T[] {
  if (before === after) return [];
  const kept = new Set(before);
  return after.filter((item) => !kept.has(item));
}

function eventProblems(map: OffsetMap, events: EventFrame[], entities: EntityMention[], schema: SchemaIndex): string[] {
  const byId = new Map(entities.map((m) => [m.id, m]));
  return events.flatMap((ev) => {
    // Structure only (schema null) for the event with the mentions it names, then its type.
    const named = ev.arguments.flatMap((a) => (byId.has(a.entity) ? [byId.get(a.entity)!] : []));
    const structural = annotationProblems(map, { entities: named, events: [ev] }, null).filter(
      (p) => p.startsWith(`event ${ev.id}:`) || p.startsWith(`event ${ev.id} trigger`),
    );
    return schema.eventType(ev.type) ? structural : [...structural, `event ${ev.id}: unknown event type ${ev.type}`];
  });
}

export function checkOperation(set: AnnotationSet, operation: Operation, map: OffsetMap, schema: SchemaIndex): CheckResult {
  const applied = applyOperation(set, operation);
  if (!applied.ok) return { ok: false, reason: applied.reason };
  const after = applied.set;
  const problems = [
    ...annotationProblems(map, { entities: changed(set.entities, after.entities), events: [] }, schema),
    ...eventProblems(map, changed(set.events, after.events), after.entities, schema),
  ];
  return problems.length ? { ok: false, reason: problems[0] } : { ok: true, set: after };
}
