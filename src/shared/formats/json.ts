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
