import type { DocumentMeta } from './types';
import { totalYield, type SuggestionYield, type YieldCounts } from './yield';

/**
 * What one annotator's work on one document cost and yielded: active annotation time and the fate of
 * the suggestions. Exported in the record's `meta` (docs/gold-jsonl.md, "Work figures"):
 *   "annotation_time_s": 754,
 *   "suggestions": {"accepted": 31, "rejected": 6, "changed": 4,
 *                   "mentions": {"accepted": 28, "rejected": 5, "changed": 3},
 *                   "events": {"accepted": 3, "rejected": 1, "changed": 1}}
 * The totals come first so that a reader who wants one figure finds it; the parts say where it comes from.
 */
export interface WorkFigures {
  /** Active time in milliseconds (gaps between actions over a minute left out). */
  activeMs: number;
  yield: SuggestionYield;
}

export const TIME_KEY = 'annotation_time_s';
export const SUGGESTIONS_KEY = 'suggestions';

const countsOut = (c: YieldCounts) => ({ accepted: c.accepted, rejected: c.rejected, changed: c.changed });

/** The record's meta with the figures; keys the meta already has keep their place. */
export function metaWithFigures(meta: DocumentMeta, figures: WorkFigures): DocumentMeta {
  return {
    ...meta,
    [TIME_KEY]: Math.round(figures.activeMs / 1000),
    [SUGGESTIONS_KEY]: { ...countsOut(totalYield(figures.yield)), mentions: countsOut(figures.yield.mentions), events: countsOut(figures.yield.events) },
  };
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function countsIn(v: unknown): YieldCounts | null {
  if (typeof v !== 'object' || v === null) return null;
  const { accepted, rejected, changed } = v as Record<string, unknown>;
  return isCount(accepted) && isCount(rejected) && isCount(changed) ? { accepted, rejected, changed } : null;
}

/**
 * The figures a record's meta carries, and the meta without them (they belong to the record's
 * annotator, not to the document that every annotator's record shares). Figures are taken only when
 * writing them back gives the meta exactly as it came (`metaWithFigures`' shape, keys last): anything
 * else — another tool's keys of the same name, another order — is not ours to read, and the meta is
 * kept as it came. Either way a round trip gives the same line.
 */
export function figuresFromMeta(meta: DocumentMeta): { figures: WorkFigures; meta: DocumentMeta } | null {
  const seconds = meta[TIME_KEY];
  const suggestions = meta[SUGGESTIONS_KEY] as Record<string, unknown> | undefined;
  if (!isCount(seconds) || typeof suggestions !== 'object' || suggestions === null) return null;
  const [mentions, events] = [countsIn(suggestions.mentions), countsIn(suggestions.events)];
  if (!mentions || !events) return null;
  const figures: WorkFigures = { activeMs: seconds * 1000, yield: { mentions, events } };
  const rest = { ...meta };
  delete rest[TIME_KEY];
  delete rest[SUGGESTIONS_KEY];
  return JSON.stringify(metaWithFigures(rest, figures)) === JSON.stringify(meta) ? { figures, meta: rest } : null;
}
