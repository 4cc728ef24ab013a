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

/**
 * A segmenter for the language tag, or for no language in particular when the tag is not one
 * (`meta.lang` comes from imported files: a malformed tag must not stop an import).
 */
export function segmenterFor(lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity });
  } catch {
    return new Intl.Segmenter(undefined, { granularity });
  }
}

function segmentsOf(text: string, granularity: 'word', lang: string, keep: (s: Intl.SegmentData) => boolean): Segment[] {
  const map = new OffsetMap(text);
  const segmenter = segmenterFor(lang, granularity);
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

/** Longest sentence: a line with no sentence end for this long is cut at a white space (a run-on paste, not prose). */
const LONGEST_SENTENCE = 16 * CHUNK;
/** How far past a sentence end the segmenter may look to decide it (a run of non-letters before a lower-case letter). */
const LOOKAHEAD = 512;

/**
 * Sentence pieces of one line, `[offset in line, text]`. Intl.Segmenter's sentence iteration also slows down
 * quadratically with length, so a long line is segmented window by window: the sentences of a window that end
 * more than LOOKAHEAD characters before its end are kept (their ends were decided with the text after them in
 * view), and the next window starts where the first sentence not kept starts, as if the line began there.
 */
function lineSentences(segmenter: Intl.Segmenter, line: string): [number, string][] {
  const out: [number, string][] = [];
  // A line of ordinary length is segmented at once, as it always was.
  if (line.length <= CHUNK) {
    for (const p of segmenter.segment(line)) out.push([p.index, p.segment]);
    return out;
  }
  let from = 0;
  let size = CHUNK;
  while (from < line.length) {
    const window = line.slice(from, from + size);
    const pieces = [...segmenter.segment(window)];
    const atEnd = from + window.length >= line.length;
    if (atEnd) {
      for (const p of pieces) out.push([from + p.index, p.segment]);
      break;
    }
    if (pieces.length < 2) {
      if (size < LONGEST_SENTENCE) {
        size *= 2;
        continue;
      }
      const cut = window.search(/\s\S*$/);
      const end = cut > 0 ? cut + 1 : window.length;
      out.push([from, window.slice(0, end)]);
      from += end;
      size = CHUNK;
      continue;
    }
    // A sentence end can depend on what follows it (`attaqué. 🙂 ok.` does not break: a lower-case letter comes
    // next, after any run of digits, symbols or spaces), so only the ends well before the window's end are kept.
    const safe = window.length - LOOKAHEAD;
    let keep = 0;
    while (keep < pieces.length - 1 && pieces[keep].index + pieces[keep].segment.length <= safe) keep++;
    if (keep === 0) {
      if (size < LONGEST_SENTENCE) {
        size *= 2;
        continue;
      }
      keep = 1;
    }
    for (const p of pieces.slice(0, keep)) out.push([from + p.index, p.segment]);
    from += pieces[keep].index;
    size = CHUNK;
  }
  return out;
}

/**
 * Sentences, trimmed of surrounding white space. A line break always ends a sentence: headlines and
 * captions in news have no final full stop, and annotations never cross a line break.
 */
export function sentences(text: string, lang = 'fr'): Segment[] {
  const map = new OffsetMap(text);
  const segmenter = segmenterFor(lang, 'sentence');
  const out: Segment[] = [];
  let lineStart = 0; // UTF-16
  for (const line of text.split('\n')) {
    for (const [index, segment] of lineSentences(segmenter, line)) {
      const body = segment.trim();
      if (body === '') continue;
      const from = lineStart + index + (segment.length - segment.trimStart().length);
      out.push({ start: map.toCodePoint(from), end: map.toCodePoint(from + body.length), text: body });
    }
    lineStart += line.length + 1;
  }
  return out;
}
