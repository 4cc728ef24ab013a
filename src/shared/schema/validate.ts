import { z } from 'zod';
import type { Schema } from './types';

const name = z.string().min(1);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');
const key = z.string().length(1, 'a key is one character');

const schemaShape = z.object({
  name,
  version: z.number().int().positive(),
  description: z.string().optional(),
  entities: z.array(z.object({ name, description: z.string(), color, key })).min(1),
  events: z.array(
    z.object({
      name,
      description: z.string(),
      color,
      key,
      roles: z.array(z.object({ name, labels: z.array(name).min(1), cardinality: z.enum(['1', '?', '*', '+']).optional() })),
    }),
  ),
  attributes: z.array(z.object({ name, appliesTo: z.enum(['entity', 'event']), values: z.array(name).min(1), default: z.string().optional() })),
});

function duplicates(names: string[]): string[] {
  return [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
}

/** Checks that the schema is coherent: unique names and keys, roles that name existing labels. */
export function schemaProblems(schema: Schema): string[] {
  const problems: string[] = [];
  const labels = new Set(schema.entities.map((e) => e.name));
  for (const d of duplicates(schema.entities.map((e) => e.name))) problems.push(`entity label ${d} is defined twice`);
  for (const d of duplicates(schema.events.map((e) => e.name))) problems.push(`event type ${d} is defined twice`);
  for (const d of duplicates(schema.entities.map((e) => e.key))) problems.push(`key ${d} is given to two entity labels`);
  for (const d of duplicates(schema.events.map((e) => e.key))) problems.push(`key ${d} is given to two event types`);
  for (const ev of schema.events) {
    for (const d of duplicates(ev.roles.map((r) => r.name))) problems.push(`${ev.name}: role ${d} is defined twice`);
    for (const role of ev.roles) {
      for (const l of role.labels) if (!labels.has(l)) problems.push(`${ev.name}.${role.name}: unknown entity label ${l}`);
    }
  }
  for (const a of schema.attributes) {
    if (a.default !== undefined && !a.values.includes(a.default)) problems.push(`attribute ${a.name}: default ${a.default} is not one of its values`);
  }
  return problems;
}

export type SchemaParseResult = { ok: true; schema: Schema } | { ok: false; errors: string[] };

/** Reads a schema from untrusted JSON data (a file the user opened, a setting). */
export function parseSchema(data: unknown): SchemaParseResult {
  const shaped = schemaShape.safeParse(data);
  if (!shaped.success) {
    return { ok: false, errors: shaped.error.issues.map((i) => `${i.path.join('.') || 'schema'}: ${i.message}`) };
  }
  const problems = schemaProblems(shaped.data);
  return problems.length ? { ok: false, errors: problems } : { ok: true, schema: shaped.data };
}
