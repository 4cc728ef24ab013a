import type { InputError } from '../model/types';
import { decodeUtf8 } from '../text/load';

/** The files and options every format reads and writes (apart from the registry, which imports the formats). */

/** A file to write: a name relative to the export's folder (brat writes several) and its text. */
export interface OutputFile {
  name: string;
  content: string;
}

/** A file to read: its name (for error messages, and to pair brat's .txt/.ann) and its text. */
export interface InputFile {
  name: string;
  /** The decoded text, without a byte-order mark (parsers drop one left at the start anyway). */
  content: string;
  /** The file began with a UTF-8 byte-order mark (brat counts it in its offsets). */
  bom?: boolean;
}

/** A file's bytes as an importer's input, through the one decoder (invalid UTF-8 is refused, naming the file). */
export function inputFileFromBytes(name: string, bytes: Uint8Array): { ok: true; file: InputFile } | { ok: false; error: InputError } {
  const decoded = decodeUtf8(bytes, name);
  if (!decoded.ok) return decoded;
  return { ok: true, file: decoded.bom ? { name, content: decoded.text, bom: true } : { name, content: decoded.text } };
}

export interface ExportOptions {
  /** Include suggestions nobody accepted yet. */
  includePending?: boolean;
}

export interface ExportResult {
  files: OutputFile[];
  /** What the format could not carry (events in spaCy, nested mentions in CoNLL…). */
  warnings: string[];
}
