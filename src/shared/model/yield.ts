import type { Step } from './state';
import { isPending, type AnnotationSet, type EntityMention, type EventFrame } from './types';

/**
 * The yield of pre-annotation: what became of the suggestions a person decided on. A suggestion is
 * decided in the step where it stops being pending: `accepted` when it is kept as it was suggested,
 * `changed` when the same step gave it another label or type, other boundaries or (an event) other
 * arguments — relabel-and-accept, resize-and-accept —, `rejected` when it is removed. A change made to
 * a suggestion that leaves it pending is not a decision: it counts when the suggestion is decided, by
 * what that step does.
 *
 * Counts are derived from the set before and after each committed step, never from what a command
 * says it did, so that every way of changing a set (keys, buttons, batches, another window) is counted
 * the same, and undo takes back exactly what the step it undoes counted.
 */
export interface YieldCounts {
  accepted: number;
  rejected: number;
  changed: number;
}

export interface SuggestionYield {
  mentions: YieldCounts;
  events: YieldCounts;
}

const ZERO: YieldCounts = { accepted: 0, rejected: 0, changed: 0 };
export const NO_YIELD: SuggestionYield = { mentions: ZERO, events: ZERO };

const sameMention = (a: EntityMention, b: EntityMention) => a.label === b.label && a.start === b.start && a.end === b.end;

const argumentKeys = (e: EventFrame) => e.arguments.map((a) => `${a.role}\u0000${a.entity}`).sort();

const sameEvent = (a: EventFrame, b: EventFrame) =>
  a.type === b.type &&
  a.trigger.start === b.trigger.start &&
  a.trigger.end === b.trigger.end &&
  JSON.stringify(argumentKeys(a)) === JSON.stringify(argumentKeys(b));

function decided<T extends { id: string; source?: EntityMention['source'] }>(before: T[], after: T[], same: (a: T, b: T) => boolean): YieldCounts {
  const now = new Map(after.map((item) => [item.id, item]));
  const counts = { ...ZERO };
  for (const was of before) {
    if (!isPending(was)) continue;
    const is = now.get(was.id);
    if (!is) counts.rejected++;
    else if (!isPending(is)) counts[same(was, is) ? 'accepted' : 'changed']++;
  }
  return counts;
}

/** The suggestions a forward change from `before` to `after` decided. */
export function suggestionYield(before: AnnotationSet, after: AnnotationSet): SuggestionYield {
  return { mentions: decided(before.entities, after.entities, sameMention), events: decided(before.events, after.events, sameEvent) };
}

const mapCounts = (y: SuggestionYield, f: (n: number, kind: 'mentions' | 'events', field: keyof YieldCounts) => number): SuggestionYield => {
  const of = (kind: 'mentions' | 'events'): YieldCounts => ({
    accepted: f(y[kind].accepted, kind, 'accepted'),
    rejected: f(y[kind].rejected, kind, 'rejected'),
    changed: f(y[kind].changed, kind, 'changed'),
  });
  return { mentions: of('mentions'), events: of('events') };
};

export const negateYield = (y: SuggestionYield): SuggestionYield => mapCounts(y, (n) => (n === 0 ? 0 : -n));

export const addYield = (a: SuggestionYield, b: SuggestionYield): SuggestionYield => mapCounts(a, (n, kind, field) => n + b[kind][field]);

export const isNoYield = (y: SuggestionYield): boolean => [y.mentions, y.events].every((c) => c.accepted === 0 && c.rejected === 0 && c.changed === 0);

/**
 * What one committed step adds to the counts. An undo goes from the set after the step it takes back
 * to the set before it, so it counts that forward change negated: undoing an accept takes the accept back.
 */
export function stepYield(before: AnnotationSet, after: AnnotationSet, kind: Step['kind']): SuggestionYield {
  return kind === 'undo' ? negateYield(suggestionYield(after, before)) : suggestionYield(before, after);
}

/** Mentions and events together. */
export function totalYield(y: SuggestionYield): YieldCounts {
  return {
    accepted: y.mentions.accepted + y.events.accepted,
    rejected: y.mentions.rejected + y.events.rejected,
    changed: y.mentions.changed + y.events.changed,
  };
}
