import type { Doc, InputError } from '../model/types';
import { isDocumentDate } from '../model/validate';

/** Minimal WHATWG Encoding API surface: available in browsers, workers and Node alike. */
declare const TextDecoder: {
  new (label: string, options: { fatal: boolean; ignoreBOM?: boolean }): { decode(bytes: Uint8Array): string };
};

/** `bom`: the file began with a UTF-8 byte-order mark, which `text` no longer holds (brat counts it in its offsets). */
export type DecodeResult = { ok: true; text: string; bom: boolean } | { ok: false; error: InputError };

const strictDecoder = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 1-based line of the first byte sequence that is not UTF-8 (a newline byte is never part of a longer sequence). */
function firstInvalidLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      strictDecoder().decode(bytes.subarray(start, end < 0 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end < 0) return 0;
    start = end + 1;
  }
}

/**
 * The one decoder of every file Glose reads, in the app and the CLI: strict UTF-8, a leading byte-order
 * mark removed (and reported in `bom`), anything else refused with the file's name and the first bad line.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): DecodeResult {
  try {
    const text = strictDecoder().decode(bytes);
    return text.startsWith('\uFEFF') ? { ok: true, text: text.slice(1), bom: true } : { ok: true, text, bom: false };
  } catch {
    const line = firstInvalidLine(bytes);
    return { ok: false, error: { file, line, reason: 'not valid UTF-8 (a Latin-1 or Windows-1252 file?): convert it to UTF-8 and open it again' } };
  }
}

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*/;

/**
 * Removes the leading `date YYYY-MM[-DD]` header (with the white space around it) and returns the date;
 * `badDate` is a header whose date does not exist (2018-13), which the loader refuses rather than store.
 */
export function splitDateHeader(text: string): { text: string; date?: string; badDate?: string } {
  const m = DATE_HEADER.exec(text);
  if (!m) return { text };
  if (!isDocumentDate(m[1])) return { text, badDate: m[1] };
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
  const { text, date, badDate } = splitDateHeader(decoded.text);
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (badDate) return { ok: false, error: { file: fileName, line: 1, reason: `the date header ${badDate} is not a real date (date YYYY-MM or YYYY-MM-DD)` } };
  if (text.trim() === '') return { ok: false, error: { file: fileName, line: 0, reason: 'the file holds no text' } };
  const meta = date ? { source: base, date, lang } : { source: base, lang };
  return { ok: true, doc: { id: documentIdOf(fileName), text, meta } };
}
