import type { SchemaIndex } from '../schema/lookup';
import { OffsetMap } from '../text/offsets';
import type { AnnotationSet, Span } from './types';

function spanProblem(map: OffsetMap, span: Span, what: string): string | null {
  if (!map.isValidSpan(span.start, span.end)) {
    return `${what}: offsets ${span.start}..${span.end} are outside the text (length ${map.codePointLength}) or empty`;
  }
  const actual = map.slice(span.start, span.end);
  if (actual !== span.text)
    return `${what}: text ${JSON.stringify(span.text)} does not match the text at ${span.start}..${span.end} (${JSON.stringify(actual)})`;
  return null;
}

/**
 * Everything wrong with an annotation set for a given text and schema, as readable reasons.
 * Pass `schema` null to check only the structure (offsets, ids, references).
 */
export function annotationProblems(text: string | OffsetMap, set: Pick<AnnotationSet, 'entities' | 'events'>, schema: SchemaIndex | null): string[] {
  const map = typeof text === 'string' ? new OffsetMap(text) : text;
  const problems: string[] = [];
  const ids = new Set<string>();
  const labelOf = new Map<string, string>();
  for (const m of set.entities) {
    if (ids.has(m.id)) problems.push(`duplicate id ${m.id}`);
    ids.add(m.id);
    labelOf.set(m.id, m.label);
    const p = spanProblem(map, m, `entity ${m.id}`);
    if (p) problems.push(p);
    if (schema && !schema.label(m.label)) problems.push(`entity ${m.id}: unknown label ${m.label}`);
  }
  for (const ev of set.events) {
    if (ids.has(ev.id)) problems.push(`duplicate id ${ev.id}`);
    ids.add(ev.id);
    const p = spanProblem(map, ev.trigger, `event ${ev.id} trigger`);
    if (p) problems.push(p);
    if (schema && !schema.eventType(ev.type)) problems.push(`event ${ev.id}: unknown event type ${ev.type}`);
    for (const arg of ev.arguments) {
      const label = labelOf.get(arg.entity);
      if (label === undefined) {
        problems.push(`event ${ev.id}: argument ${arg.role} names a missing entity ${arg.entity}`);
      } else if (schema && schema.eventType(ev.type)) {
        const why = schema.argumentProblem(ev.type, arg.role, label);
        if (why) problems.push(`event ${ev.id}: ${why}`);
      }
    }
  }
  return problems;
}

/** The spec's `meta.date`: `YYYY-MM` or `YYYY-MM-DD`, and a day that exists (no 2019-02-30, no month 13). */
export function isDocumentDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The values the spec allows for an event's `attributes.realis`. */
export const REALIS_VALUES = ['actual', 'generic', 'other'] as const;
