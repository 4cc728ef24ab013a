import type { EntityMention, EventFrame, GoldRecord } from '../model/types';
import { SchemaIndex } from '../schema/lookup';
import type { Schema } from '../schema/types';
import { OffsetMap } from '../text/offsets';
import { withoutPending } from './gold-jsonl';
import {
  byPosition,
  importedRecordBase,
  importJsonLines,
  isInteger,
  lineDocId,
  lineMeta,
  plural,
  type FileImport,
  type ImportOptions,
  type LineRead,
} from './common';
import type { ExportOptions, ExportResult, InputFile } from './files';

/**
 * doccano JSONL (https://doccano.github.io/doccano/), offsets in code points (doccano is Python).
 * - sequence labelling: `{"id","text","label":[[start,end,"LABEL"],…],"meta"}`; events are left out.
 * - relation variant: `{"id","text","entities":[{"id","label","start_offset","end_offset"}],
 *   "relations":[{"id","from_id","to_id","type"}],"meta"}`. An event is written as an entity labelled
 *   with its event type (its trigger) and one relation per argument, from the trigger to the filler,
 *   typed by the role. On import, an entity whose label is an event type of the schema (and not an
 *   entity label) is read back as a trigger, and its relations as the event's arguments.
 * Attributes, annotator and status are not carried (warned on export); `meta` is kept in a `meta` column.
 * Ids on import: the line's `id`, else `<file>-<line>`; mentions `T1…` and events `E1…` in text order.
 */

function prepare(records: GoldRecord[], options: ExportOptions): GoldRecord[] {
  return records.map((r) => (options.includePending ? r : withoutPending(r)));
}

function countAttributes(items: { attributes?: object }[]): number {
  return items.filter((i) => i.attributes && Object.keys(i.attributes).length > 0).length;
}

export function exportDoccanoSeq(records: GoldRecord[], _schema: Schema, options: ExportOptions = {}): ExportResult {
  let events = 0;
  let attributes = 0;
  const lines = prepare(records, options).map((r) => {
    events += r.events.length;
    attributes += countAttributes(r.entities);
    const label = [...r.entities].sort(byPosition).map((m) => [m.start, m.end, m.label]);
    return JSON.stringify({ id: r.id, text: r.text, label, meta: r.meta });
  });
  const warnings: string[] = [];
  if (events) warnings.push(`${plural(events, 'event')} left out (doccano sequence labelling has no events; use doccano-rel)`);
  if (attributes) warnings.push(`attributes of ${plural(attributes, 'mention')} left out (doccano has no attributes)`);
  return { files: [{ name: 'doccano.jsonl', content: lines.map((l) => l + '\n').join('') }], warnings };
}

export function exportDoccanoRel(records: GoldRecord[], _schema: Schema, options: ExportOptions = {}): ExportResult {
  let attributes = 0;
  const lines = prepare(records, options).map((r) => {
    attributes += countAttributes(r.entities) + countAttributes(r.events);
    const mentions = [...r.entities].sort(byPosition);
    const numberOf = new Map(mentions.map((m, i) => [m.id, i + 1]));
    const entities = mentions.map((m, i) => ({ id: i + 1, label: m.label, start_offset: m.start, end_offset: m.end }));
    const relations: { id: number; from_id: number; to_id: number; type: string }[] = [];
    for (const e of [...r.events].sort((a, b) => a.trigger.start - b.trigger.start || b.trigger.end - a.trigger.end)) {
      const trigger = entities.length + 1;
      entities.push({ id: trigger, label: e.type, start_offset: e.trigger.start, end_offset: e.trigger.end });
      for (const a of e.arguments) relations.push({ id: relations.length + 1, from_id: trigger, to_id: numberOf.get(a.entity)!, type: a.role });
    }
    return JSON.stringify({ id: r.id, text: r.text, entities, relations, meta: r.meta });
  });
  const warnings = attributes ? [`attributes of ${plural(attributes, 'annotation')} left out (doccano has no attributes)`] : [];
  return { files: [{ name: 'doccano.jsonl', content: lines.map((l) => l + '\n').join('') }], warnings };
}

interface Built {
  entities: EntityMention[];
  events: EventFrame[];
  problems: string[];
  warnings: string[];
}

function readSeq(items: unknown, map: OffsetMap): Built {
  const out: Built = { entities: [], events: [], problems: [], warnings: [] };
  if (!Array.isArray(items)) return { ...out, problems: ['label must be a list of [start, end, "LABEL"]'] };
  const spans: { start: number; end: number; label: string }[] = [];
  items.forEach((item, i) => {
    if (Array.isArray(item) && item.length === 3 && isInteger(item[0]) && isInteger(item[1]) && typeof item[2] === 'string')
      spans.push({ start: item[0], end: item[1], label: item[2] });
    else out.problems.push(`label[${i}]: expected [start, end, "LABEL"], got ${JSON.stringify(item)}`);
  });
  out.entities = spans.sort(byPosition).map((s, i) => ({ id: `T${i + 1}`, ...s, text: map.slice(s.start, s.end) }));
  return out;
}

