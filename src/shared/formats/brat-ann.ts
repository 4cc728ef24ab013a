import type { Attributes, EntityMention, EventFrame, InputError } from '../model/types';
import type { SchemaIndex } from '../schema/lookup';
import { OffsetMap } from '../text/offsets';
import { numberedLines } from './common';

/**
 * Reads one brat `.ann` file (https://brat.nlplab.org/standoff.html) against its text.
 * T lines become mentions, or triggers when an E line names them; E lines events; A lines attributes;
 * `#` notes are kept in `attributes.note` (AnnotatorNotes) or `attributes["note:<Type>"]` (other types).
 * What a record cannot hold is left out with a warning, never an error: R, `*` and N lines, discontinuous
 * spans, and with them what hangs on them (events they trigger, arguments, attributes and notes).
 * Offsets are code points of the `.txt`, like ours; `shift` is subtracted from each (1 when the `.txt`
 * began with a byte-order mark, which brat counts as character 0).
 */

interface TextBound {
  id: string;
  type: string;
  start: number;
  end: number;
  text: string;
  line: number;
}

interface EventLine {
  id: string;
  type: string;
  trigger: string;
  args: { role: string; target: string }[];
  line: number;
}

interface Marker {
  kind: 'attribute' | 'note';
  name: string;
  target: string;
  value: string | true;
  line: number;
}

export interface AnnParse {
  entities: EntityMention[];
  events: EventFrame[];
  /** Line of every entity and event id, to put later problems on the right line. */
  lineOf: Map<string, number>;
  errors: InputError[];
  warnings: string[];
}

/** brat prints a span's text on one line: newlines of the text are written as spaces. */
export function annText(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}

const UNSUPPORTED: Record<string, string> = { R: 'relation', '*': 'equivalence', N: 'normalization' };

/** What is left out of a file, by id, with why: whatever refers to it is left out too, with a warning. */
type LeftOut = Map<string, string>;

export function parseAnn(content: string, text: string, file: string, schema: SchemaIndex, shift = 0): AnnParse {
  const map = new OffsetMap(text);
  const bounds = new Map<string, TextBound>();
  const eventLines: EventLine[] = [];
  const markers: Marker[] = [];
  const errors: InputError[] = [];
  const warnings: string[] = [];
  const leftOut: LeftOut = new Map();
  const err = (line: number, reason: string) => errors.push({ file, line, reason });
  const warn = (line: number, what: string) => warnings.push(`${file}:${line}: ${what}`);
  const seen = new Set<string>();
  for (const { line, text: raw } of numberedLines(content)) {
    const fields = raw.split('\t');
    const id = fields[0];
    const kind = id.startsWith('#') ? '#' : id.charAt(0);
    if (kind !== '*' && seen.has(id)) {
      err(line, `duplicate id ${id}`);
      continue;
    }
    seen.add(id);
    if (kind === 'T')
      readTextBound(fields, line, { map, shift }, bounds, err, (why) => (leftOut.set(id, why), warn(line, `${id}: ${why} left out (not supported)`)));
    else if (kind === 'E') readEvent(fields, line, eventLines, err);
    else if (kind === 'A' || kind === 'M') readAttribute(fields, line, markers, err);
    else if (kind === '#') readNote(fields, line, markers, err);
    else if (UNSUPPORTED[kind]) {
      leftOut.set(id, UNSUPPORTED[kind]);
      warn(line, `${UNSUPPORTED[kind]} ${id} left out (not supported)`);
    } else err(line, `not a brat annotation line (an id starts with T, E, A, R, N, * or #): ${JSON.stringify(raw.slice(0, 40))}`);
  }
  return { ...assemble({ bounds, eventLines, markers, leftOut }, schema, err, warn), errors, warnings };
}

type Report = (line: number, reason: string) => void;

/**
 * brat splits a span that crosses a line break into fragments (`0 5;6 10`, text joined by a space): those
 * are read as one span. Fragments with words between them are a discontinuous span, which we cannot hold.
 */
