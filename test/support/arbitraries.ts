import fc from 'fast-check';
import type { EntityMention, EventFrame, GoldRecord } from '../../src/shared/model/types';
import { OffsetMap } from '../../src/shared/text/offsets';

/** Characters news text is made of, plus the ones that break naive code: astral, combining, newlines. */
const pieces = ['a', 'é', 'L', ' ', ' ', '\n', "'", '’', '😀', '𝔘', '中', 'e\u0301', '-', '.', '«', '"', '\\', '\t'];

export const newsText = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 }).map((p) => p.join(''));

/** A record with random valid mentions (any label of `labels`) and events with arguments among them. */
export function goldRecord(labels: string[], eventTypes: { type: string; roles: string[] }[]): fc.Arbitrary<GoldRecord> {
  return newsText.chain((text) => {
    const map = new OffsetMap(text);
    const n = map.codePointLength;
    const span = fc.tuple(fc.nat(n - 1), fc.integer({ min: 1, max: n })).map(([a, len]) => ({ start: a, end: Math.min(n, a + len) }));
    const mention = fc.record({ span, label: fc.constantFrom(...labels), heuristic: fc.boolean() });
    return fc
      .record({
        mentions: fc.array(mention, { maxLength: 8 }),
        events: fc.array(fc.record({ span, type: fc.constantFrom(...eventTypes), args: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }) }), {
          maxLength: 4,
        }),
      })
      .map(({ mentions, events }) => {
        const entities: EntityMention[] = mentions.map((m, i) => ({
          id: `T${i + 1}`,
          start: m.span.start,
          end: m.span.end,
          label: m.label,
          text: map.slice(m.span.start, m.span.end),
          ...(m.heuristic ? { source: 'heuristic' as const, confidence: 0.5 } : {}),
        }));
        const frames: EventFrame[] = events.map((e, i) => ({
          id: `E${i + 1}`,
          type: e.type.type,
          trigger: { start: e.span.start, end: e.span.end, text: map.slice(e.span.start, e.span.end) },
          arguments:
            entities.length && e.type.roles.length
              ? dedupe(e.args.map(([r, m]) => ({ role: e.type.roles[r % e.type.roles.length], entity: entities[m % entities.length].id })))
              : [],
          attributes: { realis: 'actual' },
        }));
        return {
          id: 'doc',
          text,
          meta: { source: 'doc.txt', lang: 'fr' },
          annotator: 'alice',
          status: 'in-progress',
          schema: 'test@1',
          entities,
          events: frames,
        };
      });
  });
}

function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = JSON.stringify(i);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
