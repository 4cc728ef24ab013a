import type { FastifyPluginAsync } from 'fastify';
import type { Pool } from 'pg';
import { z } from 'zod';
import { frConflictNews, parseSchema } from '../../shared/schema';
import type { ReviewDecision } from '../../shared/sync/protocol';
import { assignRequestShape } from '../../shared/sync/wire-shapes';
import { assign, listAssignments, progress } from '../assignments';
import { requireRole } from '../auth';
import { HttpError } from '../http-error';
import { addDocuments, createProject, listProjects, projectSchemas, requireProject, setSchema, visibleDocuments } from '../projects';
import { callerOfRequest } from '../request-caller';
import { parseBody } from './parse';

const projectShape = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'a project id is lower-case letters, digits, - and _'),
  name: z.string().min(1),
  schema: z.unknown().optional(),
});
const documentsShape = z.object({
  documents: z.array(z.object({ id: z.string().min(1), text: z.string(), meta: z.looseObject({ source: z.string() }) })).max(100_000),
});
const decisionShape = z.object({ item: z.string().min(1), decision: z.unknown() });

type Params = { project: string };
type DocParams = Params & { doc: string };

/** Projects, their schema, documents, assignments, progress and review decisions; each route says who may use it. */
export function projectRoutes(pool: Pool): FastifyPluginAsync {
  return async (app) => {
    app.get('/api/projects', async () => listProjects(pool));

    app.post('/api/projects', async (request, reply) => {
      requireRole(callerOfRequest(request), ['lead'], 'create a project');
      const body = parseBody(projectShape, request.body);
      const parsed = body.schema === undefined ? null : parseSchema(body.schema);
      if (parsed && !parsed.ok) throw new HttpError(400, `not a schema: ${parsed.errors[0]}`);
      await createProject(pool, { id: body.id, name: body.name, schema: parsed?.ok ? parsed.schema : frConflictNews });
      return reply.code(201).send({ id: body.id, name: body.name });
    });

    app.get<{ Params: Params }>('/api/projects/:project', async (request) => {
      callerOfRequest(request);
      return { ...(await requireProject(pool, request.params.project)), schemas: await projectSchemas(pool, request.params.project) };
    });

    app.put<{ Params: Params }>('/api/projects/:project/schema', async (request) => {
      requireRole(callerOfRequest(request), ['lead'], 'change the schema');
      return { active: await setSchema(pool, request.params.project, request.body) };
    });

    app.get<{ Params: Params }>('/api/projects/:project/documents', async (request) => {
      const caller = callerOfRequest(request);
      await requireProject(pool, request.params.project);
      return visibleDocuments(pool, request.params.project, caller.role === 'annotator' ? caller.name : null);
    });

    app.post<{ Params: Params }>('/api/projects/:project/documents', async (request) => {
      requireRole(callerOfRequest(request), ['lead'], 'add documents');
      return addDocuments(pool, request.params.project, parseBody(documentsShape, request.body).documents);
    });

    app.get<{ Params: Params }>('/api/projects/:project/assignments', async (request) => {
      const caller = callerOfRequest(request);
      await requireProject(pool, request.params.project);
      return listAssignments(pool, request.params.project, caller.role === 'annotator' ? caller.name : null);
    });

    app.post<{ Params: Params }>('/api/projects/:project/assignments', async (request) => {
      requireRole(callerOfRequest(request), ['lead'], 'assign documents');
      return { added: await assign(pool, request.params.project, parseBody(assignRequestShape, request.body)) };
    });

    app.get<{ Params: Params }>('/api/projects/:project/progress', async (request) => {
      requireRole(callerOfRequest(request), ['lead'], 'see everyone’s progress');
      await requireProject(pool, request.params.project);
      return progress(pool, request.params.project);
    });

    app.get<{ Params: DocParams }>('/api/projects/:project/documents/:doc/decisions', async (request): Promise<ReviewDecision[]> => {
      requireRole(callerOfRequest(request), ['reviewer', 'lead'], 'see review decisions');
      const r = await pool.query<ReviewDecision>(
        `SELECT doc_id AS "docId", item, decision, reviewer, (extract(epoch FROM decided_at) * 1000)::bigint AS at
         FROM review_decisions WHERE project_id = $1 AND doc_id = $2 ORDER BY item`,
        [request.params.project, request.params.doc],
      );
      return r.rows;
    });

    app.put<{ Params: DocParams }>('/api/projects/:project/documents/:doc/decisions', async (request) => {
      const caller = callerOfRequest(request);
      requireRole(caller, ['reviewer', 'lead'], 'record review decisions');
      const { item, decision } = parseBody(decisionShape, request.body);
      const doc = await pool.query('SELECT 1 FROM documents WHERE project_id = $1 AND id = $2', [request.params.project, request.params.doc]);
      if (!doc.rowCount) throw new HttpError(404, `there is no document ${request.params.doc} in project ${request.params.project}`);
      await pool.query(
        `INSERT INTO review_decisions (project_id, doc_id, item, decision, reviewer) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (project_id, doc_id, item) DO UPDATE SET decision = EXCLUDED.decision, reviewer = EXCLUDED.reviewer, decided_at = now()`,
        [request.params.project, request.params.doc, item, JSON.stringify(decision ?? null), caller.name],
      );
      return { ok: true };
    });
  };
}
