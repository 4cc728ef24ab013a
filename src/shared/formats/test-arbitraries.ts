import fc from 'fast-check';
import type { EntityMention, EventFrame, GoldRecord } from '../model/types';
import type { Schema } from '../schema/types';
import { OffsetMap } from '../text/offsets';
import { byPosition } from './common';
import { serializeGoldRecord } from './gold-jsonl';
import { exportTokens } from './export-tokens';

/**
 * fast-check generators for the format round-trip tests (used by tests only). Documents hold astral
 * characters (𝔘, 😀), combining accents, elisions and newlines; mentions never overlap another of the
 * same label; events take fillers their role allows. Ids are given in the contract's order (T1… by
 * position, E1… by trigger), the order importers that renumber use, so records compare as wholes.
 */

const PIECES = ['Derna', 'l’armée', "d'une", 'Haftar', 'a', 'été', 'e\u0301', '𝔘', '😀', '中', '«', '»', ',', '.', '-', '35', 'Al-Qaïda'];
const GAPS = [' ', ' ', ' ', '\n', '\n\n', ' \u00a0'];

export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

interface Options {
  /** Spans on token boundaries (what spaCy and CoNLL can carry exactly). */
  aligned?: boolean;
  /** Attributes (realis, notes) on annotations. */
  attributes?: boolean;
}

type Range = { start: number; end: number };

function spanArb(text: string, aligned: boolean): fc.Arbitrary<Range> {
  if (aligned) {
    const tokens = exportTokens(text);
    return fc.tuple(fc.nat(tokens.length - 1), fc.nat(2)).map(([i, k]) => ({ start: tokens[i].start, end: tokens[Math.min(tokens.length - 1, i + k)].end }));
  }
  const n = new OffsetMap(text).codePointLength;
  return fc.tuple(fc.nat(n - 1), fc.integer({ min: 1, max: 6 })).map(([a, len]) => ({ start: a, end: Math.min(n, a + len) }));
}

function noSameLabelOverlap<T extends Range & { label: string }>(items: T[]): T[] {
  const kept: T[] = [];
  for (const m of items) if (!kept.some((k) => k.label === m.label && k.start < m.end && m.start < k.end)) kept.push(m);
  return kept;
}

const NOTE = fc.constantFrom('à vérifier', 'cf. 𝔘 😀', 'deux\nlignes');

export function goldRecordArb(schema: Schema, options: Options = {}): fc.Arbitrary<GoldRecord> {
  const labels = schema.entities.map((e) => e.name);
  const attr = schema.attributes.find((a) => a.appliesTo === 'event');
  return newsText.chain((text) => {
    const map = new OffsetMap(text);
    const span = spanArb(text, options.aligned === true);
    const withAttrs = options.attributes === true;
    const mention = fc.record({ span, label: fc.constantFrom(...labels), note: withAttrs ? fc.option(NOTE) : fc.constant(null) });
    const event = fc.record({
      span,
      type: fc.constantFrom(...schema.events),
      picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      realis: withAttrs && attr ? fc.option(fc.constantFrom(...attr.values)) : fc.constant(null),
      note: withAttrs ? fc.option(NOTE) : fc.constant(null),
    });
    return fc
      .record({
        mentions: fc.array(mention, { maxLength: 8 }),
        events: fc.array(event, { maxLength: 4 }),
        date: fc.option(fc.constantFrom('2018-05', '2019-04-07')),
      })
      .map(({ mentions, events, date }) => {
        const spans = noSameLabelOverlap(mentions.map((m) => ({ ...m.span, label: m.label, note: m.note }))).sort(byPosition);
        const entities: EntityMention[] = spans.map((m, i) => ({
          id: `T${i + 1}`,
          start: m.start,
          end: m.end,
          label: m.label,
          text: map.slice(m.start, m.end),
          ...(m.note ? { attributes: { note: m.note } } : {}),
        }));
        const seen = new Set<string>();
        const frames = events
          .filter((e) => !seen.has(`${e.type.name} ${e.span.start} ${e.span.end}`) && seen.add(`${e.type.name} ${e.span.start} ${e.span.end}`))
          .map((e) => ({ ...e, label: e.type.name, start: e.span.start, end: e.span.end }))
          .sort(byPosition)
          .map((e, i): EventFrame => {
            const args = e.picks.flatMap(([r, m]) => {
              const role = e.type.roles[r % Math.max(1, e.type.roles.length)];
              const fillers = role ? entities.filter((x) => role.labels.includes(x.label)) : [];
              return fillers.length ? [{ role: role.name, entity: fillers[m % fillers.length].id }] : [];
            });
            const unique = args.filter((a, k) => args.findIndex((b) => b.role === a.role && b.entity === a.entity) === k);
            const attributes = { ...(e.realis && attr ? { [attr.name]: e.realis } : {}), ...(e.note ? { note: e.note } : {}) };
            return {
              id: `E${i + 1}`,
              type: e.type.name,
              trigger: { start: e.start, end: e.end, text: map.slice(e.start, e.end) },
              arguments: unique,
              ...(Object.keys(attributes).length ? { attributes } : {}),
            };
          });
        return {
          id: 'doc-1',
          text,
          meta: { source: 'doc-1.txt', lang: 'fr', ...(date ? { date } : {}) },
          annotator: 'alice',
          status: 'done',
          schema: `${schema.name}@${schema.version}`,
          entities,
          events: frames,
        };
      });
  });
}

/** Several records with distinct ids. */
export function goldRecordsArb(schema: Schema, options: Options = {}): fc.Arbitrary<GoldRecord[]> {
  return fc
    .array(goldRecordArb(schema, options), { minLength: 1, maxLength: 3 })
    .map((rs) => rs.map((r, i) => ({ ...r, id: `doc-${i + 1}`, meta: { ...r.meta, source: `doc-${i + 1}.txt` } })));
}

/**
 * A record as the contract writes it: the canonical form to compare. Meta keys are sorted because
 * gold-jsonl's reader (zod) puts the declared keys (source, date, lang) first; their order means nothing.
 */
export function canonical(r: GoldRecord): string {
  const meta = Object.fromEntries(Object.entries(r.meta).sort(([a], [b]) => a.localeCompare(b))) as GoldRecord['meta'];
  return serializeGoldRecord({ ...r, meta }, { includePending: true });
}
