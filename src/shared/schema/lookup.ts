import type { EntityLabelDef, EventTypeDef, RoleDef, Schema } from './types';

/** Fast questions about a schema, answered from indexes built once. */
export class SchemaIndex {
  readonly schema: Schema;
  private readonly labels: Map<string, EntityLabelDef>;
  private readonly types: Map<string, EventTypeDef>;

  constructor(schema: Schema) {
    this.schema = schema;
    this.labels = new Map(schema.entities.map((e) => [e.name, e]));
    this.types = new Map(schema.events.map((e) => [e.name, e]));
  }

  label(name: string): EntityLabelDef | undefined {
    return this.labels.get(name);
  }

  eventType(name: string): EventTypeDef | undefined {
    return this.types.get(name);
  }

  role(type: string, role: string): RoleDef | undefined {
    return this.types.get(type)?.roles.find((r) => r.name === role);
  }

  /** Why a filler with this label cannot take this role of this event type, or null if it can. */
  argumentProblem(type: string, role: string, label: string): string | null {
    const eventType = this.types.get(type);
    if (!eventType) return `unknown event type ${type}`;
    const roleDef = eventType.roles.find((r) => r.name === role);
    if (!roleDef) return `${type} has no role ${role}`;
    if (!roleDef.labels.includes(label)) return `${type}.${role} does not take a ${label} (allowed: ${roleDef.labels.join(', ')})`;
    return null;
  }
}
