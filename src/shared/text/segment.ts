import { OffsetMap } from './offsets';

/** A piece of text with code-point offsets. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Longest piece handed to Intl.Segmenter at once: its word iteration slows down quadratically with length. */
const CHUNK = 4096;

/**
 * Cuts the text (UTF-16 offsets) after a line break or, in a long line, after a white space: no word
 * boundary rule joins across white space, so segmenting the pieces gives the words of the whole.
 */
function chunkStarts(text: string): number[] {
  const starts = [0];
  let from = 0;
  while (text.length - from > CHUNK) {
    const window = text.slice(from, from + CHUNK);
    const cut = Math.max(window.lastIndexOf('\n'), window.search(/\s\S*$/));
    from += cut > 0 ? cut + 1 : CHUNK;
    // Never between the two halves of a surrogate pair.
    if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from++;
    starts.push(from);
  }
  return starts;
}

function segmentsOf(text: string, granularity: 'word', lang: string, keep: (s: Intl.SegmentData) => boolean): Segment[] {
  const map = new OffsetMap(text);
  const segmenter = new Intl.Segmenter(lang, { granularity });
  const out: Segment[] = [];
  const starts = chunkStarts(text);
  starts.forEach((start, i) => {
    const piece = text.slice(start, starts[i + 1] ?? text.length);
    for (const s of segmenter.segment(piece)) {
      if (!keep(s)) continue;
      const from = start + s.index;
      out.push({ start: map.toCodePoint(from), end: map.toCodePoint(from + s.segment.length), text: s.segment });
    }
  });
  return out;
}

/** Words (letters, digits) and punctuation marks, without white space. */
export function tokenize(text: string, lang = 'fr'): Segment[] {
  return segmentsOf(text, 'word', lang, (s) => s.segment.trim() !== '');
}

/** Word-like tokens only (what agreement over tokens counts). */
export function words(text: string, lang = 'fr'): Segment[] {
  return segmentsOf(text, 'word', lang, (s) => s.isWordLike === true);
}

/**
 * Sentences, trimmed of surrounding white space. A line break always ends a sentence: headlines and
 * captions in news have no final full stop, and annotations never cross a line break.
 */
export function sentences(text: string, lang = 'fr'): Segment[] {
  const map = new OffsetMap(text);
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Segment[] = [];
  let lineStart = 0; // UTF-16
  for (const line of text.split('\n')) {
    for (const s of segmenter.segment(line)) {
      const body = s.segment.trim();
      if (body === '') continue;
      const from = lineStart + s.index + (s.segment.length - s.segment.trimStart().length);
      out.push({ start: map.toCodePoint(from), end: map.toCodePoint(from + body.length), text: body });
    }
    lineStart += line.length + 1;
  }
  return out;
}
