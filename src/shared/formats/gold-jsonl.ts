import { z } from 'zod';
import { annotationProblems, isDocumentDate, REALIS_VALUES } from '../model/validate';
import { STATUSES, type EntityMention, type EventFrame, type GoldRecord, type InputError } from '../model/types';
import type { SchemaIndex } from '../schema/lookup';
import { readJson } from './json';

/**
 * Gold JSONL, the export contract (`shared/spec/gold-jsonl.md`): one record per line, offsets in
 * code points, entities sorted by start then end descending, events by trigger start.
 * Records are written with a fixed key order so that import → export gives the same bytes.
 */

const span = { start: z.number().int(), end: z.number().int(), text: z.string() };
const source = z.enum(['human', 'heuristic']).optional();
const confidence = z.number().min(0).max(1).optional();
const attributes = z.record(z.string(), z.unknown()).optional();

export const entityShape = z.object({ id: z.string().min(1), ...span, label: z.string().min(1), source, confidence, attributes });
export const eventShape = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  trigger: z.object(span),
  arguments: z.array(z.object({ role: z.string().min(1), entity: z.string().min(1) })),
  attributes,
  source,
  confidence,
});
const recordShape = z.object({
  id: z.string().min(1),
  text: z.string(),
  meta: z.looseObject({
    source: z.string(),
    date: z.string().refine(isDocumentDate, 'must be a real date written YYYY-MM or YYYY-MM-DD').optional(),
    lang: z.string().optional(),
  }),
  annotator: z.string().min(1),
  status: z.enum(STATUSES),
  schema: z.string().regex(/^.+@\d+$/, 'schema must be name@version'),
  entities: z.array(entityShape),
  events: z.array(eventShape),
});

export interface GoldParseResult {
  /** The records of the lines that passed every check, in file order. */
  records: GoldRecord[];
  /** One entry per problem; a line may have several. */
  errors: InputError[];
  /** Number of non-empty lines read. */
  lines: number;
  /** The line of each record, in the same order. */
  recordLines: number[];
}

export interface GoldParseOptions {
  file: string;
  /** When given, labels, event types and roles are checked against it. */
  schema?: SchemaIndex | null;
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : 'record';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `missing field ${where}`;
  return `${where}: ${issue.message}`;
}

/** What the spec constrains in attribute values: an event's `realis` is actual, generic or other. */
function attributeProblems(record: GoldRecord): string[] {
  return record.events
    .filter((e) => e.attributes?.realis !== undefined && !(REALIS_VALUES as readonly unknown[]).includes(e.attributes.realis))
    .map((e) => `event ${e.id}: realis ${JSON.stringify(e.attributes!.realis)} is not one of ${REALIS_VALUES.join(', ')}`);
}

/**
 * Every rule of the contract for one record, whoever built it (this reader or another format's
 * importer): the fields' shape and values, then offsets, texts, ids, references, labels and roles.
 * What passes here is what `validate` accepts.
 */
export function goldRecordProblems(data: unknown, schema: SchemaIndex | null): { record: GoldRecord; problems: [] } | { problems: string[] } {
  const shaped = recordShape.safeParse(data);
  if (!shaped.success) return { problems: shaped.error.issues.map(describeZodIssue) };
  // meta is kept as it came (zod would rebuild it with its own key order), so a round trip keeps the bytes.
  const record = { ...shaped.data, meta: (data as { meta: GoldRecord['meta'] }).meta } as GoldRecord;
  const problems = [...attributeProblems(record), ...annotationProblems(record.text, record, schema)];
  return problems.length ? { problems } : { record, problems: [] };
}

/** Parses one line; returns its record or the reasons it is refused. */
export function parseGoldLine(line: string, schema: SchemaIndex | null): { record: GoldRecord } | { reasons: string[] } {
  const read = readJson(line);
  if (!read.ok) return { reasons: [read.reason] };
  const checked = goldRecordProblems(read.value, schema);
  return 'record' in checked ? { record: checked.record } : { reasons: checked.problems };
}

