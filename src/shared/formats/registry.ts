import type { GoldRecord, InputError } from '../model/types';
import type { Schema } from '../schema/types';
import { SchemaIndex } from '../schema/lookup';
import { parseGoldJsonl, serializeGoldJsonl } from './gold-jsonl';

/** A file to write: a name relative to the export's folder (brat writes several) and its text. */
export interface OutputFile {
  name: string;
  content: string;
}

/** A file to read: its name (for error messages, and to pair brat's .txt/.ann) and its text. */
export interface InputFile {
  name: string;
  content: string;
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

export interface ImportResult {
  records: GoldRecord[];
  errors: InputError[];
  warnings: string[];
}

/** One interchange format. Import is optional (CoNLL is export only). */
export interface Format {
  id: string;
  label: string;
  /** Extensions the importer reads, e.g. ['.jsonl']. */
  extensions: string[];
  exportRecords(records: GoldRecord[], schema: Schema, options?: ExportOptions): ExportResult;
  importFiles?(files: InputFile[], schema: Schema): ImportResult;
}

export const goldJsonlFormat: Format = {
  id: 'jsonl',
  label: 'Gold JSONL',
  extensions: ['.jsonl'],
  exportRecords(records, _schema, options = {}) {
    return { files: [{ name: 'gold.jsonl', content: serializeGoldJsonl(records, options) }], warnings: [] };
  },
  importFiles(files, schema) {
    const index = new SchemaIndex(schema);
    const results = files.map((f) => parseGoldJsonl(f.content, { file: f.name, schema: index }));
    return { records: results.flatMap((r) => r.records), errors: results.flatMap((r) => r.errors), warnings: [] };
  },
};

/** Every format the app and the CLI offer, in menu order. */
export const formats: Format[] = [goldJsonlFormat];

export function formatById(id: string): Format | undefined {
  return formats.find((f) => f.id === id);
}
