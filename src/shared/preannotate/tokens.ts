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

// `2 000` (thin or plain space between groups of three digits) is one number; a final `’` glued to a
// name is part of it (`Al-Machrou’`, an ayn).
const TOKEN_RE = /\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*(?:’(?![\p{L}\p{N}]))?|\S/gu;
const ELIDED = new Set(["l", "d", "qu", "n", "s", "j", "m", "c", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]);
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
    s, e, text: t, lower, word, num, cap,
    key: hasApo ? lower.replace(/’/g, "'") : lower, norm: hasApo ? t.replace(/’/g, "'") : t,
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
  const apo = m.search(/['’]/);
  if (apo > 0 && ELIDED.has(m.slice(0, apo).toLowerCase())) {
    out.push(make(text, s, s + apo + 1));
    if (s + apo + 1 < e) pushMatch(out, text, s + apo + 1, e);
    return;
  }
  out.push(make(text, s, e));
}

export function tokenizeFast(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) pushMatch(out, text, m.index, m.index + m[0].length);
  return out;
}

/** Lower-cased, with the typographic apostrophe folded: the key lexicons are looked up by. */
export function keyOf(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}
