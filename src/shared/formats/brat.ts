import type { Attributes, EventFrame, GoldRecord } from '../model/types';
import { STATUSES } from '../model/types';
import { SchemaIndex } from '../schema/lookup';
import type { Schema } from '../schema/types';
import { withoutPending } from './gold-jsonl';
import { annText, parseAnn, type AnnParse } from './brat-ann';
import { schemaToBratConf } from './brat-conf';
import { readJson } from './json';
import { baseName, combineImports, guarded, importedRecordBase, plural, recordErrors, validPart, type FileImport, type ImportOptions } from './common';
import type { ExportOptions, ExportResult, InputFile, OutputFile } from './files';

/**
 * brat standoff: `<doc>.txt` + `<doc>.ann` per document, and `annotation.conf` generated from the schema.
 * What brat cannot carry (the record's meta, annotator, status, schema) goes to an optional side file
 * `<doc>.glose.json`, read back when present; without it a document gets its id from the file name and
 * the import defaults. Annotation `source`/`confidence` and non-string attributes are lost, with a warning.
 */

export const BRAT_SIDE_SUFFIX = '.glose.json';

/** File names may not hold path separators or odd characters; the side file keeps the real id. */
function safeName(id: string): string {
  return id.replace(/[^\p{L}\p{N}._-]/gu, '_') || 'document';
}

/** Allocates brat ids: keeps `T12`-style ids, renumbers the others after the highest kept. */
function idAllocator(prefix: string, ids: string[]): (id: string) => string {
  const pattern = new RegExp(`^${prefix}\\d+$`);
  const kept = new Set(ids.filter((id) => pattern.test(id)));
  let next = Math.max(0, ...[...kept].map((id) => Number(id.slice(1)))) + 1;
  const given = new Map<string, string>();
  return (id: string) => {
    if (kept.has(id) && !given.has(id)) return given.set(id, id).get(id)!;
    return given.get(id) ?? given.set(id, `${prefix}${next++}`).get(id)!;
  };
}

interface Lost {
  attributes: number;
  provenance: number;
}

/** The brat note type an attribute holds (`note` → AnnotatorNotes, `note:Lemma` → Lemma), if it is a note. */
function noteType(name: string): string | null {
  if (name === 'note') return 'AnnotatorNotes';
  return /^note:\S+$/.test(name) ? name.slice('note:'.length) : null;
}

/** `A` and `#` lines of one annotation's attributes; notes keep their brat type, one line per note line. */
function markerLines(target: string, attributes: Attributes | undefined, counter: { a: number; n: number }, lost: Lost): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(attributes ?? {})) {
    const type = noteType(name);
    if (type && typeof value === 'string') {
      for (const note of value.split('\n')) out.push(`#${++counter.n}\t${type} ${target}\t${note}`);
    } else if (value === true) out.push(`A${++counter.a}\t${name} ${target}`);
    else if (typeof value === 'string' && /^\S+$/.test(value) && /^\S+$/.test(name)) out.push(`A${++counter.a}\t${name} ${target} ${value}`);
    else lost.attributes++;
  }
  return out;
}

/** Arguments in brat's form: a repeated role is written `Role2`, `Role3`. */
function argumentList(e: EventFrame, entityId: (id: string) => string): string {
  const count = new Map<string, number>();
  return e.arguments
    .map((a) => {
      const n = (count.get(a.role) ?? 0) + 1;
      count.set(a.role, n);
      return ` ${a.role}${n > 1 ? n : ''}:${entityId(a.entity)}`;
    })
    .join('');
}

/**
 * `START END<TAB>TEXT` of a span. Like brat, a span across a line break is written as fragments
 * (`0 5;6 15`) with their texts joined by a space, unless it begins or ends with the line break.
 */
