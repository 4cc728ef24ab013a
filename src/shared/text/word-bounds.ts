import { elisionLength } from './french-elision';
import type { OffsetMap } from './offsets';

/**
 * Word boundaries for the editor's gestures, in code points: a selection made with the mouse snaps to
 * whole words, a mention grows or shrinks by a word, "label all occurrences" finds a string only where
 * it stands as whole words. A word is a run of letters, digits and marks, joined by inner hyphens and
 * apostrophes (`cessez-le-feu`, `aujourd'hui`, `Al-Qaïda`); everything else separates words.
 */

const WORD = /[\p{L}\p{N}\p{M}]/u;
const JOINER = /^['’\-‐]$/u;

/** The code point at `i` (a code-point offset), or '' outside the text. */
function at(map: OffsetMap, i: number): string {
  return i < 0 || i >= map.codePointLength ? '' : map.slice(i, i + 1);
}

/** A word character at i, counting a joiner between two word characters as part of the word. */
function inWord(map: OffsetMap, i: number): boolean {
  const c = at(map, i);
  if (WORD.test(c)) return true;
  return JOINER.test(c) && WORD.test(at(map, i - 1)) && WORD.test(at(map, i + 1));
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Grows a range to the words it touches and trims what is not a word at its ends (spaces, punctuation),
 * then leaves out a leading French elided article (`l'armée` → `armée`: an extent never starts with
 * it). A range over no word at all comes back empty (start === end).
 */
export function snapToWords(map: OffsetMap, range: Range): Range {
  let { start, end } = range;
  while (start < end && !inWord(map, start)) start++;
  while (end > start && !inWord(map, end - 1)) end--;
  if (start === end) return { start, end: start };
  while (start > 0 && inWord(map, start - 1) && !isLineBreak(map, start - 1)) start--;
  while (end < map.codePointLength && inWord(map, end)) end++;
  const text = map.slice(start, end);
  const elided = elisionLength(text);
  if (elided && elided < text.length) start += [...text.slice(0, elided)].length;
  return { start, end };
}

const isLineBreak = (map: OffsetMap, i: number) => at(map, i) === '\n';

/** The words of the text as code-point ranges, in order. */
export function wordsIn(map: OffsetMap, from = 0, to = map.codePointLength): Range[] {
  const out: Range[] = [];
  let i = from;
  while (i < to) {
    if (!inWord(map, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && inWord(map, i)) i++;
    out.push({ start, end: i });
  }
  return out;
}

/** Start of the word before `offset` (on the same line, after an elided article), or null at the start of the line. */
export function previousWordStart(map: OffsetMap, offset: number): number | null {
  let i = offset;
  while (i > 0 && !inWord(map, i - 1)) {
    if (isLineBreak(map, i - 1)) return null;
    i--;
  }
  if (i === 0) return null;
  const end = i;
  while (i > 0 && inWord(map, i - 1)) i--;
  const word = map.slice(i, end);
  const elided = elisionLength(word);
  return elided && elided < word.length ? i + [...word.slice(0, elided)].length : i;
}

/** End of the word after `offset` (on the same line), or null at the end of the line. */
export function nextWordEnd(map: OffsetMap, offset: number): number | null {
  let i = offset;
  while (i < map.codePointLength && !inWord(map, i)) {
    if (isLineBreak(map, i)) return null;
    i++;
  }
  if (i >= map.codePointLength) return null;
  while (i < map.codePointLength && inWord(map, i)) i++;
  return i;
}

/** Every place where `needle` stands as whole words (nothing word-like glued on either side). */
export function wholeWordOccurrences(map: OffsetMap, needle: string): Range[] {
  if (!needle) return [];
  const length = [...needle].length;
  const out: Range[] = [];
  for (let u = map.text.indexOf(needle); u >= 0; u = map.text.indexOf(needle, u + 1)) {
    const start = map.toCodePoint(u);
    const end = start + length;
    if (!inWord(map, start - 1) && !inWord(map, end)) out.push({ start, end });
  }
  return out;
}
