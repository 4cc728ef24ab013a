import type { Pool, PoolClient } from 'pg';
import type { Doc } from '../shared/model/types';
import { parseSchema, schemaRef, unionSchema, type Schema } from '../shared/schema';
import type { ProjectSchemas, ProjectSummary } from '../shared/sync/protocol';
import { inTransaction, takeSeq } from './db';
import { HttpError } from './http-error';

/** Projects, their schema versions and their documents, as the database holds them. */

type Queryable = Pool | PoolClient;

export async function listProjects(db: Queryable): Promise<ProjectSummary[]> {
  return (await db.query<ProjectSummary>('SELECT id, name FROM projects ORDER BY id')).rows;
}

/** The project, or a 404 naming it. */
export async function requireProject(db: Queryable, id: string): Promise<ProjectSummary> {
  const r = await db.query<ProjectSummary>('SELECT id, name FROM projects WHERE id = $1', [id]);
  if (!r.rows[0]) throw new HttpError(404, `there is no project ${id}`);
  return r.rows[0];
}

export async function createProject(pool: Pool, project: { id: string; name: string; schema: Schema }): Promise<void> {
  await inTransaction(pool, async (client) => {
    const found = await client.query('SELECT 1 FROM projects WHERE id = $1', [project.id]);
    if (found.rowCount) throw new HttpError(409, `there is already a project ${project.id}`);
    await client.query('INSERT INTO projects (id, name, active_schema) VALUES ($1, $2, $3)', [project.id, project.name, schemaRef(project.schema)]);
    await client.query('INSERT INTO schema_versions (project_id, ref, schema) VALUES ($1, $2, $3)', [
      project.id,
      schemaRef(project.schema),
      JSON.stringify(project.schema),
    ]);
  });
}

export async function projectSchemas(db: Queryable, projectId: string): Promise<ProjectSchemas> {
  const r = await db.query<{ ref: string; schema: Schema; active: boolean }>(
    'SELECT v.ref, v.schema, v.ref = p.active_schema AS active FROM schema_versions v JOIN projects p ON p.id = v.project_id WHERE v.project_id = $1 ORDER BY v.added_at, v.ref',
    [projectId],
  );
  const active = r.rows.find((row) => row.active);
  if (!active) throw new HttpError(404, `there is no project ${projectId}`);
  return { active: active.schema, versions: r.rows.map((row) => row.schema) };
}

/** What operations are checked against: every label, type and role any version of the project defined. */
export function checkingSchema(schemas: ProjectSchemas): Schema {
  return unionSchema(
    schemas.active,
    schemas.versions.filter((s) => schemaRef(s) !== schemaRef(schemas.active)),
  );
}

/** A new schema version becomes the active one; a known name@version must come with the same content. */
export async function setSchema(pool: Pool, projectId: string, body: unknown): Promise<Schema> {
  const parsed = parseSchema(body);
  if (!parsed.ok) throw new HttpError(400, `not a schema: ${parsed.errors[0]}`);
  const schema = parsed.schema;
  await inTransaction(pool, async (client) => {
    await requireProject(client, projectId);
    const known = await client.query<{ schema: Schema }>('SELECT schema FROM schema_versions WHERE project_id = $1 AND ref = $2', [
      projectId,
      schemaRef(schema),
    ]);
    // Both read through the same parser, so that key order does not count as a difference.
    const stored = known.rows[0] ? parseSchema(known.rows[0].schema) : null;
    if (stored && (!stored.ok || JSON.stringify(stored.schema) !== JSON.stringify(schema))) {
      throw new HttpError(409, `${schemaRef(schema)} already exists with other content: give it a new version`);
    }
    if (!known.rows[0])
      await client.query('INSERT INTO schema_versions (project_id, ref, schema) VALUES ($1, $2, $3)', [projectId, schemaRef(schema), JSON.stringify(schema)]);
    await client.query('UPDATE projects SET active_schema = $2 WHERE id = $1', [projectId, schemaRef(schema)]);
  });
  return schema;
}

export interface AddedDocuments {
  added: number;
  unchanged: number;
  /** Ids the project holds with another text: never replaced, since sets point into the text. */
  conflicts: string[];
}

export async function addDocuments(pool: Pool, projectId: string, docs: Doc[]): Promise<AddedDocuments> {
  return inTransaction(pool, async (client) => {
    await requireProject(client, projectId);
    const ids = docs.map((d) => d.id);
    const known = new Map(
      (await client.query<{ id: string; text: string }>('SELECT id, text FROM documents WHERE project_id = $1 AND id = ANY($2)', [projectId, ids])).rows.map(
        (r) => [r.id, r.text],
      ),
    );
    const fresh = [...new Map(docs.filter((d) => !known.has(d.id)).map((d) => [d.id, d])).values()];
    const conflicts = docs.filter((d) => known.has(d.id) && known.get(d.id) !== d.text).map((d) => d.id);
    if (fresh.length) {
      const first = await takeSeq(client, projectId, fresh.length);
      await client.query(
        `INSERT INTO documents (project_id, id, text, meta, seq)
         SELECT $1, d.id, d.text, d.meta::json, d.seq FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[]) AS d(id, text, meta, seq)`,
        [projectId, fresh.map((d) => d.id), fresh.map((d) => d.text), fresh.map((d) => JSON.stringify(d.meta)), fresh.map((_, i) => first + i)],
      );
    }
    return { added: fresh.length, unchanged: docs.length - fresh.length - conflicts.length, conflicts };
  });
}

/** The documents a person may open: all of them, or for an annotator the ones assigned to them. */
export async function visibleDocuments(db: Queryable, projectId: string, annotatorOnly: string | null): Promise<Doc[]> {
  const r = annotatorOnly
    ? await db.query<Doc>(
        'SELECT d.id, d.text, d.meta FROM documents d JOIN assignments a ON a.project_id = d.project_id AND a.doc_id = d.id WHERE d.project_id = $1 AND a.annotator = $2 ORDER BY d.id',
        [projectId, annotatorOnly],
      )
    : await db.query<Doc>('SELECT id, text, meta FROM documents WHERE project_id = $1 ORDER BY id', [projectId]);
  return r.rows;
}
