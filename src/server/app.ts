import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import './request-caller';
import type { Pool } from 'pg';
import { bearerToken, callerOf } from './auth';
import { HttpError } from './http-error';
import { peopleRoutes } from './routes/people';
import { projectRoutes } from './routes/projects';
import { syncRoutes } from './routes/sync';

/**
 * CORS by hand (a few headers rather than a plugin): the app is served from another origin (its own
 * web server, or app://glose in Electron). Any origin may call, since a request proves who it is with
 * a bearer token that a foreign page does not have, never with a cookie.
 */
function allowCrossOrigin(request: FastifyRequest, reply: FastifyReply): boolean {
  reply.header('Access-Control-Allow-Origin', '*');
  if (request.method !== 'OPTIONS') return false;
  reply
    .header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE')
    .header('Access-Control-Allow-Headers', 'Authorization, Content-Type')
    .header('Access-Control-Max-Age', '600')
    .code(204)
    .send();
  return true;
}

export function buildApp(pool: Pool, options: { logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 64 * 1024 * 1024 });
  app.decorateRequest('caller', null);
  // Every route but sign-in answers only to a valid session; preflights carry no data.
  app.addHook('onRequest', async (request, reply) => {
    if (allowCrossOrigin(request, reply)) return reply;
    if (request.routeOptions.config.public) return;
    const token = bearerToken(request.headers.authorization);
    const caller = token ? await callerOf(pool, token) : null;
    if (!caller) return reply.code(401).send({ error: token ? 'this session is not valid any more: sign in again' : 'sign in first' });
    request.caller = caller;
  });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send({ error: error.message });
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return reply.code(status).send({ error: (error as Error).message });
    app.log.error(error);
    return reply.code(500).send({ error: 'the server could not do this; nothing of it was stored' });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'no such route' }));
  app.register(peopleRoutes(pool));
  app.register(projectRoutes(pool));
  app.register(syncRoutes(pool));
  return app;
}
