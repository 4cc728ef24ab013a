import { OffsetMap } from '../text/offsets';
import { segmenterFor, words, type Segment } from '../text/segment';

/**
 * `words()` of text/segment.ts, the same segments, computed fast over a large corpus. Intl.Segmenter
 * costs about a microsecond per character here (≈30 s for 10 000 news articles), and nearly all of it
 * is spent on words met thousands of times. Word boundaries (Unicode UAX #29) never join across white
 * space: no rule keeps a letter, digit or mark together with a space or line break that follows or
 * precedes it, except that a combining mark or format character right after the space attaches to the
 * space (WB4). So the text is cut into white-space-free chunks, each chunk is segmented once and its
 * word offsets are remembered, and texts where a mark or format character follows white space go to
 * `words()` whole. The property test in words.test.ts checks the result against `words()`.
 */

// U+202F (narrow no-break space) is not here: UAX #29 classes it ExtendNumLet, which joins words.
const SPACE = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u205f\\u3000';
const CHUNK = new RegExp(`[^${SPACE}]+`, 'g');
const MARK_AFTER_SPACE = new RegExp(`[${SPACE}][\\p{M}\\p{Cf}]`, 'u');

export class WordSegmenter {
  private readonly lang: string;
  private readonly segmenter: Intl.Segmenter;
  /** chunk → UTF-16 [start, end) pairs of its word-like segments, flattened. */
  private readonly chunks = new Map<string, number[]>();
  private readonly limit: number;

  constructor(lang = 'fr', limit = 500_000) {
    this.lang = lang;
    this.segmenter = segmenterFor(lang, 'word');
    this.limit = limit;
  }

  private chunkWords(chunk: string): number[] {
    let known = this.chunks.get(chunk);
    if (known) return known;
    known = [];
    for (const s of this.segmenter.segment(chunk)) if (s.isWordLike) known.push(s.index, s.index + s.segment.length);
    if (this.chunks.size >= this.limit) this.chunks.clear();
    this.chunks.set(chunk, known);
    return known;
  }

  /** Code-point [start, end) of every word, flattened: [s0, e0, s1, e1, …] (no objects: cheap at scale). */
  offsets(text: string): number[] {
    if (MARK_AFTER_SPACE.test(text)) return words(text, this.lang).flatMap((w) => [w.start, w.end]);
    const map = new OffsetMap(text);
    const out: number[] = [];
    for (const m of text.matchAll(CHUNK)) {
      const offsets = this.chunkWords(m[0]);
      for (let k = 0; k < offsets.length; k++) out.push(map.toCodePoint(m.index + offsets[k]));
    }
    return out;
  }

  words(text: string): Segment[] {
    const map = new OffsetMap(text);
    const flat = this.offsets(text);
    const out: Segment[] = [];
    for (let k = 0; k < flat.length; k += 2) out.push({ start: flat[k], end: flat[k + 1], text: map.slice(flat[k], flat[k + 1]) });
    return out;
  }
}