/**
 * Reads a whole file. Every problem is reported with file, line and reason; duplicate
 * (id, annotator) pairs are refused too. The caller decides whether valid lines of a file
 * with errors are used: by default nothing of such a file should be stored.
 */
export function parseGoldJsonl(content: string, options: GoldParseOptions): GoldParseResult {
  const records: GoldRecord[] = [];
  const recordLines: number[] = [];
  const errors: InputError[] = [];
  const seen = new Map<string, number>();
  const rawLines = content.replace(/^\uFEFF/, '').split('\n');
  let lines = 0;
  rawLines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    lines++;
    const lineNo = i + 1;
    const parsed = parseGoldLine(line, options.schema ?? null);
    if ('reasons' in parsed) {
      for (const reason of parsed.reasons) errors.push({ file: options.file, line: lineNo, reason });
      return;
    }
    const key = `${parsed.record.id}\u0000${parsed.record.annotator}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        file: options.file,
        line: lineNo,
        reason: `duplicate record: document ${parsed.record.id} by ${parsed.record.annotator} already on line ${first}`,
      });
      return;
    }
    seen.set(key, lineNo);
    records.push(parsed.record);
    recordLines.push(lineNo);
  });
  return { records, errors, lines, recordLines };
}

function compareEntities(a: EntityMention, b: EntityMention): number {
  return a.start - b.start || b.end - a.end || a.label.localeCompare(b.label) || compareIds(a.id, b.id);
}

function compareEvents(a: EventFrame, b: EventFrame): number {
  return a.trigger.start - b.trigger.start || b.trigger.end - a.trigger.end || a.type.localeCompare(b.type) || compareIds(a.id, b.id);
}

/** `T2` before `T10`. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function entityOut(m: EntityMention): Record<string, unknown> {
  const out: Record<string, unknown> = { id: m.id, start: m.start, end: m.end, label: m.label, text: m.text };
  if (m.source !== undefined) out.source = m.source;
  if (m.confidence !== undefined) out.confidence = m.confidence;
  if (m.attributes !== undefined) out.attributes = m.attributes;
  return out;
}

function eventOut(e: EventFrame): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: e.id,
    type: e.type,
    trigger: { start: e.trigger.start, end: e.trigger.end, text: e.trigger.text },
    arguments: e.arguments.map((a) => ({ role: a.role, entity: a.entity })),
  };
  if (e.attributes !== undefined) out.attributes = e.attributes;
  if (e.source !== undefined) out.source = e.source;
  if (e.confidence !== undefined) out.confidence = e.confidence;
  return out;
}

export interface GoldWriteOptions {
  /** Keep suggestions nobody accepted yet (they carry `source: "heuristic"`). Default false. */
  includePending?: boolean;
}

/** Leaves out pending suggestions, and the arguments that pointed at a left-out mention. */
export function withoutPending(record: GoldRecord): GoldRecord {
  const entities = record.entities.filter((m) => m.source !== 'heuristic');
  const kept = new Set(entities.map((m) => m.id));
  const events = record.events.filter((e) => e.source !== 'heuristic').map((e) => ({ ...e, arguments: e.arguments.filter((a) => kept.has(a.entity)) }));
  return { ...record, entities, events };
}

/** One record as one line (without the newline), in the contract's key order and sort order. */
export function serializeGoldRecord(record: GoldRecord, options: GoldWriteOptions = {}): string {
  const r = options.includePending ? record : withoutPending(record);
  return JSON.stringify({
    id: r.id,
    text: r.text,
    meta: r.meta,
    annotator: r.annotator,
    status: r.status,
    schema: r.schema,
    entities: [...r.entities].sort(compareEntities).map(entityOut),
    events: [...r.events].sort(compareEvents).map(eventOut),
  });
}

/** A whole file: one newline-terminated line per record, no header, no blank line. */
export function serializeGoldJsonl(records: GoldRecord[], options: GoldWriteOptions = {}): string {
  return records.map((r) => serializeGoldRecord(r, options) + '\n').join('');
}
