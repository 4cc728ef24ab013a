import type { Pool } from 'pg';
import { inTransaction } from './db';

/**
 * The database schema, as numbered migrations run at start. A migration is never edited once
 * released: a change is a new entry at the end. They run in one transaction under an advisory lock,
 * so that several server processes starting at once against one database apply each exactly once.
 * (Hand-written rather than a migration library: a list of SQL strings and a table of versions is
 * all it takes, and it keeps the migrations beside the code that reads the tables.)
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'people, projects, documents, sets with their operation log, assignments, review decisions',
    sql: `
      CREATE TABLE users (
        id serial PRIMARY KEY,
        name text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('annotator', 'reviewer', 'lead')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- A signed-in session: only the SHA-256 of its random token is kept.
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- last_seq numbers every change of the project (operations, documents, assignments) in commit order.
      CREATE TABLE projects (
        id text PRIMARY KEY,
        name text NOT NULL,
        active_schema text NOT NULL,
        last_seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE schema_versions (
        project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        ref text NOT NULL,
        schema json NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, ref)
      );
      CREATE TABLE documents (
        project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        id text NOT NULL,
        text text NOT NULL,
        meta json NOT NULL,
        seq bigint NOT NULL,
        PRIMARY KEY (project_id, id)
      );
      CREATE INDEX documents_by_seq ON documents (project_id, seq);
      CREATE TABLE assignments (
        project_id text NOT NULL,
        doc_id text NOT NULL,
        annotator text NOT NULL,
        seq bigint NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, doc_id, annotator),
        FOREIGN KEY (project_id, doc_id) REFERENCES documents (project_id, id) ON DELETE CASCADE
      );
      CREATE INDEX assignments_by_annotator ON assignments (project_id, annotator, seq);
      -- Each annotator's set of a document: its snapshot after its last operation (json keeps the key order).
      CREATE TABLE annotation_sets (
        project_id text NOT NULL,
        doc_id text NOT NULL,
        annotator text NOT NULL,
        snapshot json NOT NULL,
        seq bigint NOT NULL,
        operations integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, doc_id, annotator),
        FOREIGN KEY (project_id, doc_id) REFERENCES documents (project_id, id) ON DELETE CASCADE
      );
      CREATE INDEX annotation_sets_by_seq ON annotation_sets (project_id, seq);
      -- The operation log: every committed operation, once (its id is unique), in the project's order.
      CREATE TABLE operations (
        project_id text NOT NULL,
        seq bigint NOT NULL,
        id uuid NOT NULL UNIQUE,
        doc_id text NOT NULL,
        annotator text NOT NULL,
        pushed_by integer NOT NULL REFERENCES users (id),
        operation json NOT NULL,
        client_at bigint NOT NULL,
        committed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, seq),
        FOREIGN KEY (project_id, doc_id, annotator) REFERENCES annotation_sets (project_id, doc_id, annotator) ON DELETE CASCADE
      );
      CREATE INDEX operations_by_set ON operations (project_id, doc_id, annotator, seq);
      CREATE TABLE review_decisions (
        project_id text NOT NULL,
        doc_id text NOT NULL,
        item text NOT NULL,
        decision json NOT NULL,
        reviewer text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, doc_id, item),
        FOREIGN KEY (project_id, doc_id) REFERENCES documents (project_id, id) ON DELETE CASCADE
      );
    `,
  },
];

/** Applies the migrations the database lacks; returns the versions applied now. */
export async function migrate(pool: Pool, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('glose-migrations'))");
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
