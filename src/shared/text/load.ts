import type { Doc, InputError } from '../model/types';

/** Minimal WHATWG Encoding API surface: available in browsers, workers and Node alike. */
declare const TextDecoder: {
  new (label: string, options: { fatal: boolean; ignoreBOM?: boolean }): { decode(bytes: Uint8Array): string };
};

export type DecodeResult = { ok: true; text: string } | { ok: false; error: InputError };

/** Strict UTF-8 decoding; a leading byte-order mark is dropped, anything that is not UTF-8 is refused. */
export function decodeUtf8(bytes: Uint8Array, file: string): DecodeResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, error: { file, line: 0, reason: 'not valid UTF-8: convert the file to UTF-8 and open it again' } };
  }
}

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*/;

/** Removes the leading `date YYYY-MM[-DD]` header (with the white space around it) and returns the date. */
export function splitDateHeader(text: string): { text: string; date?: string } {
  const m = DATE_HEADER.exec(text);
  if (!m) return { text };
  return { text: text.slice(m[0].length), date: m[1] };
}

/** `folder/name.txt` → `name`. */
export function documentIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.txt$/i, '');
}

export type LoadResult = { ok: true; doc: Doc } | { ok: false; error: InputError };

/** One `.txt` file → one document, by the spec: id from the name, date header to meta.date. */
export function loadTextDocument(fileName: string, bytes: Uint8Array, lang = 'fr'): LoadResult {
  const decoded = decodeUtf8(bytes, fileName);
  if (!decoded.ok) return decoded;
  const { text, date } = splitDateHeader(decoded.text);
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (text.trim() === '') return { ok: false, error: { file: fileName, line: 0, reason: 'the file holds no text' } };
  const meta = date ? { source: base, date, lang } : { source: base, lang };
  return { ok: true, doc: { id: documentIdOf(fileName), text, meta } };
}
