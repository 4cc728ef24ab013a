/**
 * A schema is data: the labels, event types, roles and attributes an annotation project uses.
 * Nothing outside a schema definition may name a label or an event type.
 */

export interface EntityLabelDef {
  name: string;
  description: string;
  /** CSS colour of the label's highlight. */
  color: string;
  /** Single key that applies the label in the editor. */
  key: string;
}

/** brat's cardinalities: exactly one, optional, any number, at least one. */
export type Cardinality = '1' | '?' | '*' | '+';

export interface RoleDef {
  name: string;
  /** Entity labels a filler of this role may carry. */
  labels: string[];
  /** Defaults to `*`: roles left empty are normal and a role may hold several mentions. */
  cardinality?: Cardinality;
}

export interface EventTypeDef {
  name: string;
  description: string;
  color: string;
  /** Key that creates an event of this type on the selected trigger. */
  key: string;
  roles: RoleDef[];
}

export interface AttributeDef {
  name: string;
  appliesTo: 'entity' | 'event';
  values: string[];
  default?: string;
}

export interface Schema {
  name: string;
  version: number;
  description?: string;
  entities: EntityLabelDef[];
  events: EventTypeDef[];
  attributes: AttributeDef[];
}

/** `name@version`, the form records carry in their `schema` field. */
export function schemaRef(schema: Pick<Schema, 'name' | 'version'>): string {
  return `${schema.name}@${schema.version}`;
}

export function parseSchemaRef(ref: string): { name: string; version: number } | null {
  const m = /^(.+)@(\d+)$/.exec(ref);
  return m ? { name: m[1], version: Number(m[2]) } : null;
}