function fragmentsToSpan(map: OffsetMap, frags: number[][], written: string): { start: number; end: number } | { problem: string } | { leftOut: string } {
  if (frags.some(([s, e]) => !map.isValidSpan(s, e)))
    return { problem: `offsets ${frags.map((f) => f.join('..')).join(';')} are outside the text (length ${map.codePointLength}) or empty` };
  if (frags.length > 1) {
    const gapsBlank = frags.slice(1).every(([s], i) => s >= frags[i][1] && map.slice(frags[i][1], s).trim() === '');
    const joined = frags.map(([s, e]) => map.slice(s, e)).join(' ');
    if (annText(joined) !== written)
      return { problem: `text ${JSON.stringify(written)} does not match the fragments ${frags.map((f) => f.join(' ')).join(';')} (${JSON.stringify(joined)})` };
    if (!gapsBlank) return { leftOut: `discontinuous span ${frags.map((f) => f.join(' ')).join(';')} (${JSON.stringify(written)})` };
    return { start: frags[0][0], end: frags[frags.length - 1][1] };
  }
  const [[start, end]] = frags;
  const actual = map.slice(start, end);
  if (annText(actual) !== written)
    return { problem: `text ${JSON.stringify(written)} does not match the text at ${start}..${end} (${JSON.stringify(actual)})` };
  return { start, end };
}

function readTextBound(
  fields: string[],
  line: number,
  { map, shift }: { map: OffsetMap; shift: number },
  out: Map<string, TextBound>,
  err: Report,
  leaveOut: (why: string) => void,
): void {
  if (fields.length < 3) return err(line, `${fields[0]}: a text-bound line is "ID<tab>TYPE START END<tab>TEXT"`);
  const [type, ...offsets] = fields[1].split(' ');
  const frags = offsets
    .join(' ')
    .split(';')
    .map((f) => /^(\d+) (\d+)$/.exec(f));
  if (!type || frags.some((f) => f === null)) return err(line, `${fields[0]}: expected "TYPE START END", got ${JSON.stringify(fields[1])}`);
  const span = fragmentsToSpan(
    map,
    frags.map((f) => [Number(f![1]) - shift, Number(f![2]) - shift]),
    fields.slice(2).join('\t'),
  );
  if ('problem' in span) return err(line, `${fields[0]}: ${span.problem}`);
  if ('leftOut' in span) return leaveOut(span.leftOut);
  out.set(fields[0], { id: fields[0], type, ...span, text: map.slice(span.start, span.end), line });
}

function readEvent(fields: string[], line: number, out: EventLine[], err: Report): void {
  const parts = (fields[1] ?? '').split(' ').filter((p) => p !== '');
  const pairs = parts.map((p) => /^([^:]+):(\S+)$/.exec(p));
  if (parts.length === 0 || pairs.some((p) => p === null))
    return err(line, `${fields[0]}: expected "TYPE:TRIGGER ROLE:ID …", got ${JSON.stringify(fields[1] ?? '')}`);
  const [head, ...rest] = pairs as RegExpExecArray[];
  out.push({ id: fields[0], type: head[1], trigger: head[2], args: rest.map((p) => ({ role: p[1], target: p[2] })), line });
}

function readAttribute(fields: string[], line: number, out: Marker[], err: Report): void {
  const parts = (fields[1] ?? '').split(' ').filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3) return err(line, `${fields[0]}: expected "NAME TARGET [VALUE]", got ${JSON.stringify(fields[1] ?? '')}`);
  out.push({ kind: 'attribute', name: parts[0], target: parts[1], value: parts[2] ?? true, line });
}

function readNote(fields: string[], line: number, out: Marker[], err: Report): void {
  const parts = (fields[1] ?? '').split(' ').filter((p) => p !== '');
  if (parts.length !== 2 || fields.length < 3) return err(line, `${fields[0]}: expected "AnnotatorNotes TARGET<tab>NOTE"`);
  out.push({ kind: 'note', name: parts[0], target: parts[1], value: fields.slice(2).join('\t'), line });
}

/** A repeated role is written `Role2`, `Role3` (brat's convention): read it back as `Role`. */
function baseRole(type: string, role: string, schema: SchemaIndex): string {
  if (schema.role(type, role)) return role;
  const m = /^(.*?)\d+$/.exec(role);
  return m && schema.role(type, m[1]) ? m[1] : role;
}

interface AnnLines {
  bounds: Map<string, TextBound>;
  eventLines: EventLine[];
  markers: Marker[];
  leftOut: LeftOut;
}

type Warn = (line: number, what: string) => void;

