import type { AttributeDef, EventTypeDef, RoleDef, Schema } from './types';

/**
 * Every version of a schema the user has worked with stays known, so that annotations made under an
 * older version remain readable after labels are renamed or removed.
 */

function mergeRoles(a: RoleDef[], b: RoleDef[]): RoleDef[] {
  const byName = new Map(a.map((r) => [r.name, { ...r, labels: [...r.labels] }]));
  for (const r of b) {
    const known = byName.get(r.name);
    if (!known) byName.set(r.name, { ...r, labels: [...r.labels] });
    else known.labels = [...new Set([...known.labels, ...r.labels])];
  }
  return [...byName.values()];
}

function mergeAttributes(a: AttributeDef[], b: AttributeDef[]): AttributeDef[] {
  const key = (x: AttributeDef) => `${x.appliesTo}:${x.name}`;
  const byKey = new Map(a.map((x) => [key(x), { ...x, values: [...x.values] }]));
  for (const x of b) {
    const known = byKey.get(key(x));
    if (!known) byKey.set(key(x), { ...x, values: [...x.values] });
    else known.values = [...new Set([...known.values, ...x.values])];
  }
  return [...byKey.values()];
}

/**
 * What any of `schemas` allows: every label, event type, role filler and attribute value, the first
 * schema's definition winning for colours and keys. Used to read records (a record valid under any
 * known version is readable); what the active schema lacks is then reported, not dropped.
 */
export function unionSchema(first: Schema, others: Schema[]): Schema {
  const entities = [...first.entities];
  const events: EventTypeDef[] = first.events.map((e) => ({ ...e, roles: [...e.roles] }));
  let attributes = first.attributes;
  for (const s of others) {
    for (const label of s.entities) if (!entities.some((e) => e.name === label.name)) entities.push(label);
    for (const type of s.events) {
      const known = events.find((e) => e.name === type.name);
      if (known) known.roles = mergeRoles(known.roles, type.roles);
      else events.push({ ...type, roles: [...type.roles] });
    }
    attributes = mergeAttributes(attributes, s.attributes);
  }
  return { ...first, entities, events, attributes };
}

/** The library with `schema` added, replacing an entry of the same name and version. */
export function withSchema(library: Schema[], schema: Schema): Schema[] {
  return [...library.filter((s) => s.name !== schema.name || s.version !== schema.version), schema];
}

/** The version a new schema of this name gets: one above every known version of that name, else 1. */
export function nextVersion(library: Schema[], name: string): number {
  return Math.max(0, ...library.filter((s) => s.name === name).map((s) => s.version)) + 1;
}
