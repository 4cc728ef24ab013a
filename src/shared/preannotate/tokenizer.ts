import { elisionLength } from '../text/french-elision';

/**
 * A fast tokenizer for the pre-annotator, in UTF-16 indices (converted to code points only when a
 * suggestion is emitted). Words keep inner hyphens (`cessez-le-feu`, `Al-Qaïda`, `sud-ouest`) and
 * numbers keep their group separators (`150.000`, `2.000`); elided articles and prepositions are split
 * off (`l'armée` → `l'` `armée`) because an extent never starts with them.
 */
export interface Token {
  /** UTF-16 start and end (exclusive) in the document text. */
  s: number;
  e: number;
  text: string;
  lower: string;
  /** Lower case, typographic apostrophe folded: the lexicon key (see keyOf). */
  key: string;
  /** Case kept, apostrophe folded: the key of case-sensitive lexicons. */
  norm: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case. */
  upper: boolean;
  word: boolean;
  num: boolean;
}

const ALL_UPPER_RE = /^[\p{Lu}\d-]*\p{Lu}[\p{Lu}\d-]*$/u;
const LETTER_RE = /[\p{L}]/u;
const NUM_RE = /^\d[\d., \u00A0\u202F]*$/;
const DECIMAL_GLUE = /[.,]/;

function make(text: string, s: number, e: number): Token {
  const t = text.slice(s, e);
  const c = t.charCodeAt(0);
  const num = c >= 48 && c <= 57 && NUM_RE.test(t);
  const word = num || (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || t.length > 1 : LETTER_RE.test(t));
  const lower = t.toLowerCase();
  const cap = word && !num && t[0] !== lower[0];
  const hasApo = t.includes('’');
  return {
    s,
    e,
    text: t,
    lower,
    word,
    num,
    cap,
    key: hasApo ? lower.replace(/’/g, "'") : lower,
    norm: hasApo ? t.replace(/’/g, "'") : t,
    upper: cap && t.length >= 2 && t === t.toUpperCase() && ALL_UPPER_RE.test(t),
  };
}

/** Splits one regex match into tokens: elisions, and `.`/`,` glue that only numbers may keep. */
function pushMatch(out: Token[], text: string, s: number, e: number): void {
  const m = text.slice(s, e);
  if (DECIMAL_GLUE.test(m) && !NUM_RE.test(m)) {
    // `armés,militaires` or `M.Haftar`: split at the punctuation.
    let from = s;
    for (let i = s; i < e; i++) {
      const c = text[i];
      if (c === '.' || c === ',') {
        if (i > from) pushMatch(out, text, from, i);
        out.push(make(text, i, i + 1));
        from = i + 1;
      }
    }
    if (from < e) pushMatch(out, text, from, e);
    return;
  }
  const elided = elisionLength(m);
  if (elided) {
    out.push(make(text, s, s + elided));
    pushMatch(out, text, s + elided, e);
    return;
  }
  out.push(make(text, s, e));
}

const ALNUM_RE = /^[\p{L}\p{N}]$/u;
const GLUE = new Set(['-', "'", '’', '.', ',']);
const GROUP_SPACE = new Set([' ', '\u00A0', '\u202F']);

/** Letter or digit at UTF-16 index i (a surrogate pair is tested as one character); its width in units, 0 if none. */
function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 1; // Latin-1 and Latin Extended letters
  if (c >= 0xd800 && c <= 0xdbff) return ALNUM_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  return ALNUM_RE.test(text[i]) ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of a run of letters and digits from i. */
function run(text: string, i: number): number {
  for (let w = alnumAt(text, i); w; w = alnumAt(text, i)) i += w;
  return i;
}

/** `2 000`, `12 500 000`: groups of three digits after a short number, then no letter or digit. */
function numberGroups(text: string, s: number, e: number): number {
  if (e - s > 3) return e;
  for (let k = s; k < e; k++) if (!isDigit(text.charCodeAt(k))) return e;
  let end = e;
  while (
    GROUP_SPACE.has(text[end]) &&
    isDigit(text.charCodeAt(end + 1)) &&
    isDigit(text.charCodeAt(end + 2)) &&
    isDigit(text.charCodeAt(end + 3)) &&
    !alnumAt(text, end + 4)
  )
    end += 4;
  return end;
}

/**
 * One pass over the text with character tests (no regex per token): a word is letters and digits
 * joined by `-`, `'`, `’`, `.`, `,` (split again by pushMatch), with a final `’` glued to a name;
 * anything else that is not white space is a token of its own.
 */
export function tokenizeFast(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    const w = alnumAt(text, i);
    if (!w) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || /\s/.test(text[i])) {
        i++;
        continue;
      }
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      out.push(make(text, i, i + width));
      i += width;
      continue;
    }
    const start = i;
    i = run(text, i);
    const grouped = numberGroups(text, start, i);
    if (grouped > i) {
      out.push(make(text, start, grouped));
      i = grouped;
      continue;
    }
    while (i < n && GLUE.has(text[i]) && alnumAt(text, i + 1)) i = run(text, i + 1);
    if (text[i] === '’' && !alnumAt(text, i + 1)) i++;
    pushMatch(out, text, start, i);
  }
  return out;
}

/** Lower-cased, with the typographic apostrophe folded: the key lexicons are looked up by. */
export function keyOf(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}
