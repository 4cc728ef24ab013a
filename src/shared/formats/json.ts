/**
 * JSON from files, read with a nesting limit. Python's json module gives up near 1 000 levels and
 * V8's JSON.stringify overflows its stack near 10 000, so a record nested deeper than anything the
 * contract needs is refused before it is parsed, written or validated.
 */

/** Deepest nesting of arrays and objects accepted in any JSON Glose reads (a gold record needs 5). */
export const MAX_JSON_DEPTH = 64;

export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string; /** 0-based index in the text, when known. */ at?: number };

/** Index of the first bracket that opens level `MAX_JSON_DEPTH + 1`, or -1; strings are skipped. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** JSON.parse with the nesting limit; a syntax error gives V8's message and, when it says, the position. */
export function readJson(text: string): JsonRead {
  const deep = tooDeepAt(text);
  if (deep >= 0) return { ok: false, reason: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, at: deep };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    return { ok: false, reason: `not JSON (${message})`, ...(position ? { at: Number(position[1]) } : {}) };
  }
}

/** 1-based line of a character index. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export interface JsonValueAt {
  /** 1-based line where the value starts. */
  line: number;
  read: JsonRead;
}

/**
 * The JSON values of a file that is not one value a line: the elements of a JSON array (`[{…}, {…}]`),
 * or objects written one after another over several lines (pretty-printed JSONL, as doccano's
 * documentation shows it). Null when the text is neither. Each value is then read with `readJson`.
 */
export function jsonValuesOf(text: string): JsonValueAt[] | null {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.search(/\S/);
  if (first < 0) return null;
  const inArray = body[first] === '[';
  const pieces: [number, number][] = [];
  let depth = inArray ? 1 : 0;
  let inString = false;
  let start = -1;
  for (let i = inArray ? first + 1 : first; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    const topLevel = depth === (inArray ? 1 : 0);
    if (topLevel && inArray && (c === ',' || c === ']')) {
      if (start >= 0) pieces.push([start, i]);
      start = -1;
      if (c === ']') return body.slice(i + 1).trim() === '' ? pieces.map(([a, b]) => valueAt(body, a, b)) : null;
      continue;
    }
    if (topLevel && !inArray && /\s/.test(c)) continue;
    if (topLevel && !inArray && c !== '{') return null;
    if (start < 0 && /\S/.test(c)) start = i;
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (!inArray && depth === 0) {
        pieces.push([start, i + 1]);
        start = -1;
      }
    }
  }
  if (inArray || start >= 0) return null;
  return pieces.length ? pieces.map(([a, b]) => valueAt(body, a, b)) : null;
}

function valueAt(body: string, start: number, end: number): JsonValueAt {
  return { line: lineAt(body, start), read: readJson(body.slice(start, end)) };
}
