import type { EntityMention, GoldRecord } from '../model/types';
import type { Schema } from '../schema/types';
import { OffsetMap } from '../text/offsets';
import { exportTokens } from './export-tokens';
import { withoutPending } from './gold-jsonl';
import { keptTokens, metaWithoutTokens } from './kept-tokens';
import {
  baseName,
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
 * spaCy / Prodigy JSONL (https://prodi.gy/docs/api-interfaces#ner_manual): `{"id","text","meta",
 * "tokens":[{"text","start","end","id","ws"}],"spans":[{"start","end","token_start","token_end","label"}]}`,
 * `token_end` inclusive, offsets in code points (Python). Tokens are the ones the record came with
 * (`meta.tokens`, written back as they were), else `exportTokens()` plus spaCy's white-space tokens, so
 * that words and `ws` rebuild the text. Spans that do not fall on token boundaries are kept with a
 * warning; events and attributes are left out with a warning. On import, tokens are checked against the
 * text and kept in `meta.tokens` unless they are the ones the export would write; tasks answered `reject`
 * or `ignore` are left out; accepted tasks of one input (the same text and `_input_hash`) become one
 * document with all their spans, as Prodigy's `data-to-spacy` merges them; `relations` are warned.
 */

interface TokenOut {
  text: string;
  start: number;
  end: number;
  id: number;
  ws: boolean;
}

/**
 * spaCy's tokens rebuild the text exactly (`Doc(words, spaces)`): a single space after a token is its
 * `ws`, any other white space (newlines, several spaces) is a token of its own, as spaCy makes it.
 */
function tokensOf(text: string, map: OffsetMap, lang: string): TokenOut[] {
  const out: TokenOut[] = [];
  const gap = (from: number, to: number) => {
    let start = from;
    const last = out[out.length - 1];
    if (last && map.slice(from, from + 1) === ' ' && from < to) {
      last.ws = true;
      start++;
    }
    if (start < to) out.push({ text: map.slice(start, to), start, end: to, id: out.length, ws: false });
  };
  let pos = 0;
  for (const t of exportTokens(text, lang)) {
    gap(pos, t.start);
    out.push({ text: t.text, start: t.start, end: t.end, id: out.length, ws: false });
    pos = t.end;
  }
  gap(pos, map.codePointLength);
  return out;
}

/** Token range of a span: first token ending after its start, last token starting before its end (white space tokens aside). */
function tokenRange(tokens: TokenOut[], m: { start: number; end: number }): { first: number; last: number; aligned: boolean } | null {
  const word = (t: TokenOut) => t.text.trim() !== '';
  const first = tokens.findIndex((t) => t.end > m.start && word(t));
  let last = -1;
  for (let i = tokens.length - 1; i >= 0; i--)
    if (tokens[i].start < m.end && word(tokens[i])) {
      last = i;
      break;
    }
  if (first < 0 || last < first) return null;
  return { first, last, aligned: tokens[first].start === m.start && tokens[last].end === m.end };
}

/** The tokens the export writes for a record: the ones it came with, else Glose's own. */
function recordTokens(r: GoldRecord): TokenOut[] {
  return (keptTokens(r) as TokenOut[] | null) ?? tokensOf(r.text, new OffsetMap(r.text), typeof r.meta.lang === 'string' ? r.meta.lang : 'fr');
}

export function exportSpacy(records: GoldRecord[], _schema: Schema, options: ExportOptions = {}): ExportResult {
  let events = 0;
  let unaligned = 0;
  let attributes = 0;
  const lines = records.map((r0) => {
    const r = options.includePending ? r0 : withoutPending(r0);
    events += r.events.length;
    attributes += r.entities.filter((m) => m.attributes && Object.keys(m.attributes).length).length;
    const tokens = recordTokens(r);
    const spans = [...r.entities].sort(byPosition).map((m) => {
      const range = tokenRange(tokens, m);
      if (!range?.aligned) unaligned++;
      return range
        ? { start: m.start, end: m.end, token_start: range.first, token_end: range.last, label: m.label }
        : { start: m.start, end: m.end, label: m.label };
    });
    return JSON.stringify({ id: r.id, text: r.text, meta: metaWithoutTokens(r.meta), tokens, spans });
  });
  const warnings: string[] = [];
  if (unaligned) warnings.push(`${plural(unaligned, 'span')} not on token boundaries (token_start/token_end give the tokens they overlap)`);
  if (events) warnings.push(`${plural(events, 'event')} left out (spaCy/Prodigy spans have no events)`);
  if (attributes) warnings.push(`attributes of ${plural(attributes, 'mention')} left out`);
  return { files: [{ name: 'spacy.jsonl', content: lines.map((l) => l + '\n').join('') }], warnings };
}

interface TokenIn {
  start: number;
  end: number;
}

function readTokens(raw: unknown, map: OffsetMap, problems: string[]): TokenIn[] | null {
  if (raw === undefined) return null;
  if (!Array.isArray(raw)) return (problems.push('tokens must be a list'), null);
  const tokens: TokenIn[] = [];
  raw.forEach((t: unknown, i) => {
    const o = (t ?? {}) as Record<string, unknown>;
    if (!isInteger(o.start) || !isInteger(o.end) || typeof o.text !== 'string') return void problems.push(`tokens[${i}]: expected {"text", "start", "end"}`);
    if (!map.isValidSpan(o.start, o.end) || map.slice(o.start, o.end) !== o.text)
      return void problems.push(`tokens[${i}]: text ${JSON.stringify(o.text)} does not match the text at ${o.start}..${o.end}`);
    tokens.push({ start: o.start, end: o.end });
  });
  return tokens;
}

function readSpans(raw: unknown, map: OffsetMap, tokens: TokenIn[] | null, problems: string[], warnings: string[]): EntityMention[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return (problems.push('spans must be a list'), []);
  const spans: { start: number; end: number; label: string }[] = [];
  raw.forEach((s: unknown, i) => {
    const o = (s ?? {}) as Record<string, unknown>;
    if (!isInteger(o.start) || !isInteger(o.end) || typeof o.label !== 'string')
      return void problems.push(`spans[${i}]: expected {"start", "end", "label"}, got ${JSON.stringify(s)}`);
    if (typeof o.text === 'string' && map.isValidSpan(o.start, o.end) && map.slice(o.start, o.end) !== o.text) {
      return void problems.push(`spans[${i}]: text ${JSON.stringify(o.text)} does not match the text at ${o.start}..${o.end}`);
    }
    if (tokens && !alignedWith(tokens, o)) warnings.push(`spans[${i}] (${o.start}..${o.end}) does not fall on token boundaries`);
    spans.push({ start: o.start, end: o.end, label: o.label });
  });
  return spans.sort(byPosition).map((s, i) => ({ id: `T${i + 1}`, ...s, text: map.slice(s.start, s.end) }));
}

/** Starts on a token start, ends on a token end, and agrees with token_start/token_end when given. */
function alignedWith(tokens: TokenIn[], o: Record<string, unknown>): boolean {
  const first = tokens.findIndex((t) => t.start === o.start);
  const last = tokens.findIndex((t) => t.end === o.end);
  if (first < 0 || last < first) return false;
  return (o.token_start === undefined || o.token_start === first) && (o.token_end === undefined || o.token_end === last);
}

/** The input's tokens, to keep in meta, unless they are exactly what the export would write. */
function tokensToKeep(v: Record<string, unknown>, text: string): { tokens?: unknown } {
  if (!Array.isArray(v.tokens)) return {};
  const own = tokensOf(text, new OffsetMap(text), typeof (v.meta as { lang?: unknown })?.lang === 'string' ? String((v.meta as { lang: string }).lang) : 'fr');
  return JSON.stringify(v.tokens) === JSON.stringify(own) ? {} : { tokens: v.tokens };
}

/** One Prodigy task: its tokens checked against the text, its spans read on them. */
function importLine(v: Record<string, unknown>, file: string, line: number, schema: Schema, options: ImportOptions): LineRead {
  if (typeof v.text !== 'string') return { problems: ['missing field text'], warnings: [] };
  if (v.answer === 'reject' || v.answer === 'ignore') return { problems: [], warnings: [`task answered ${v.answer}, left out`] };
  const map = new OffsetMap(v.text);
  const problems: string[] = [];
  const warnings: string[] = [];
  const tokens = readTokens(v.tokens, map, problems);
  const entities = readSpans(v.spans, map, tokens, problems, warnings);
  if (Array.isArray(v.relations) && v.relations.length)
    warnings.push(`${plural(v.relations.length, 'relation')} left out (relations between spans are not read)`);
  const meta = { ...lineMeta(v, file, ['id', 'text', 'tokens', 'spans', 'answer', 'relations']), ...tokensToKeep(v, v.text) };
  const record: GoldRecord = { id: lineDocId(v, file, line), text: v.text, meta, ...importedRecordBase(schema, options), entities, events: [] };
  return { record, problems, warnings };
}

/**
 * Accepted tasks of one input become one document, as Prodigy's data-to-spacy merges them: the first
 * task gives the id and meta, the spans of all are joined (a span given twice is kept once).
 */
function mergeSameInput(part: FileImport): FileImport {
  // The same input: the same text (and _input_hash when there is one); tasks given ids of their own
  // (as Glose writes them) are documents of their own.
  const keyOf = (r: GoldRecord, line: number) =>
    [r.id === `${baseName(part.file ?? '')}-${line}` ? '' : r.id, typeof r.meta._input_hash === 'number' ? r.meta._input_hash : '', r.text].join('\u0000');
  const firstOf = new Map<string, number>();
  const records: GoldRecord[] = [];
  const lines: number[] = [];
  const warnings = [...part.warnings];
  part.records.forEach((r, i) => {
    const line = part.lines?.[i] ?? 0;
    const at = firstOf.get(keyOf(r, line));
    if (at === undefined) {
      firstOf.set(keyOf(r, line), records.length);
      records.push(r);
      lines.push(line);
      return;
    }
    const into = records[at];
    const seen = new Set(into.entities.map((m) => `${m.start} ${m.end} ${m.label}`));
    const spans = [...into.entities, ...r.entities.filter((m) => !seen.has(`${m.start} ${m.end} ${m.label}`))].sort(byPosition);
    records[at] = { ...into, entities: spans.map((m, k) => ({ ...m, id: `T${k + 1}` })) };
    warnings.push(`${part.file}:${line}: accepted task of the same input as line ${lines[at]}, merged into it`);
  });
  return { ...part, records, lines, warnings };
}

export function importSpacy(files: InputFile[], schema: Schema, options: ImportOptions = {}): FileImport {
  return importJsonLines(files, schema, options, (value, file, line) => importLine(value, file, line, schema, options), mergeSameInput);
}
