import type { OffsetMap } from './offsets';

/** Characters that mean something in a regular expression, escaped to be matched as themselves. */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Every place the query occurs in the text, ignoring case (Unicode-aware), as code-point ranges in
 * order. A regular expression rather than lower-casing both: lower-casing can change a string's
 * length (`İ`), which would shift every offset after it.
 */
export function findAll(map: OffsetMap, query: string, limit = 10_000): Array<{ start: number; end: number }> {
  if (!query) return [];
  const re = new RegExp(query.replace(SPECIAL, '\\$&'), 'giu');
  const out: Array<{ start: number; end: number }> = [];
  for (const m of map.text.matchAll(re)) {
    out.push({ start: map.toCodePoint(m.index), end: map.toCodePoint(m.index + m[0].length) });
    if (out.length >= limit) break;
  }
  return out;
}
