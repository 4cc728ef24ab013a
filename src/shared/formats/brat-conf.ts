import type { InputError } from '../model/types';
import type { AttributeDef, Cardinality, EntityLabelDef, EventTypeDef, RoleDef, Schema } from '../schema/types';
import { parseSchema } from '../schema/validate';
import { EVENT_PALETTE, LABEL_PALETTE } from '../schema/palette';

/**
 * brat's `annotation.conf` (https://brat.nlplab.org/configuration.html) ↔ Schema.
 * Written: [entities], [relations] (empty), [events] with `Role<card>:Label1|Label2`, [attributes] with
 * `Arg:<ENTITY>|<EVENT>, Value:a|b[, <DEFAULT>:a]`; descriptions become comments. Read as brat reads it
 * (server/src/projectconfig.py): sections, `[spans]` for `[entities]`, hierarchies by indentation (any
 * white space), `!` for types that only group others, `Name|Alias` (the first name is kept), macros
 * `<NAME>=…` replaced as text in the rest of their section (a type list or a whole role list),
 * `<INHERIT>`, `<ENTITY>` and `<ANY>` as types, the cardinalities `?*+` (none means exactly one),
 * attributes with `<DEFAULT>`. What a Schema cannot hold (relations, events as arguments, `{n-m}`
 * counts) is a warning; every warning and error names its line. brat has no colours or keys in this
 * file (visual.conf is not read): they are generated, the same every time.
 */

const CARDS = new Set(['?', '*', '+']);
const BRAT_NAME = /^[^\s:,|]+$/;

