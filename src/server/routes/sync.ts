import type { FastifyPluginAsync } from 'fastify';
import type { Pool } from 'pg';
import type { PullResponse, PushResponse } from '../../shared/sync/protocol';
import { pushRequestShape } from '../../shared/sync/wire-shapes';
import { HttpError } from '../http-error';
import { requireProject } from '../projects';
import { pull } from '../pull';
import { push } from '../push';
import { callerOfRequest } from '../request-caller';
import { parseBody } from './parse';

type Params = { project: string };

/** Push and pull: every role uses them, and what each may write or see is decided per set (push.ts, pull.ts). */
export function syncRoutes(pool: Pool): FastifyPluginAsync {
  return async (app) => {
    app.post<{ Params: Params }>('/api/projects/:project/push', async (request): Promise<PushResponse> => {
      const caller = callerOfRequest(request);
      const { operations } = parseBody(pushRequestShape, request.body);
      await requireProject(pool, request.params.project);
      return push(pool, request.params.project, caller, operations);
    });

    app.get<{ Params: Params; Querystring: { after?: string } }>('/api/projects/:project/pull', async (request): Promise<PullResponse> => {
      const caller = callerOfRequest(request);
      const after = Number(request.query.after ?? 0);
      if (!Number.isSafeInteger(after) || after < 0) throw new HttpError(400, 'after: a cursor is a whole number from 0');
      await requireProject(pool, request.params.project);
      return pull(pool, request.params.project, caller, after);
    });
  };
}
