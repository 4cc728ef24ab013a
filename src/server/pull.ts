import type { Pool } from 'pg';
import type { AnnotationSet, Doc } from '../shared/model/types';
import type { Assignment, PullResponse } from '../shared/sync/protocol';
import type { Caller } from './auth';
import { projectSchemas } from './projects';

/**
 * A pull: what changed after the client's cursor that the caller may see — sets (their snapshots),
 * documents, assignments — and the project's schemas. Sequence numbers are taken under the
 * project's row lock (db.ts takeSeq), so they are in commit order: a change numbered below the
 * cursor is never committed after the client read past it. An annotator gets their own sets of
 * the documents assigned to them and nothing else (blind annotation); a reviewer and the lead
 * get every set, gold included.
 */

/** Sets per answer; the client pulls again while `more`. */
export const PULL_PAGE = 200;

export async function pull(pool: Pool, projectId: string, caller: Caller, after: number, page = PULL_PAGE): Promise<PullResponse> {
  const client = await pool.connect();
  try {
    // One snapshot for every query of the answer.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const only = caller.role === 'annotator' ? caller.name : null;
    const head = (await client.query<{ last_seq: number }>('SELECT last_seq FROM projects WHERE id = $1', [projectId])).rows[0].last_seq;
    const sets = await client.query<{ snapshot: AnnotationSet; seq: number }>(
      `SELECT s.snapshot, s.seq FROM annotation_sets s
       WHERE s.project_id = $1 AND s.seq > $2
         AND ($3::text IS NULL OR (s.annotator = $3 AND EXISTS (
           SELECT 1 FROM assignments a WHERE a.project_id = s.project_id AND a.doc_id = s.doc_id AND a.annotator = $3)))
       ORDER BY s.seq LIMIT $4`,
      [projectId, after, only, page + 1],
    );
    const more = sets.rows.length > page;
    const rows = sets.rows.slice(0, page);
    const cursor = more ? rows[rows.length - 1].seq : head;
    const documents = await client.query<Doc>(
      only
        ? `SELECT d.id, d.text, d.meta FROM documents d JOIN assignments a ON a.project_id = d.project_id AND a.doc_id = d.id
           WHERE d.project_id = $1 AND a.annotator = $4 AND a.seq > $2 AND a.seq <= $3 ORDER BY d.id`
        : 'SELECT id, text, meta FROM documents WHERE project_id = $1 AND seq > $2 AND seq <= $3 ORDER BY id',
      only ? [projectId, after, cursor, only] : [projectId, after, cursor],
    );
    const assignments = await client.query<Assignment>(
      `SELECT doc_id AS "docId", annotator FROM assignments
       WHERE project_id = $1 AND seq > $2 AND seq <= $3 AND ($4::text IS NULL OR annotator = $4) ORDER BY seq`,
      [projectId, after, cursor, only],
    );
    const schemas = await projectSchemas(client, projectId);
    await client.query('COMMIT');
    return { cursor, more, sets: rows.map((r) => ({ set: r.snapshot, seq: r.seq })), documents: documents.rows, assignments: assignments.rows, schemas };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