function spanField(span: { start: number; end: number; text: string }): string {
  const chars = [...span.text];
  const frags: [number, number][] = [];
  let from = 0;
  chars.forEach((c, i) => {
    const brk = c === '\n' || c === '\r';
    if (brk && i > from) frags.push([from, i]);
    if (brk) from = i + 1;
  });
  if (from < chars.length) frags.push([from, chars.length]);
  const whole = frags.length > 1 && frags[0][0] === 0 && frags[frags.length - 1][1] === chars.length;
  if (!whole) return `${span.start} ${span.end}\t${annText(span.text)}`;
  const offsets = frags.map(([a, b]) => `${span.start + a} ${span.start + b}`).join(';');
  return `${offsets}\t${frags.map(([a, b]) => chars.slice(a, b).join('')).join(' ')}`;
}

export function recordToAnn(record: GoldRecord, lost: Lost): string {
  const entityId = idAllocator(
    'T',
    record.entities.map((m) => m.id),
  );
  const eventId = idAllocator(
    'E',
    record.events.map((e) => e.id),
  );
  const counter = { a: 0, n: 0 };
  const lines: string[] = [];
  const markers: string[] = [];
  const entities = [...record.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of entities) {
    lines.push(`${entityId(m.id)}\t${m.label} ${spanField(m)}`);
    markers.push(...markerLines(entityId(m.id), m.attributes, counter, lost));
    if (m.source !== undefined || m.confidence !== undefined) lost.provenance++;
  }
  // Trigger ids come after every mention id, so that mentions keep theirs.
  const events = [...record.events].sort((a, b) => a.trigger.start - b.trigger.start);
  const triggerIds = events.map((e) => entityId(`\u0000trigger ${e.id}`));
  events.forEach((e, i) => lines.push(`${triggerIds[i]}\t${e.type} ${spanField(e.trigger)}`));
  events.forEach((e, i) => {
    lines.push(`${eventId(e.id)}\t${e.type}:${triggerIds[i]}${argumentList(e, entityId)}`);
    markers.push(...markerLines(eventId(e.id), e.attributes, counter, lost));
    if (e.source !== undefined || e.confidence !== undefined) lost.provenance++;
  });
  return [...lines, ...markers].map((l) => l + '\n').join('');
}

function sideFile(record: GoldRecord): string {
  const { id, meta, annotator, status, schema } = record;
  return JSON.stringify({ id, meta, annotator, status, schema }, null, 2) + '\n';
}

export function exportBrat(records: GoldRecord[], schema: Schema, options: ExportOptions = {}): ExportResult {
  const conf = schemaToBratConf(schema);
  const files: OutputFile[] = [{ name: 'annotation.conf', content: conf.content }];
  const warnings = [...conf.warnings];
  const lost: Lost = { attributes: 0, provenance: 0 };
  const ids = records.map((r) => r.id);
  const used = new Set<string>();
  for (const r of records) {
    const record = options.includePending ? r : withoutPending(r);
    let base = safeName(ids.filter((id) => id === r.id).length > 1 ? `${r.id}.${r.annotator}` : r.id);
    while (used.has(base)) base += '_';
    used.add(base);
    files.push({ name: `${base}.txt`, content: record.text }, { name: `${base}.ann`, content: recordToAnn(record, lost) });
    files.push({ name: `${base}${BRAT_SIDE_SUFFIX}`, content: sideFile(record) });
  }
  if (lost.attributes) warnings.push(`${plural(lost.attributes, 'attribute')} that brat cannot write (not a single word) left out`);
  if (lost.provenance) warnings.push(`source/confidence of ${plural(lost.provenance, 'annotation')} left out (brat has no place for them)`);
  return { files, warnings };
}

type Side = Pick<GoldRecord, 'id' | 'meta' | 'annotator' | 'status' | 'schema'>;

/** Reads a side file; anything malformed is an error of that file. */
function readSide(file: InputFile): { side: Partial<Side> } | { error: string } {
  const read = readJson(file.content.replace(/^\uFEFF/, ''));
  if (!read.ok) return { error: read.reason };
  if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) return { error: 'not a JSON object' };
  const data = read.value as Record<string, unknown>;
  const side: Partial<Side> = {};
  if (typeof data.id === 'string' && data.id) side.id = data.id;
  if (typeof data.meta === 'object' && data.meta && typeof (data.meta as { source?: unknown }).source === 'string') side.meta = data.meta as Side['meta'];
  if (typeof data.annotator === 'string' && data.annotator) side.annotator = data.annotator;
  if ((STATUSES as readonly unknown[]).includes(data.status)) side.status = data.status as Side['status'];
  if (typeof data.schema === 'string' && /^.+@\d+$/.test(data.schema)) side.schema = data.schema;
  return { side };
}

