import { annotationProblems } from '../model/validate';
import { goldRecordProblems } from './gold-jsonl';
import { jsonValuesOf, readJson } from './json';
import type { GoldRecord, InputError, Status } from '../model/types';
import { SchemaIndex } from '../schema/lookup';
import { schemaRef, type Schema } from '../schema/types';

/**
 * Helpers every importer shares: the record defaults for formats that do not carry who annotated,
 * the final check of a record against its text and schema, and the rule that nothing of a file
 * with errors is kept unless the user asked for its valid part.
 */

export interface ImportOptions {
  /** Keep the valid records of a file that has errors (default: nothing of such a file). */
  validOnly?: boolean;
  /** Annotator of records from formats that do not say (default `imported`). */
  annotator?: string;
}

/** What one input file (or brat pair) gave. */
export interface FileImport {
  records: GoldRecord[];
  errors: InputError[];
  warnings: string[];
  /** The file the records come from, and the line of each record in it, for errors found across files. */
  file?: string;
  lines?: number[];
}

export const DEFAULT_ANNOTATOR = 'imported';
export const DEFAULT_STATUS: Status = 'in-progress';

/** The record-level fields a format without them gets on import. */
export function importedRecordBase(schema: Schema, options: ImportOptions = {}): Pick<GoldRecord, 'annotator' | 'status' | 'schema'> {
  return { annotator: options.annotator ?? DEFAULT_ANNOTATOR, status: DEFAULT_STATUS, schema: schemaRef(schema) };
}

/**
 * Everything the contract refuses in a built record (its fields' values, offsets, texts, ids, references,
 * labels and roles: what `validate` would refuse), as errors. Each problem is put on the line of the
 * annotation it names (`lineOf` maps ids to lines), else on `line`.
 */
export function recordErrors(record: GoldRecord, index: SchemaIndex, file: string, line: number, lineOf?: Map<string, number>): InputError[] {
  return goldRecordProblems(record, index).problems.map((reason) => {
    const id = /^(?:entity|event) (\S+?)(?::| trigger)/.exec(reason)?.[1] ?? /^duplicate id (\S+)/.exec(reason)?.[1];
    return { file, line: (id !== undefined ? lineOf?.get(id) : undefined) ?? line, reason };
  });
}

/**
 * Joins the files' results; a file with errors gives no records unless `validOnly`. A record whose
 * (id, annotator) an earlier file already gave is refused (two brat side files naming one document,
 * two doccano files numbering their lines alike): the result never holds what `validate` would refuse.
 */
