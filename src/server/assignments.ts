import type { Pool, PoolClient } from 'pg';
import { balancedAssignments } from '../shared/sync/balance';
import type { AnnotatorProgress, AssignRequest, Assignment } from '../shared/sync/protocol';
import { inTransaction, takeSeq } from './db';
import { HttpError } from './http-error';
import { requireProject } from './projects';

/** Who annotates which document, and how far each annotator is. */

export async function listAssignments(db: Pool | PoolClient, projectId: string, annotatorOnly: string | null): Promise<Assignment[]> {
  const r = await db.query<Assignment>(
    `SELECT doc_id AS "docId", annotator FROM assignments WHERE project_id = $1 AND ($2::text IS NULL OR annotator = $2) ORDER BY doc_id, annotator`,
    [projectId, annotatorOnly],
  );
  return r.rows;
}

/** Adds assignments (by hand, or balanced over the given annotators); returns those that are new. */
export async function assign(pool: Pool, projectId: string, request: AssignRequest): Promise<Assignment[]> {
  return inTransaction(pool, async (client) => {
    await requireProject(client, projectId);
    // One assignment at a time per project: the balance is computed on what is there.
    await client.query('SELECT 1 FROM projects WHERE id = $1 FOR UPDATE', [projectId]);
    const existing = await listAssignments(client, projectId, null);
    const docIds = (await client.query<{ id: string }>('SELECT id FROM documents WHERE project_id = $1', [projectId])).rows.map((r) => r.id);
    const wanted =
      'assignments' in request ? request.assignments : balancedAssignments(docIds, request.balanced.annotators, request.balanced.perDocument, existing);
    const people = [...new Set(wanted.map((a) => a.annotator))];
    const known = new Set((await client.query<{ name: string }>('SELECT name FROM users WHERE name = ANY($1)', [people])).rows.map((r) => r.name));
    const stranger = people.find((p) => !known.has(p));
    if (stranger) throw new HttpError(400, `there is nobody called ${stranger}`);
    const docs = new Set(docIds);
    const missing = wanted.find((a) => !docs.has(a.docId));
    if (missing) throw new HttpError(400, `there is no document ${missing.docId} in project ${projectId}`);
    const had = new Set(existing.map((a) => `${a.docId}\u0000${a.annotator}`));
    const fresh = [...new Map(wanted.filter((a) => !had.has(`${a.docId}\u0000${a.annotator}`)).map((a) => [`${a.docId}\u0000${a.annotator}`, a])).values()];
    if (fresh.length) {
      const first = await takeSeq(client, projectId, fresh.length);
      await client.query(
        `INSERT INTO assignments (project_id, doc_id, annotator, seq)
         SELECT $1, a.doc, a.who, a.seq FROM unnest($2::text[], $3::text[], $4::bigint[]) AS a(doc, who, seq)`,
        [projectId, fresh.map((a) => a.docId), fresh.map((a) => a.annotator), fresh.map((_, i) => first + i)],
      );
    }
    return fresh;
  });
}

/** Per annotator with assignments: assigned documents, how many they started and finished, operations pushed. */
export async function progress(pool: Pool, projectId: string): Promise<AnnotatorProgress[]> {
  const r = await pool.query<AnnotatorProgress>(
    `SELECT a.annotator,
            count(*)::int AS assigned,
            count(s.doc_id) FILTER (WHERE s.operations > 0)::int AS started,
            count(s.doc_id) FILTER (WHERE s.snapshot->>'status' IN ('done', 'adjudicated'))::int AS done,
            coalesce(sum(s.operations), 0)::int AS operations
     FROM assignments a
     LEFT JOIN annotation_sets s ON s.project_id = a.project_id AND s.doc_id = a.doc_id AND s.annotator = a.annotator
     WHERE a.project_id = $1
     GROUP BY a.annotator ORDER BY a.annotator`,
    [projectId],
  );
  return r.rows;
}
