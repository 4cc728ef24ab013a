import { parseSchema, schemaRef, unionSchema, withSchema, type Schema } from '../../shared/schema';
import type { GloseDb } from './database';

/**
 * The schema the app annotates with, and every version the user has used, kept in the settings table.
 * Versions are never deleted: records made under an old version stay readable (see unionSchema).
 */

const LIBRARY_KEY = 'schema.library';
const ACTIVE_KEY = 'schema.active';

export interface SchemaState {
  active: Schema;
  /** Every known schema version, the active one included. */
  library: Schema[];
}

/** Stored schemas are read back through the same validation as a file: a damaged entry is skipped. */
function readLibrary(value: unknown): Schema[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = parseSchema(entry);
    return parsed.ok ? [parsed.schema] : [];
  });
}

export async function loadSchemas(db: GloseDb, fallback: Schema): Promise<SchemaState> {
  const [libraryValue, activeRef] = await Promise.all([db.settings.get(LIBRARY_KEY), db.settings.get(ACTIVE_KEY)]);
  const library = withSchema(readLibrary(libraryValue?.value), fallback);
  const active = library.find((s) => schemaRef(s) === activeRef?.value) ?? fallback;
  return { active, library: sortLibrary(library) };
}

function sortLibrary(library: Schema[]): Schema[] {
  return [...library].sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
}

/** Makes `schema` the active one (adding it to the library) in one transaction. */
export async function activateSchema(db: GloseDb, state: SchemaState, schema: Schema): Promise<SchemaState> {
  const library = sortLibrary(withSchema(state.library, schema));
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: LIBRARY_KEY, value: library });
    await db.settings.put({ key: ACTIVE_KEY, value: schemaRef(schema) });
  });
  return { active: schema, library };
}

/** The schema imports are read with: the active one, plus whatever older versions allowed. */
export function readingSchema(state: SchemaState): Schema {
  return unionSchema(
    state.active,
    state.library.filter((s) => s !== state.active),
  );
}
