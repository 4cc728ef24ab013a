import { OffsetMap } from './offsets';

/** A piece of text with code-point offsets. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

function segmentsOf(text: string, granularity: 'word' | 'sentence', lang: string, keep: (s: Intl.SegmentData) => boolean): Segment[] {
  const map = new OffsetMap(text);
  const segmenter = new Intl.Segmenter(lang, { granularity });
  const out: Segment[] = [];
  for (const s of segmenter.segment(text)) {
    if (!keep(s)) continue;
    out.push({ start: map.toCodePoint(s.index), end: map.toCodePoint(s.index + s.segment.length), text: s.segment });
  }
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
