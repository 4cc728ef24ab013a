import type { FastifyRequest } from 'fastify';
import type { Caller } from './auth';
import { HttpError } from './http-error';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** The one kind of route that answers without a session: signing in. */
    public?: boolean;
  }
}

/** The signed-in person of a request that went through the authentication hook (app.ts). */
export function callerOfRequest(request: FastifyRequest): Caller {
  if (!request.caller) throw new HttpError(401, 'sign in first');
  return request.caller;
}
