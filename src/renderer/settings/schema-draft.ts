import {
  EVENT_PALETTE,
  LABEL_PALETTE,
  parseSchema,
  type AttributeDef,
  type EntityLabelDef,
  type EventTypeDef,
  type RoleDef,
  type Schema,
} from '../../shared/schema';

/**
 * Edits of a schema draft in the settings screen, as pure functions of the draft. Renaming or removing
 * a label carries through to the roles that allow it, so the draft stays coherent while one types.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function freeKey(used: string[], upper: boolean): string {
  const taken = new Set(used.map((k) => k.toLowerCase()));
  const key = [...LETTERS].find((c) => !taken.has(c)) ?? '';
  return upper ? key.toUpperCase() : key;
}

function freeName(prefix: string, used: string[]): string {
  let n = 1;
  while (used.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

const replaceAt = <T>(items: T[], index: number, item: T): T[] => items.map((x, i) => (i === index ? item : x));

const mapRoleLabels = (schema: Schema, f: (labels: string[]) => string[]): EventTypeDef[] =>
  schema.events.map((t) => ({ ...t, roles: t.roles.map((r) => ({ ...r, labels: f(r.labels) })) }));

export function addLabel(schema: Schema): Schema {
  const names = schema.entities.map((e) => e.name);
  const label: EntityLabelDef = {
    name: freeName('LABEL', names),
    description: '',
    color: LABEL_PALETTE[schema.entities.length % LABEL_PALETTE.length],
    key: freeKey(
      schema.entities.map((e) => e.key),
      false,
    ),
  };
  return { ...schema, entities: [...schema.entities, label] };
}

export function updateLabel(schema: Schema, index: number, patch: Partial<EntityLabelDef>): Schema {
  const old = schema.entities[index];
  const next = { ...old, ...patch };
  const renamed = patch.name !== undefined && patch.name !== old.name;
  return {
    ...schema,
    entities: replaceAt(schema.entities, index, next),
    events: renamed ? mapRoleLabels(schema, (labels) => labels.map((l) => (l === old.name ? next.name : l))) : schema.events,
  };
}

export function removeLabel(schema: Schema, index: number): Schema {
  const gone = schema.entities[index].name;
  return { ...schema, entities: schema.entities.filter((_, i) => i !== index), events: mapRoleLabels(schema, (labels) => labels.filter((l) => l !== gone)) };
}

export function addEventType(schema: Schema): Schema {
  const type: EventTypeDef = {
    name: freeName(
      'Event',
      schema.events.map((e) => e.name),
    ),
    description: '',
    color: EVENT_PALETTE[schema.events.length % EVENT_PALETTE.length],
    key: freeKey(
      schema.events.map((e) => e.key),
      true,
    ),
    roles: [],
  };
  return { ...schema, events: [...schema.events, type] };
}

export function updateEventType(schema: Schema, index: number, patch: Partial<Omit<EventTypeDef, 'roles'>>): Schema {
  return { ...schema, events: replaceAt(schema.events, index, { ...schema.events[index], ...patch }) };
}

export function removeEventType(schema: Schema, index: number): Schema {
  return { ...schema, events: schema.events.filter((_, i) => i !== index) };
}

function withRoles(schema: Schema, typeIndex: number, f: (roles: RoleDef[]) => RoleDef[]): Schema {
  const type = schema.events[typeIndex];
  return { ...schema, events: replaceAt(schema.events, typeIndex, { ...type, roles: f(type.roles) }) };
}

/** A new role allows every label until the user narrows it. */
export function addRole(schema: Schema, typeIndex: number): Schema {
  return withRoles(schema, typeIndex, (roles) => [
    ...roles,
    {
      name: freeName(
        'Role',
        roles.map((r) => r.name),
      ),
      labels: schema.entities.map((e) => e.name),
    },
  ]);
}

export function updateRole(schema: Schema, typeIndex: number, roleIndex: number, patch: Partial<RoleDef>): Schema {
  return withRoles(schema, typeIndex, (roles) => replaceAt(roles, roleIndex, { ...roles[roleIndex], ...patch }));
}

export function removeRole(schema: Schema, typeIndex: number, roleIndex: number): Schema {
  return withRoles(schema, typeIndex, (roles) => roles.filter((_, i) => i !== roleIndex));
}

/** Allows or forbids one label for a role, keeping the labels in the schema's order. */
export function toggleRoleLabel(schema: Schema, typeIndex: number, roleIndex: number, label: string): Schema {
  const role = schema.events[typeIndex].roles[roleIndex];
  const on = new Set(role.labels);
  if (on.has(label)) on.delete(label);
  else on.add(label);
  return updateRole(schema, typeIndex, roleIndex, { labels: schema.entities.map((e) => e.name).filter((l) => on.has(l)) });
}

export function addAttribute(schema: Schema): Schema {
  const attribute: AttributeDef = {
    name: freeName(
      'attribute',
      schema.attributes.map((a) => a.name),
    ),
    appliesTo: 'event',
    values: ['yes', 'no'],
  };
  return { ...schema, attributes: [...schema.attributes, attribute] };
}

export function updateAttribute(schema: Schema, index: number, patch: Partial<AttributeDef>): Schema {
  const next = { ...schema.attributes[index], ...patch };
  if (next.default !== undefined && !next.values.includes(next.default)) delete next.default;
  return { ...schema, attributes: replaceAt(schema.attributes, index, next) };
}

export function removeAttribute(schema: Schema, index: number): Schema {
  return { ...schema, attributes: schema.attributes.filter((_, i) => i !== index) };
}

/** Names a validation path after what the user sees: `events.2.roles.0.labels` → `Attack.Victim labels`. */
function describePath(schema: Schema, path: string): string {
  const m = /^(entities|events|attributes)\.(\d+)(?:\.roles\.(\d+))?\.?(.*)$/.exec(path);
  if (!m) return path;
  const [, list, i, r, rest] = m;
  const owner =
    list === 'entities'
      ? `label ${schema.entities[+i]?.name || `#${+i + 1}`}`
      : list === 'attributes'
        ? `attribute ${schema.attributes[+i]?.name || `#${+i + 1}`}`
        : `event type ${schema.events[+i]?.name || `#${+i + 1}`}`;
  const role = r !== undefined ? `, role ${schema.events[+i]?.roles[+r]?.name || `#${+r + 1}`}` : '';
  const field = rest === 'labels' ? 'allowed labels' : rest;
  return `${owner}${role}${field ? `, ${field}` : ''}`;
}

/** What stops the draft from being saved, in the user's terms; empty when it can be saved. */
export function draftProblems(schema: Schema): string[] {
  const parsed = parseSchema(schema);
  if (parsed.ok) return [];
  return parsed.errors.map((e) => {
    const at = e.indexOf(': ');
    return at > 0 ? `${describePath(schema, e.slice(0, at))}: ${e.slice(at + 2)}` : e;
  });
}
