import type { GoldRecord, InputError } from '../model/types';
import type { Schema } from '../schema/types';
import { SchemaIndex } from '../schema/lookup';
import { parseGoldJsonl, serializeGoldJsonl } from './gold-jsonl';
import { BRAT_SIDE_SUFFIX, exportBrat, importBrat } from './brat';
import { combineImports, guarded, jsonLines, type ImportOptions } from './common';
import type { ExportOptions, ExportResult, InputFile } from './files';
import { exportConll } from './conll';
import { importConll, looksLikeConll } from './conll-import';
import { exportDoccanoRel, exportDoccanoSeq, importDoccano } from './doccano';
import { exportSpacy, importSpacy } from './spacy';

export type { ImportOptions } from './common';
export type { ExportOptions, ExportResult, InputFile, OutputFile } from './files';

export interface ImportResult {
  records: GoldRecord[];
  errors: InputError[];
  warnings: string[];
}

/** One interchange format. Import is optional (a format may be export only). */
export interface Format {
  id: string;
  label: string;
  /** Extensions the importer reads, e.g. ['.jsonl']. */
  extensions: string[];
  /** The export is a folder of files (brat): the CLI writes a folder, the app a zip. */
  folder?: boolean;
  exportRecords(records: GoldRecord[], schema: Schema, options?: ExportOptions): ExportResult;
  /**
   * Reads files into records checked against their text and the schema. Nothing of a file with
   * errors is returned unless `options.validOnly` (then its valid records are); errors are always listed.
   */
  importFiles?(files: InputFile[], schema: Schema, options?: ImportOptions): ImportResult;
}

export const goldJsonlFormat: Format = {
  id: 'jsonl',
  label: 'Gold JSONL',
  extensions: ['.jsonl'],
  exportRecords(records, _schema, options = {}) {
    return { files: [{ name: 'gold.jsonl', content: serializeGoldJsonl(records, options) }], warnings: [] };
  },
  importFiles(files, schema, options = {}) {
    const index = new SchemaIndex(schema);
    const parts = files.map((f) =>
      guarded(f.name, () => {
        const parsed = parseGoldJsonl(f.content, { file: f.name, schema: index });
        return { records: parsed.records, errors: parsed.errors, warnings: [], lines: parsed.recordLines };
      }),
    );
    return combineImports(parts, options);
  },
};

export const bratFormat: Format = {
  id: 'brat',
  label: 'brat standoff (.txt + .ann, annotation.conf)',
  extensions: ['.txt', '.ann', '.json'],
  folder: true,
  exportRecords: exportBrat,
  importFiles: importBrat,
};

export const doccanoFormat: Format = {
  id: 'doccano',
  label: 'doccano JSONL (sequence labelling)',
  extensions: ['.jsonl'],
  exportRecords: exportDoccanoSeq,
  importFiles: importDoccano,
};

export const doccanoRelFormat: Format = {
  id: 'doccano-rel',
  label: 'doccano JSONL (entities and relations, events as relations)',
  extensions: ['.jsonl'],
  exportRecords: exportDoccanoRel,
  importFiles: importDoccano,
};

export const spacyFormat: Format = {
  id: 'spacy',
  label: 'spaCy / Prodigy JSONL (tokens and spans)',
  extensions: ['.jsonl'],
  exportRecords: exportSpacy,
  importFiles: importSpacy,
};

export const conllFormat: Format = {
  id: 'conll',
  label: 'CoNLL columns (IOB2 out; IOB1, IOB2, BIOES in)',
  extensions: ['.conll', '.bio', '.iob', '.iob2', '.bioes', '.tsv', '.txt'],
  exportRecords: exportConll,
  importFiles: importConll,
};

/** Every format the app and the CLI offer, in menu order. */
export const formats: Format[] = [goldJsonlFormat, bratFormat, doccanoFormat, doccanoRelFormat, spacyFormat, conllFormat];

export function formatById(id: string): Format | undefined {
  return formats.find((f) => f.id === id);
}

/**
 * The format a file is most likely in, for pickers that only know file names: several formats share
 * `.jsonl`, so the first line is looked at (gold records carry `annotator`; Prodigy tasks `tokens` or
 * `spans`; doccano `label` or `entities`/`relations`); a `.txt` whose first lines are `WORD … TAG` columns
 * is CoNLL, not a brat text. Undefined when nothing reads it.
 */
export function detectFormat(file: InputFile): Format | undefined {
  const name = file.name.toLowerCase();
  if (looksLikeConll(file.content) && conllFormat.extensions.some((e) => name.endsWith(e))) return conllFormat;
  if (name.endsWith('.ann') || name.endsWith('.txt') || name.endsWith(BRAT_SIDE_SUFFIX)) return bratFormat;
  if (!name.endsWith('.jsonl')) return undefined;
  const first = jsonLines(file.content)[0];
  const line: Record<string, unknown> = first && 'value' in first ? first.value : {};
  if ('annotator' in line || 'status' in line) return goldJsonlFormat;
  if ('tokens' in line || 'spans' in line) return spacyFormat;
  if ('entities' in line || 'relations' in line) return doccanoRelFormat;
  if ('label' in line || 'labels' in line || 'text' in line) return doccanoFormat;
  return goldJsonlFormat;
}
