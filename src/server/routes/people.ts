import type { FastifyPluginAsync } from 'fastify';
import type { Pool } from 'pg';
import type { SessionUser, SignInResponse } from '../../shared/sync/protocol';
import { newUserShape, signInShape } from '../../shared/sync/wire-shapes';
import { callerOfRequest } from '../request-caller';
import { bearerToken, createUser, requireRole, signIn, signOut } from '../auth';
import { HttpError } from '../http-error';
import { listProjects } from '../projects';
import { parseBody } from './parse';

/** Signing in and out, who I am, and the lead's list of people. */
export function peopleRoutes(pool: Pool): FastifyPluginAsync {
  return async (app) => {
    app.post('/api/sign-in', { config: { public: true } }, async (request): Promise<SignInResponse> => {
      const { name, password } = parseBody(signInShape, request.body);
      const session = await signIn(pool, name, password);
      if (!session) throw new HttpError(401, 'this name and password do not match');
      return { token: session.token, user: { name: session.user.name, role: session.user.role }, projects: await listProjects(pool) };
    });

    app.post('/api/sign-out', async (request) => {
      await signOut(pool, bearerToken(request.headers.authorization)!);
      return { ok: true };
    });

    app.get('/api/me', async (request) => {
      const { name, role } = callerOfRequest(request);
      return { user: { name, role }, projects: await listProjects(pool) };
    });

    app.get('/api/users', async (request): Promise<SessionUser[]> => {
      requireRole(callerOfRequest(request), ['lead'], 'list the people');
      return (await pool.query<SessionUser>('SELECT name, role FROM users ORDER BY name')).rows;
    });

    app.post('/api/users', async (request, reply) => {
      requireRole(callerOfRequest(request), ['lead'], 'add people');
      const user = parseBody(newUserShape, request.body);
      await createUser(pool, user);
      return reply.code(201).send({ name: user.name, role: user.role });
    });
  };
}
