import type { InputError } from '../model/types';
import type { AttributeDef, Cardinality, EntityLabelDef, EventTypeDef, RoleDef, Schema } from '../schema/types';
import { parseSchema } from '../schema/validate';
import { EVENT_PALETTE, LABEL_PALETTE } from '../schema/palette';

/**
 * brat's `annotation.conf` (https://brat.nlplab.org/configuration.html) ↔ Schema.
 * Written: [entities], [relations] (empty), [events] with `Role<card>:Label1|Label2`, [attributes] with
 * `Arg:<ENTITY>|<EVENT>, Value:a|b`; descriptions become comments. Read: entity and event hierarchies
 * (tab indentation, `!` for types that only group others), macros `<NAME>=A|B`, `<ENTITY>`, the
 * cardinalities `?*+` (none means exactly one), attributes. What a Schema cannot hold (relations,
 * events as arguments, `{n-m}` counts) is reported as a warning. brat has no colours or keys in this
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
    lines.push(binary ? `${a.name}\tArg:${arg}` : `${a.name}\tArg:${arg}, Value:${a.values.join('|')}`);
    if (a.default !== undefined) warnings.push(`annotation.conf: the default value ${a.default} of attribute ${a.name} is not carried (brat has no defaults)`);
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
  rest: string;
  line: number;
}

interface ConfSections {
  sections: Map<string, TypeLine[]>;
  macros: Map<string, string[]>;
}

function splitSections(content: string, file: string, warnings: string[]): ConfSections {
  const sections = new Map<string, TypeLine[]>();
  const macros = new Map<string, string[]>();
  let current: TypeLine[] | null = null;
  content
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.replace(/\r$/, '');
      const line = i + 1;
      if (text.trim() === '' || text.trim().startsWith('#') || /^-+$/.test(text.trim())) return;
      const section = /^\s*\[(\w+)\]\s*$/.exec(text);
      if (section) {
        current = sections.get(section[1]) ?? [];
        sections.set(section[1], current);
        return;
      }
      const macro = /^\s*(<[^>]+>)\s*=\s*(.+)$/.exec(text);
      if (macro)
        return void macros.set(
          macro[1],
          macro[2].split('|').map((s) => s.trim()),
        );
      if (!current) return void warnings.push(`${file}:${line}: line outside any section, ignored`);
      const m = /^(\t*)(!?)(\S+)\s*(.*)$/.exec(text.replace(/^ +/, ''));
      if (m) current.push({ depth: m[1].length, abstract: m[2] === '!', name: m[3], rest: m[4].trim(), line });
    });
  return { sections, macros };
}

/** Each type with the names below it in the hierarchy (brat's indentation). */
function descendants(lines: TypeLine[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const stack: TypeLine[] = [];
  for (const l of lines) {
    while (stack.length && stack[stack.length - 1].depth >= l.depth) stack.pop();
    for (const parent of stack) out.get(parent.name)?.push(l.name);
    out.set(l.name, []);
    stack.push(l);
  }
  return out;
}

function generatedKey(name: string, used: Set<string>, upper: boolean): string {
  const letters = [...name, ...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => (upper ? c.toUpperCase() : c.toLowerCase()));
  const key = letters.find((c) => /^[\p{L}\p{N}]$/u.test(c) && !used.has(c)) ?? String.fromCodePoint(0x2460 + used.size);
  used.add(key);
  return key;
}

export interface ConfReadOptions {
  name?: string;
  version?: number;
}

export type ConfReadResult = { schema: Schema; errors: InputError[]; warnings: string[] };

/** Reads annotation.conf into a Schema; `schema` is null when the result is not a usable schema. */
export function bratConfToSchema(
  content: string,
  file: string,
  options: ConfReadOptions = {},
): { schema: Schema | null; errors: InputError[]; warnings: string[] } {
  const warnings: string[] = [];
  const errors: InputError[] = [];
  try {
    const { sections, macros } = splitSections(content, file, warnings);
    for (const s of sections.keys()) if (!['entities', 'relations', 'events', 'attributes'].includes(s)) warnings.push(`${file}: section [${s}] is not read`);
    const entityLines = sections.get('entities') ?? [];
    const entityTree = descendants(entityLines);
    const usedKeys = new Set<string>();
    const entities: EntityLabelDef[] = entityLines
      .filter((l) => !l.abstract)
      .map((l, i) => ({ name: l.name, description: '', color: LABEL_PALETTE[i % LABEL_PALETTE.length], key: generatedKey(l.name, usedKeys, false) }));
    const labels = new Set(entities.map((e) => e.name));
    const expand = (type: string): string[] | null => {
      if (type === '<ENTITY>') return [...labels];
      if (macros.has(type)) return macros.get(type)!.flatMap((t) => expand(t) ?? []);
      if (!entityTree.has(type)) return null;
      return [type, ...entityTree.get(type)!].filter((t) => labels.has(t));
    };
    const eventLines = (sections.get('events') ?? []).filter((l) => !l.abstract);
    const eventNames = new Set(eventLines.map((l) => l.name));
    const eventKeys = new Set<string>();
    const events: EventTypeDef[] = eventLines.map((l, i) => ({
      name: l.name,
      description: '',
      color: EVENT_PALETTE[i % EVENT_PALETTE.length],
      key: generatedKey(l.name, eventKeys, true),
      roles: readRoles(l, expand, eventNames, file, errors, warnings),
    }));
    const relations = (sections.get('relations') ?? []).filter((l) => l.name !== '<OVERLAP>');
    if (relations.length) warnings.push(`${file}: ${relations.length} relation type(s) left out (relations are not supported)`);
    const attributes = (sections.get('attributes') ?? []).flatMap((l) => readAttribute(l, eventNames, file, errors));
    const schema: Schema = { name: options.name ?? 'brat', version: options.version ?? 1, entities, events, attributes };
    const checked = parseSchema(schema);
    if (!checked.ok) return { schema: null, errors: [...errors, ...checked.errors.map((reason) => ({ file, line: 0, reason }))], warnings };
    return { schema: errors.length ? null : checked.schema, errors, warnings };
  } catch (e) {
    return { schema: null, errors: [{ file, line: 0, reason: `could not be read: ${(e as Error).message}` }], warnings };
  }
}

function readRoles(
  l: TypeLine,
  expand: (t: string) => string[] | null,
  eventNames: Set<string>,
  file: string,
  errors: InputError[],
  warnings: string[],
): RoleDef[] {
  if (l.rest === '') return [];
  const roles: RoleDef[] = [];
  for (const part of l.rest
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([^:?*+{]+)(\?|\*|\+|\{\d+(?:-\d*)?\})?:(.+)$/.exec(part);
    if (!m) {
      errors.push({ file, line: l.line, reason: `${l.name}: expected "Role:Type1|Type2", got ${JSON.stringify(part)}` });
      continue;
    }
    const [, name, card, types] = m;
    const labels: string[] = [];
    let reported = false;
    for (const t of types.split('|').map((s) => s.trim())) {
      const found = expand(t);
      if (found) labels.push(...found.filter((f) => !labels.includes(f)));
      else if (t === '<EVENT>' || eventNames.has(t))
        warnings.push(`${file}:${l.line}: ${l.name}.${name}: events as arguments (${t}) are not supported, left out`);
      else errors.push({ file, line: l.line, reason: `${l.name}.${name}: unknown type ${t}` });
      reported ||= !found;
    }
    if (labels.length === 0) {
      if (!reported) warnings.push(`${file}:${l.line}: ${l.name}.${name}: no entity type left, role left out`);
      continue;
    }
    roles.push({ name, labels, cardinality: cardinality(card, `${file}:${l.line}: ${l.name}.${name}`, warnings) });
  }
  return roles;
}

function cardinality(card: string | undefined, where: string, warnings: string[]): Cardinality {
  if (card === undefined || card === '{1}') return '1';
  if (CARDS.has(card)) return card as Cardinality;
  warnings.push(`${where}: count ${card} kept as *`);
  return '*';
}

function readAttribute(l: TypeLine, eventNames: Set<string>, file: string, errors: InputError[]): AttributeDef[] {
  const fields = new Map(
    l.rest
      .split(',')
      .map((p) => p.trim().split(':') as [string, string?])
      .map(([k, v]) => [k.trim(), (v ?? '').trim()]),
  );
  const arg = fields.get('Arg');
  if (!arg) {
    errors.push({ file, line: l.line, reason: `attribute ${l.name}: expected "Arg:<ENTITY>" or "Arg:<EVENT>"` });
    return [];
  }
  const onEvents = arg.split('|').some((t) => t === '<EVENT>' || eventNames.has(t));
  const value = fields.get('Value');
  const values = value
    ? value
        .split('|')
        .map((v) => v.trim())
        .filter(Boolean)
    : ['true'];
  return [{ name: l.name, appliesTo: onEvents ? 'event' : 'entity', values }];
}