export function schemaToBratConf(schema: Schema): { content: string; warnings: string[] } {
  const warnings: string[] = [];
  const check = (name: string, what: string) => {
    if (!BRAT_NAME.test(name)) warnings.push(`annotation.conf: ${what} ${JSON.stringify(name)} has a space, ':', ',' or '|', which brat cannot read`);
  };
  const lines = [`# Generated from the schema ${schema.name}@${schema.version}. Colours and keys are not part of brat's annotation.conf.`, '', '[entities]'];
  for (const e of schema.entities) {
    check(e.name, 'label');
    if (e.description) lines.push(`# ${e.name}: ${oneLine(e.description)}`);
    lines.push(e.name);
  }
  lines.push('', '[relations]', '# (none: this schema has no relations)', '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>', '', '[events]');
  for (const ev of schema.events) {
    check(ev.name, 'event type');
    if (ev.description) lines.push(`# ${ev.name}: ${oneLine(ev.description)}`);
    // A role without a cardinality is `*` in a Schema, but "exactly one" in brat: write it out.
    const roles = ev.roles.map((r) => `${r.name}${(r.cardinality ?? '*') === '1' ? '' : (r.cardinality ?? '*')}:${r.labels.join('|')}`);
    lines.push(roles.length ? `${ev.name}\t${roles.join(', ')}` : ev.name);
  }
  lines.push('', '[attributes]');
  for (const a of schema.attributes) {
    check(a.name, 'attribute');
    const arg = a.appliesTo === 'event' ? '<EVENT>' : '<ENTITY>';
    const binary = a.values.length === 1 && a.values[0] === 'true';
    const byDefault = a.default !== undefined && !binary ? `, <DEFAULT>:${a.default}` : '';
    lines.push(binary ? `${a.name}\tArg:${arg}` : `${a.name}\tArg:${arg}, Value:${a.values.join('|')}${byDefault}`);
  }
  return { content: lines.join('\n') + '\n', warnings };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface TypeLine {
  name: string;
  depth: number;
  abstract: boolean;
  /** The argument list, macros and <INHERIT> expanded. */
  args: string[];
  line: number;
}

interface Section {
  lines: TypeLine[];
  /** Line of its header, for errors about the section as a whole. */
  line: number;
}

const SECTION_ALIAS: Record<string, string> = { spans: 'entities' };
const KNOWN_SECTIONS = ['entities', 'relations', 'events', 'attributes'];
const RESERVED = new Set(
  [
    'ANY',
    'ENTITY',
    'RELATION',
    'EVENT',
    'NONE',
    'EMPTY',
    'REL-TYPE',
    'URL',
    'URLBASE',
    'UNICODE',
    'GLYPH-POS',
    'DEFAULT',
    'NORM',
    'OVERLAP',
    'OVL-TYPE',
    'INHERIT',
  ].map((n) => `<${n}>`),
);

type Report = (line: number, reason: string) => void;

/** One line of a section, the way brat's __read_term_hierarchy reads it; null for what is not a type line. */
function typeLine(text: string, line: number, macros: Map<string, string>, parents: Map<number, string[]>, err: Report): TypeLine | null {
  let l = text;
  for (const [name, value] of macros) l = l.split(name).join(value);
  for (const m of l.matchAll(/<[^<>\s]*>/g)) {
    if (!RESERVED.has(m[0])) return (err(line, `undefined macro ${m[0]} (macros belong to the section they are defined in)`), null);
  }
  const m = /^(\s*)(\S+)(?:\s+(.*))?$/.exec(l);
  if (!m) return null;
  const depth = m[1].length;
  const rawArgs = (m[3] ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const args = rawArgs.flatMap((a) => (a === '<INHERIT>' ? (parents.get(depth - 1) ?? []) : [a]));
  if (rawArgs.includes('<INHERIT>') && !parents.has(depth - 1)) err(line, `<INHERIT> without a parent type`);
  parents.set(depth, args);
  const abstract = m[2].startsWith('!');
  const name = m[2].replace(/^!/, '').split('|')[0];
  return name ? { name, depth, abstract, args, line } : null;
}

function splitSections(content: string, err: Report, warn: Report): Map<string, Section> {
  const sections = new Map<string, Section>();
  let current: Section | null = null;
  let macros = new Map<string, string>();
  let parents = new Map<number, string[]>();
  content
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.replace(/\r$/, '');
      const line = i + 1;
      if (text.trim() === '' || /^\s*#/.test(text) || /^\s*-+\s*$/.test(text)) return;
      const header = /^\s*\[(.*)\]\s*$/.exec(text);
      if (header) {
        const name = SECTION_ALIAS[header[1]] ?? header[1];
        if (!KNOWN_SECTIONS.includes(name)) warn(line, `section [${header[1]}] is not read`);
        current = sections.get(name) ?? { lines: [], line };
        sections.set(name, current);
        macros = new Map();
        parents = new Map();
        return;
      }
      const macro = /^<([a-zA-Z_-]+)>=\s*(.*?)\s*$/.exec(text);
      if (macro) {
        if (RESERVED.has(`<${macro[1]}>`)) err(line, `<${macro[1]}> is reserved by brat and cannot be redefined`);
        else macros.set(`<${macro[1]}>`, macro[2]);
        return;
      }
      if (!current) return warn(line, 'line outside any section, ignored');
      const parsed = typeLine(text, line, macros, parents, err);
      if (parsed) current.lines.push(parsed);
    });
  return sections;
}

/** Each type with the names below it in the hierarchy (brat's indentation). */
function descendants(lines: TypeLine[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const stack: TypeLine[] = [];
  for (const l of lines) {
    while (stack.length && stack[stack.length - 1].depth >= l.depth) stack.pop();
    if (stack.length) out.get(stack[stack.length - 1].name)?.push(l.name);
    out.set(l.name, []);
    stack.push(l);
  }
  // Children were recorded on their parent only (linear); expand to every level below, depth first.
  const all = new Map<string, string[]>();
  const expand = (name: string, seen: Set<string>): string[] => {
    if (all.has(name)) return all.get(name)!;
    const below = (out.get(name) ?? []).filter((c) => !seen.has(c)).flatMap((c) => [c, ...expand(c, new Set([...seen, c]))]);
    all.set(name, below);
    return below;
  };
  for (const name of out.keys()) expand(name, new Set([name]));
  return all;
}

function generatedKey(name: string, used: Set<string>, upper: boolean): string {
  const letters = [...name, ...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => (upper ? c.toUpperCase() : c.toLowerCase()));
  const key = letters.find((c) => /^[\p{L}\p{N}]$/u.test(c) && c.length === 1 && !used.has(c)) ?? String.fromCharCode(0x2460 + used.size);
  used.add(key);
  return key;
}

export interface ConfReadOptions {
  name?: string;
  version?: number;
}

export type ConfReadResult = { schema: Schema | null; errors: InputError[]; warnings: string[] };

/** Types defined twice in one section, as errors on the second definition. */
function duplicateTypes(lines: TypeLine[], what: string, err: Report): void {
  const first = new Map<string, number>();
  for (const l of lines.filter((x) => !x.abstract)) {
    if (first.has(l.name)) err(l.line, `${what} ${l.name} is defined twice (first on line ${first.get(l.name)})`);
    else first.set(l.name, l.line);
  }
}

/** Reads annotation.conf into a Schema; `schema` is null when the result is not a usable schema. */
export function bratConfToSchema(content: string, file: string, options: ConfReadOptions = {}): ConfReadResult {
  const warnings: string[] = [];
  const errors: InputError[] = [];
  const err: Report = (line, reason) => errors.push({ file, line, reason });
  const warn: Report = (line, reason) => warnings.push(`${file}:${line}: ${reason}`);
  try {
    const sections = splitSections(content, err, warn);
    const entitySection = sections.get('entities');
    const entityLines = entitySection?.lines ?? [];
    const entityTree = descendants(entityLines);
    duplicateTypes(entityLines, 'entity type', err);
    const usedKeys = new Set<string>();
    const entities: EntityLabelDef[] = [...new Map(entityLines.filter((l) => !l.abstract).map((l) => [l.name, l])).values()].map((l, i) => ({
      name: l.name,
      description: '',
      color: LABEL_PALETTE[i % LABEL_PALETTE.length],
      key: generatedKey(l.name, usedKeys, false),
    }));
    if (entities.length === 0) err(entitySection?.line ?? 1, 'no entity type: a schema needs an [entities] (or [spans]) section with at least one type');
    const labels = new Set(entities.map((e) => e.name));
    const expand = (type: string): string[] | null => {
      if (type === '<ENTITY>' || type === '<ANY>') return [...labels];
      if (!entityTree.has(type)) return null;
      return [type, ...entityTree.get(type)!].filter((t) => labels.has(t));
    };
    const allEvents = sections.get('events')?.lines ?? [];
    duplicateTypes(allEvents, 'event type', err);
    const eventLines = [...new Map(allEvents.filter((l) => !l.abstract).map((l) => [l.name, l])).values()];
    const eventNames = new Set(allEvents.map((l) => l.name));
    const eventKeys = new Set<string>();
    const anyRoles: number[] = [];
    const events: EventTypeDef[] = eventLines.map((l, i) => ({
      name: l.name,
      description: '',
      color: EVENT_PALETTE[i % EVENT_PALETTE.length],
      key: generatedKey(l.name, eventKeys, true),
      roles: readRoles(l, { expand, eventNames, anyRoles }, err, warn),
    }));
    if (anyRoles.length) warn(anyRoles[0], `<ANY> in ${anyRoles.length} role(s) read as any entity type (events as arguments are not supported)`);
    const relations = (sections.get('relations')?.lines ?? []).filter((l) => !['<OVERLAP>', 'ENTITY-NESTING'].includes(l.name));
    if (relations.length) warn(relations[0].line, `${relations.length} relation type(s) left out (relations are not supported)`);
    const attributes = (sections.get('attributes')?.lines ?? []).flatMap((l) => readAttribute(l, eventNames, err));
    const schema: Schema = { name: options.name ?? 'brat', version: options.version ?? 1, entities, events, attributes };
    if (errors.length) return { schema: null, errors, warnings };
    const checked = parseSchema(schema);
    if (!checked.ok) return { schema: null, errors: checked.errors.map((reason) => ({ file, line: lineNamed(reason, sections), reason })), warnings };
    return { schema: checked.schema, errors, warnings };
  } catch (e) {
    return { schema: null, errors: [{ file, line: 1, reason: `could not be read: ${(e as Error).message}` }], warnings };
  }
}

/** The line of the first type a schema problem names (the schema's own checks know no lines). */
function lineNamed(reason: string, sections: Map<string, Section>): number {
  for (const s of sections.values()) for (const l of s.lines) if (reason.includes(l.name)) return l.line;
  return 1;
}

interface RoleContext {
  expand: (t: string) => string[] | null;
  eventNames: Set<string>;
  /** Lines of roles that used <ANY>, warned once. */
  anyRoles: number[];
}

function readRoles(l: TypeLine, { expand, eventNames, anyRoles }: RoleContext, err: Report, warn: Report): RoleDef[] {
  const roles: RoleDef[] = [];
  for (const part of l.args) {
    const m = /^([^:?*+{]+)(\?|\*|\+|\{\d+(?:-\d*)?\})?:(.+)$/.exec(part);
    if (!m) {
      err(l.line, `${l.name}: expected "Role:Type1|Type2", got ${JSON.stringify(part)}`);
      continue;
    }
    const [, name, card, types] = m;
    const labels: string[] = [];
    const unknown: string[] = [];
    let reported = false;
    for (const t of types.split('|').map((s) => s.trim())) {
      const found = expand(t);
      if (t === '<ANY>') anyRoles.push(l.line);
      if (found) labels.push(...found.filter((f) => !labels.includes(f)));
      else if (t === '<EVENT>' || eventNames.has(t)) warn(l.line, `${l.name}.${name}: events as arguments (${t}) are not supported, left out`);
      else unknown.push(t);
      reported ||= !found;
    }
    // brat itself accepts types it does not define (a macro listing more than the project uses): left out
    // with a warning, unless nothing is left for the role.
    if (unknown.length && labels.length) warn(l.line, `${l.name}.${name}: ${unknown.join(', ')} not defined in [entities], left out`);
    if (unknown.length && !labels.length) {
      for (const t of unknown) err(l.line, `${l.name}.${name}: unknown type ${t}`);
      continue;
    }
    if (labels.length === 0) {
      if (!reported) warn(l.line, `${l.name}.${name}: no entity type left, role left out`);
      continue;
    }
    if (roles.some((r) => r.name === name)) {
      err(l.line, `${l.name}: role ${name} is given twice`);
      continue;
    }
    roles.push({ name, labels, cardinality: cardinality(card, l, name, warn) });
  }
  return roles;
}

function cardinality(card: string | undefined, l: TypeLine, role: string, warn: Report): Cardinality {
  if (card === undefined || card === '{1}') return '1';
  if (CARDS.has(card)) return card as Cardinality;
  warn(l.line, `${l.name}.${role}: count ${card} kept as *`);
  return '*';
}

function readAttribute(l: TypeLine, eventNames: Set<string>, err: Report): AttributeDef[] {
  const fields = new Map(
    l.args.map((p) => {
      const colon = p.indexOf(':');
      return colon < 0 ? [p, ''] : [p.slice(0, colon).trim(), p.slice(colon + 1).trim()];
    }),
  );
  const arg = fields.get('Arg');
  if (!arg) {
    err(l.line, `attribute ${l.name}: expected "Arg:<ENTITY>" or "Arg:<EVENT>"`);
    return [];
  }
  const onEvents = arg.split('|').some((t) => t === '<EVENT>' || eventNames.has(t));
  const value = fields.get('Value');
  const values = value
    ? [
        ...new Set(
          value
            .split('|')
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ]
    : ['true'];
  const byDefault = fields.get('<DEFAULT>');
  const def: AttributeDef = { name: l.name, appliesTo: onEvents ? 'event' : 'entity', values };
  if (byDefault && values.includes(byDefault)) def.default = byDefault;
  else if (byDefault) err(l.line, `attribute ${l.name}: <DEFAULT>:${byDefault} is not one of its values`);
  return [def];
}
