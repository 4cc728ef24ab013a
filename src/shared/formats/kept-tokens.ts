import type { GoldRecord } from '../model/types';
import { OffsetMap } from '../text/offsets';
import type { Segment } from '../text/segment';
import { exportTokens } from './export-tokens';

/**
 * The tokens a document came with (a Prodigy task's `tokens`, a CoNLL file's words), kept in
 * `meta.tokens` so that token exports give back the same token indices. They are kept only when they
 * differ from the ones Glose would make itself (`exportTokens`), so a round trip through a token
 * format adds nothing to a record that had none.
 */

export type KeptToken = { text: string; start: number; end: number } & Record<string, unknown>;

/** `meta.tokens` when every one of them is `{text, start, end}` matching the text; null otherwise. */
export function keptTokens(record: Pick<GoldRecord, 'text' | 'meta'>): KeptToken[] | null {
  const raw = record.meta.tokens;
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const map = new OffsetMap(record.text);
  const valid = raw.every(
    (t: unknown) =>
      typeof t === 'object' &&
      t !== null &&
      typeof (t as KeptToken).text === 'string' &&
      Number.isInteger((t as KeptToken).start) &&
      Number.isInteger((t as KeptToken).end) &&
      map.isValidSpan((t as KeptToken).start, (t as KeptToken).end) &&
      map.slice((t as KeptToken).start, (t as KeptToken).end) === (t as KeptToken).text,
  );
  return valid ? (raw as KeptToken[]) : null;
}

/** The record's words for a token export: its kept tokens (white space ones aside), else `exportTokens()`. */
export function wordTokens(record: Pick<GoldRecord, 'text' | 'meta'>): Segment[] {
  const kept = keptTokens(record);
  if (kept) return kept.filter((t) => t.text.trim() !== '').map((t) => ({ start: t.start, end: t.end, text: t.text }));
  return exportTokens(record.text, typeof record.meta.lang === 'string' ? record.meta.lang : 'fr');
}

/** Whether `tokens` are exactly the words Glose would make of `text` (then there is no need to keep them). */
export function sameAsOwnTokens(text: string, lang: string, tokens: { start: number; end: number }[]): boolean {
  const own = exportTokens(text, lang);
  const words = tokens.filter((t) => t.end > t.start);
  return own.length === words.length && own.every((t, i) => t.start === words[i].start && t.end === words[i].end);
}

/** Meta without the kept tokens, for formats that write the tokens in their own place. */
export function metaWithoutTokens(meta: GoldRecord['meta']): GoldRecord['meta'] {
  if (!('tokens' in meta)) return meta;
  const { tokens: _tokens, ...rest } = meta;
  return rest as GoldRecord['meta'];
}