export function combineImports(parts: FileImport[], options: ImportOptions = {}): FileImport {
  const out: FileImport = { records: [], errors: [], warnings: [] };
  const seen = new Map<string, string>();
  for (const p of parts) {
    const errors = [...p.errors];
    const kept: GoldRecord[] = [];
    p.records.forEach((r, i) => {
      const key = `${r.id}\u0000${r.annotator}`;
      const where = `${p.file ?? ''}${p.lines?.[i] ? `:${p.lines[i]}` : ''}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, where);
        kept.push(r);
      } else
        errors.push({ file: p.file ?? '', line: p.lines?.[i] ?? 0, reason: `duplicate record: document ${r.id} by ${r.annotator} already read from ${first}` });
    });
    out.errors.push(...errors);
    out.warnings.push(...p.warnings);
    if (errors.length === 0 || options.validOnly) out.records.push(...kept);
  }
  return out;
}

/** Runs a file's parser so that an unexpected exception becomes an error of that file, never a crash. */
export function guarded(file: string, parse: () => FileImport): FileImport {
  try {
    return { file, ...parse() };
  } catch (e) {
    return { file, records: [], errors: [{ file, line: 0, reason: `could not be read: ${(e as Error).message}` }], warnings: [] };
  }
}

/** Non-blank lines of a text file with their 1-based numbers; a BOM and CR line ends are dropped. */
export function numberedLines(content: string): { line: number; text: string }[] {
  return content
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((raw, i) => ({ line: i + 1, text: raw.replace(/\r$/, '') }))
    .filter((l) => l.text.trim() !== '');
}

export type JsonLine = { line: number; value: Record<string, unknown> } | { line: number; error: string };

function asObject(line: number, read: ReturnType<typeof readJson>): JsonLine {
  if (!read.ok) return { line, error: read.reason };
  const value = read.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, error: 'not a JSON object' };
  return { line, value: value as Record<string, unknown> };
}

/**
 * Parses a JSONL file line by line; a line that is not a JSON object is an error of that line. A file
 * that is a JSON array, or objects pretty-printed over several lines (what exports and documentation
 * pages often hold), is read as such, each object on the line where it starts; when it is neither,
 * the first error says what the file looks like.
 */
export function jsonLines(content: string): JsonLine[] {
  const lines = numberedLines(content).map(({ line, text }) => asObject(line, readJson(text)));
  if (lines.every((l) => 'value' in l)) return lines;
  const first = numberedLines(content)[0]?.text.trim();
  const whole = jsonValuesOf(content);
  // Read as a whole only when that says more than the lines do: an array, or an object over several lines.
  const multiLine = whole !== null && (first?.startsWith('[') || whole.length !== numberedLines(content).length);
  const shape = first?.startsWith('[') ? 'a JSON array' : 'pretty-printed JSON, one object over several lines';
  if (whole && multiLine)
    return whole.map((v) => {
      const read = asObject(v.line, v.read);
      return 'error' in read ? { line: v.line, error: `${read.error} (the file is ${shape}; this object starts on this line)` } : read;
    });
  if ((first === '[' || first === '{') && 'error' in lines[0])
    lines[0] = {
      line: lines[0].line,
      error: `${lines[0].error}; the file looks like ${first === '[' ? 'a JSON array' : 'pretty-printed JSON'} but does not read as one either: export it as JSONL, one object a line`,
    };
  return lines;
}

/** File name without folders and without its last extension. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A document id from a JSONL line: its `id` field, else `<file base>-<line>`. */
export function lineDocId(value: Record<string, unknown>, file: string, line: number): string {
  const id = value.id;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return `${baseName(file)}-${line}`;
}

/**
 * A JSONL line's metadata, kept as it came: its `meta` object, and the columns the format does not use
 * (`structural`), which doccano and Prodigy both treat as metadata. `source` defaults to the file name.
 */
export function lineMeta(value: Record<string, unknown>, file: string, structural: string[]): GoldRecord['meta'] {
  const meta = value.meta;
  const kept = typeof meta === 'object' && meta !== null && !Array.isArray(meta) ? (meta as Record<string, unknown>) : {};
  const extra = Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'meta' && !structural.includes(k)));
  return { ...extra, ...kept, source: typeof kept.source === 'string' ? kept.source : (file.split(/[\\/]/).pop() ?? file) };
}

export function isInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** Several (id, annotator) records with the same id: the later ones are refused, as in gold JSONL. */
export function duplicateRecordError(seen: Map<string, number>, record: GoldRecord, file: string, line: number): InputError | null {
  const key = `${record.id}\u0000${record.annotator}`;
  const first = seen.get(key);
  if (first !== undefined) return { file, line, reason: `duplicate document id ${record.id} (already on line ${first})` };
  seen.set(key, line);
  return null;
}

/** What a JSONL-based format reads from one line: a record, or the problems that refuse the line. */
export interface LineRead {
  record?: GoldRecord;
  problems: string[];
  /** Kept-but-lossy details; a line with warnings and no record is left out, not refused. */
  warnings: string[];
}

/** A format's reading of one JSON line of `file` (its name, for ids and meta). */
export type LineReader = (value: Record<string, unknown>, file: string, line: number, index: SchemaIndex) => LineRead;

/**
 * Imports files of one JSON object a line with the format's `readLine`, applying what every such
 * format shares: JSON errors, the record's check against its text and schema, and duplicate ids —
 * each reported with file and line — then the all-or-valid-part rule of `combineImports`.
 */
export function importJsonLines(
  files: { name: string; content: string }[],
  schema: Schema,
  options: ImportOptions,
  readLine: LineReader,
  /** What the format does with a file's records before they are joined (Prodigy merges tasks of one input). */
  perFile: (part: FileImport) => FileImport = (part) => part,
): FileImport {
  return combineImports(
    files.map((file) => guarded(file.name, () => perFile({ file: file.name, ...importJsonLinesFile(file, schema, readLine) }))),
    options,
  );
}

function importJsonLinesFile(file: { name: string; content: string }, schema: Schema, readLine: LineReader): FileImport {
  const index = new SchemaIndex(schema);
  const out: FileImport = { records: [], errors: [], warnings: [], lines: [] };
  const seen = new Map<string, number>();
  for (const parsed of jsonLines(file.content)) {
    const { line } = parsed;
    if ('error' in parsed) {
      out.errors.push({ file: file.name, line, reason: parsed.error });
      continue;
    }
    const result = readLine(parsed.value, file.name, line, index);
    out.warnings.push(...result.warnings.map((w) => `${file.name}:${line}: ${w}`));
    const errors: InputError[] = result.problems.map((reason) => ({ file: file.name, line, reason }));
    if (!errors.length && result.record) errors.push(...recordErrors(result.record, index, file.name, line));
    const dup = !errors.length && result.record ? duplicateRecordError(seen, result.record, file.name, line) : null;
    if (dup) errors.push(dup);
    if (errors.length) out.errors.push(...errors);
    else if (result.record) {
      out.records.push(result.record);
      out.lines!.push(line);
    }
  }
  return out;
}

/** Counts, for a warning line: "3 events". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Order of the contract: by start, then longer first, then label; ids `T1…` are given in this order on import. */
export function byPosition<T extends { start: number; end: number; label: string }>(a: T, b: T): number {
  return a.start - b.start || b.end - a.end || a.label.localeCompare(b.label);
}

/**
 * The valid part of a record that has problems (for "import the valid part"): mentions that pass every
 * check on their own, arguments that point at a kept mention with a label their role takes, and events
 * that then pass; a repeated id keeps its first holder. Null when the record itself (its meta, status…)
 * breaks the contract: then nothing of it can be kept.
 */
export function validPart(record: GoldRecord, index: SchemaIndex): GoldRecord | null {
  const passes = (entities: GoldRecord['entities'], events: GoldRecord['events']) =>
    goldRecordProblems({ ...record, entities, events }, index).problems.length === 0;
  if (!passes([], [])) return null;
  const ids = new Set<string>();
  const fresh = (id: string) => !ids.has(id) && Boolean(ids.add(id));
  const entities = record.entities.filter((m) => annotationProblems(record.text, { entities: [m], events: [] }, index).length === 0 && fresh(m.id));
  const labelOf = new Map(entities.map((m) => [m.id, m.label]));
  const events = record.events
    .map((e) => ({ ...e, arguments: e.arguments.filter((a) => labelOf.has(a.entity) && !index.argumentProblem(e.type, a.role, labelOf.get(a.entity)!)) }))
    .filter((e) => passes(entities, [e]) && fresh(e.id));
  return { ...record, entities, events };
}