interface RelEntity {
  key: string;
  start: number;
  end: number;
  label: string;
}

function readRel(value: Record<string, unknown>, map: OffsetMap, schema: SchemaIndex): Built {
  const out: Built = { entities: [], events: [], problems: [], warnings: [] };
  if (!Array.isArray(value.entities)) return { ...out, problems: ['entities must be a list'] };
  const rawEntities: unknown[] = value.entities;
  const rawRelations = value.relations === undefined ? [] : value.relations;
  if (!Array.isArray(rawRelations)) return { ...out, problems: ['relations must be a list'] };
  const spans: RelEntity[] = [];
  rawEntities.forEach((e: unknown, i) => {
    const o = (e ?? {}) as Record<string, unknown>;
    if ((typeof o.id === 'number' || typeof o.id === 'string') && isInteger(o.start_offset) && isInteger(o.end_offset) && typeof o.label === 'string') {
      spans.push({ key: String(o.id), start: o.start_offset, end: o.end_offset, label: o.label });
    } else out.problems.push(`entities[${i}]: expected {"id", "label", "start_offset", "end_offset"}, got ${JSON.stringify(e)}`);
  });
  const isTrigger = (s: RelEntity) => Boolean(schema.eventType(s.label)) && !schema.label(s.label);
  const idOf = new Map<string, string>();
  spans
    .filter((s) => !isTrigger(s))
    .sort(byPosition)
    .forEach((s, i) => {
      idOf.set(s.key, `T${i + 1}`);
      out.entities.push({ id: `T${i + 1}`, start: s.start, end: s.end, label: s.label, text: map.slice(s.start, s.end) });
    });
  const eventOf = new Map<string, EventFrame>();
  spans
    .filter(isTrigger)
    .sort(byPosition)
    .forEach((s, i) => {
      const frame: EventFrame = { id: `E${i + 1}`, type: s.label, trigger: { start: s.start, end: s.end, text: map.slice(s.start, s.end) }, arguments: [] };
      eventOf.set(s.key, frame);
      out.events.push(frame);
    });
  if (new Set(spans.map((s) => s.key)).size !== spans.length) out.problems.push('two entities have the same id');
  rawRelations.forEach((r: unknown, i) => {
    const o = (r ?? {}) as Record<string, unknown>;
    const from = String(o.from_id);
    const to = String(o.to_id);
    if (typeof o.type !== 'string' || o.from_id === undefined || o.to_id === undefined)
      out.problems.push(`relations[${i}]: expected {"from_id", "to_id", "type"}, got ${JSON.stringify(r)}`);
    else if (!eventOf.has(from) && !idOf.has(from)) out.problems.push(`relations[${i}]: from_id ${from} is not an entity of this line`);
    else if (!idOf.has(to)) out.problems.push(`relations[${i}]: to_id ${to} is not an entity mention of this line`);
    else if (!eventOf.has(from)) out.warnings.push(`relation ${o.type} between two mentions left out (only event arguments are read)`);
    else eventOf.get(from)!.arguments.push({ role: o.type, entity: idOf.get(to)! });
  });
  return out;
}

function importLine(value: Record<string, unknown>, file: string, line: number, schema: Schema, index: SchemaIndex, options: ImportOptions): LineRead {
  if (typeof value.text !== 'string') return { problems: ['missing field text'], warnings: [] };
  const map = new OffsetMap(value.text);
  // doccano's intent-detection (and span) export writes `"entities": [[start, end, "Label"]]`, the sequence form.
  const spanList = Array.isArray(value.entities) && value.entities.every((e) => Array.isArray(e));
  const relational = value.entities !== undefined && !spanList;
  const built = spanList
    ? readSeq(value.entities, map)
    : relational
      ? readRel(value, map, index)
      : value.label !== undefined || value.labels !== undefined
        ? readSeq(value.label ?? value.labels, map)
        : { entities: [], events: [], problems: [], warnings: [] };
  const record: GoldRecord = {
    id: lineDocId(value, file, line),
    text: value.text,
    meta: lineMeta(value, file, ['id', 'text', 'label', 'labels', 'entities', 'relations']),
    ...importedRecordBase(schema, options),
    entities: built.entities,
    events: built.events,
  };
  return { record, problems: built.problems, warnings: built.warnings };
}

export function importDoccano(files: InputFile[], schema: Schema, options: ImportOptions = {}): FileImport {
  return importJsonLines(files, schema, options, (value, file, line, index) => importLine(value, file, line, schema, index, options));
}