/**
 * brat reads a `.txt` with its byte-order mark as character 0, so a `.ann` written by brat counts it in
 * every offset: the offsets are read one less. A `.ann` made by a tool that dropped the mark first is
 * read as it is, with a warning, when that reading has no error and brat's has.
 */
function readAnn(ann: InputFile, text: string, index: SchemaIndex, bom: boolean): AnnParse {
  const asBrat = parseAnn(ann.content, text, ann.name, index, bom ? 1 : 0);
  if (!bom || asBrat.errors.length === 0) return asBrat;
  const asIs = parseAnn(ann.content, text, ann.name, index, 0);
  if (asIs.errors.length) return asBrat;
  return { ...asIs, warnings: [`${ann.name}: its offsets do not count the .txt's byte-order mark (brat counts it): read as they are`, ...asIs.warnings] };
}

function importPair(
  base: string,
  txt: InputFile | undefined,
  ann: InputFile | undefined,
  side: InputFile | undefined,
  schema: Schema,
  options: ImportOptions,
): FileImport {
  if (!txt) return { records: [], errors: [{ file: ann?.name ?? side!.name, line: 0, reason: `no ${base}.txt next to it` }], warnings: [] };
  const index = new SchemaIndex(schema);
  const text = txt.content.replace(/^\uFEFF/, '');
  const bom = txt.bom === true || txt.content.startsWith('\uFEFF');
  const parsed = ann ? readAnn(ann, text, index, bom) : { entities: [], events: [], lineOf: new Map<string, number>(), errors: [], warnings: [] };
  const errors = [...parsed.errors];
  let extra: Partial<Side> = {};
  if (side) {
    const read = readSide(side);
    if ('error' in read) errors.push({ file: side.name, line: 1, reason: read.error });
    else extra = read.side;
  }
  const name = txt.name.split(/[\\/]/).pop() ?? txt.name;
  const record: GoldRecord = {
    id: base,
    text,
    meta: { source: name },
    ...importedRecordBase(schema, options),
    ...extra,
    entities: parsed.entities,
    events: parsed.events,
  };
  const problems = recordErrors(record, index, ann?.name ?? txt.name, 0, parsed.lineOf);
  errors.push(...problems);
  // The document is the unit brat stores; its valid part is used only when the user asks for it.
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const kept = problems.length ? validPart(record, index) : record;
  return { records: kept ? [kept] : [], errors, warnings: parsed.warnings };
}

/** Pairs `.txt`, `.ann` and side files by base name; `annotation.conf` and other files are ignored. */
export function importBrat(files: InputFile[], schema: Schema, options: ImportOptions = {}): FileImport {
  const groups = new Map<string, { txt?: InputFile; ann?: InputFile; side?: InputFile }>();
  for (const f of files) {
    const name = f.name.toLowerCase();
    const key = name.endsWith(BRAT_SIDE_SUFFIX) ? 'side' : name.endsWith('.txt') ? 'txt' : name.endsWith('.ann') ? 'ann' : null;
    if (!key) continue;
    const base = key === 'side' ? f.name.slice(0, -BRAT_SIDE_SUFFIX.length).split(/[\\/]/).pop()! : baseName(f.name);
    const dir = f.name.slice(0, f.name.length - (f.name.split(/[\\/]/).pop() ?? '').length);
    const group = groups.get(dir + base) ?? {};
    group[key] = f;
    groups.set(dir + base, group);
  }
  const parts = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => guarded(g.ann?.name ?? g.txt?.name ?? key, () => importPair(key.split(/[\\/]/).pop()!, g.txt, g.ann, g.side, schema, options)));
  return combineImports(parts, options);
}