function assemble({ bounds, eventLines, markers, leftOut }: AnnLines, schema: SchemaIndex, err: Report, warn: Warn) {
  const lineOf = new Map<string, number>();
  const triggers = new Set(eventLines.map((e) => e.trigger));
  const args = new Set(eventLines.flatMap((e) => e.args.map((a) => a.target)));
  const entities: EntityMention[] = [];
  for (const b of bounds.values()) {
    if (triggers.has(b.id) && !args.has(b.id)) continue;
    if (!triggers.has(b.id) && schema.eventType(b.type) && !schema.label(b.type)) {
      warn(b.line, `trigger ${b.id} (${b.type}) has no event line, left out`);
      continue;
    }
    entities.push({ id: b.id, start: b.start, end: b.end, label: b.type, text: b.text });
    lineOf.set(b.id, b.line);
  }
  const entityIds = new Set(entities.map((e) => e.id));
  const events: EventFrame[] = [];
  for (const e of eventLines) {
    const t = bounds.get(e.trigger);
    if (!t) {
      if (leftOut.has(e.trigger)) {
        leftOut.set(e.id, `event on ${e.trigger}`);
        warn(e.line, `${e.id} left out: its trigger ${e.trigger} is a ${leftOut.get(e.trigger)} left out`);
      } else err(e.line, `${e.id}: trigger ${e.trigger} is not a text-bound annotation of this file`);
      continue;
    }
    const frame: EventFrame = { id: e.id, type: e.type, trigger: { start: t.start, end: t.end, text: t.text }, arguments: [] };
    for (const a of e.args) {
      if (a.target.startsWith('E')) warn(e.line, `${e.id}: event ${a.target} as argument ${a.role} left out (events as arguments are not supported)`);
      else if (leftOut.has(a.target)) warn(e.line, `${e.id}: argument ${a.role}:${a.target} left out with ${a.target} (${leftOut.get(a.target)})`);
      else if (!entityIds.has(a.target)) err(e.line, `${e.id}: argument ${a.role} names a missing entity ${a.target}`);
      else frame.arguments.push({ role: baseRole(e.type, a.role, schema), entity: a.target });
    }
    if (t.type !== e.type) warn(e.line, `${e.id}: trigger ${t.id} is typed ${t.type}, the event ${e.type}; the event's type is kept`);
    events.push(frame);
    lineOf.set(e.id, e.line);
  }
  attachMarkers(markers, { entities, events, eventLines, leftOut }, err, warn);
  return { entities, events, lineOf };
}

/** Where a note of brat type `name` is kept: AnnotatorNotes in `note`, any other type in `note:<type>`. */
export function noteAttribute(name: string): string {
  return name === 'AnnotatorNotes' ? 'note' : `note:${name}`;
}

function attachMarkers(
  markers: Marker[],
  { entities, events, eventLines, leftOut }: { entities: EntityMention[]; events: EventFrame[]; eventLines: EventLine[]; leftOut: LeftOut },
  err: Report,
  warn: Warn,
): void {
  const targets = new Map<string, { attributes?: Attributes }[]>();
  for (const m of entities) targets.set(m.id, [m]);
  for (const e of events) targets.set(e.id, [e]);
  // A note on a trigger is a note on its event(s).
  const eventById = new Map(events.map((e) => [e.id, e]));
  const entityIds = new Set(entities.map((m) => m.id));
  for (const line of eventLines) {
    const ev = eventById.get(line.id);
    if (ev && !targets.has(line.trigger)) targets.set(line.trigger, [ev]);
    else if (ev && !entityIds.has(line.trigger)) targets.get(line.trigger)?.push(ev);
  }
  for (const mk of markers) {
    const found = targets.get(mk.target);
    if (!found) {
      if (leftOut.has(mk.target)) warn(mk.line, `${mk.kind} ${mk.name} on ${mk.target} left out with it (${leftOut.get(mk.target)})`);
      else err(mk.line, `${mk.kind} ${mk.name} names a missing annotation ${mk.target}`);
      continue;
    }
    for (const item of found) {
      const attributes = (item.attributes ??= {});
      const key = mk.kind === 'note' ? noteAttribute(mk.name) : mk.name;
      const before = attributes[key];
      if (mk.kind === 'note') attributes[key] = typeof before === 'string' ? `${before}\n${mk.value}` : mk.value;
      else if (before !== undefined) err(mk.line, `attribute ${mk.name} of ${mk.target} is given twice`);
      else attributes[key] = mk.value;
    }
  }
}
