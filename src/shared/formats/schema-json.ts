import { APP_ATTRIBUTES, type GoldRecord, type InputError } from '../model/types';
import { SchemaIndex } from '../schema/lookup';
import { schemaRef, type Schema } from '../schema/types';
import { parseSchema } from '../schema/validate';
import { lineAt, readJson } from './json';

/**
 * The app's schema as JSON (import, export), and the check of annotations made under another
 * version of a schema: what no longer exists is reported, never dropped.
 */

/** Pretty-printed, keys in the Schema's own order, so that a schema file diffs well. */
export function exportSchemaJson(schema: Schema): string {
  return JSON.stringify(schema, null, 2) + '\n';
}

export function importSchemaJson(content: string, file: string): { schema: Schema } | { errors: InputError[] } {
  const text = content.replace(/^\uFEFF/, '');
  const read = readJson(text);
  if (!read.ok) return { errors: [{ file, line: read.at !== undefined ? lineAt(text, read.at) : 0, reason: read.reason }] };
  const parsed = parseSchema(read.value);
  return parsed.ok ? { schema: parsed.schema } : { errors: parsed.errors.map((reason) => ({ file, line: 0, reason })) };
}

export interface SchemaMismatch {
  record: string;
  annotator: string;
  /** Id of the mention or event concerned. */
  item: string;
  kind: 'label' | 'event-type' | 'role' | 'role-filler' | 'attribute' | 'attribute-value' | 'schema-version';
  /** What is missing: the label, type, `Type.Role`, attribute or `name=value`, or the record's schema. */
  name: string;
  message: string;
}

function attributeMismatches(
  owner: { id: string; attributes?: Record<string, unknown> },
  appliesTo: 'entity' | 'event',
  schema: Schema,
  push: (m: Omit<SchemaMismatch, 'record' | 'annotator'>) => void,
): void {
  // Notes and provenance are the app's own attributes, not the schema's.
  for (const [name, value] of Object.entries(owner.attributes ?? {})) {
    if (APP_ATTRIBUTES.includes(name) || name.startsWith('note:')) continue;
    const def = schema.attributes.find((a) => a.name === name && a.appliesTo === appliesTo);
    if (!def) push({ item: owner.id, kind: 'attribute', name, message: `${owner.id}: attribute ${name} is not in the schema` });
    else if (typeof value === 'string' && !def.values.includes(value))
      push({
        item: owner.id,
        kind: 'attribute-value',
        name: `${name}=${value}`,
        message: `${owner.id}: ${name}=${value} is not one of ${def.values.join(', ')}`,
      });
  }
}

/**
 * Everything in the records that the schema no longer defines: labels, event types, roles, fillers a
 * role no longer takes, attributes and their values, and records made under another schema version.
 * The records are not changed: the caller shows the list and keeps every annotation readable.
 */
export function checkAgainstSchema(records: GoldRecord[], schema: Schema): SchemaMismatch[] {
  const index = new SchemaIndex(schema);
  const out: SchemaMismatch[] = [];
  for (const r of records) {
    const push = (m: Omit<SchemaMismatch, 'record' | 'annotator'>) => out.push({ record: r.id, annotator: r.annotator, ...m });
    if (r.schema !== schemaRef(schema))
      push({ item: '', kind: 'schema-version', name: r.schema, message: `annotated under ${r.schema}, checked against ${schemaRef(schema)}` });
    const labelOf = new Map(r.entities.map((m) => [m.id, m.label]));
    for (const m of r.entities) {
      if (!index.label(m.label)) push({ item: m.id, kind: 'label', name: m.label, message: `${m.id} "${m.text}": label ${m.label} is not in the schema` });
      attributeMismatches(m, 'entity', schema, push);
    }
    for (const e of r.events) {
      if (!index.eventType(e.type)) {
        push({ item: e.id, kind: 'event-type', name: e.type, message: `${e.id} "${e.trigger.text}": event type ${e.type} is not in the schema` });
        continue;
      }
      for (const a of e.arguments) {
        if (!index.role(e.type, a.role))
          push({ item: e.id, kind: 'role', name: `${e.type}.${a.role}`, message: `${e.id}: ${e.type} has no role ${a.role} (filled by ${a.entity})` });
        else if (labelOf.has(a.entity) && index.argumentProblem(e.type, a.role, labelOf.get(a.entity)!)) {
          push({
            item: e.id,
            kind: 'role-filler',
            name: `${e.type}.${a.role}=${labelOf.get(a.entity)}`,
            message: `${e.id}: ${index.argumentProblem(e.type, a.role, labelOf.get(a.entity)!)}`,
          });
        }
      }
      attributeMismatches(e, 'event', schema, push);
    }
  }
  return out;
}

/** One line per kind and name, with counts: "label LOC: 12× in 3 documents". */
export function summariseMismatches(mismatches: SchemaMismatch[]): string[] {
  const groups = new Map<string, { n: number; docs: Set<string> }>();
  for (const m of mismatches) {
    const key = `${m.kind} ${m.name}`;
    const g = groups.get(key) ?? { n: 0, docs: new Set<string>() };
    g.n++;
    g.docs.add(m.record);
    groups.set(key, g);
  }
  return [...groups.entries()].map(([key, g]) => `${key}: ${g.n}× in ${g.docs.size} document${g.docs.size === 1 ? '' : 's'}`);
}

/** What the schema does not define in these records, one summary line each; the schema version alone is no news. */
export function outsideSchema(records: GoldRecord[], schema: Schema): string[] {
  return summariseMismatches(checkAgainstSchema(records, schema).filter((m) => m.kind !== 'schema-version'));
}
