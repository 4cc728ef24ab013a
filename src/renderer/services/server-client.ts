/**
 * Requests to the team server: a plain `fetch` to the configured URL with the session's bearer token
 * (the platform API is for files; the network needs no host). Failures come back as one of three
 * kinds, because the app reacts differently: unreachable (offline: keep the queue, try again),
 * signed out (ask for the password again), or refused (the server said no, and why).
 */
export class ServerError extends Error {
  constructor(
    readonly kind: 'offline' | 'signed-out' | 'refused' | 'failed',
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

export type Fetch = typeof fetch;

/** Plain http only to this machine: a password or token never crosses a network in clear. */
export function serverUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL (for example https://glose.example.org or http://127.0.0.1:4480)';
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(u.hostname)) return null;
  return 'use https:// (plain http:// only for a server on this machine: 127.0.0.1 or localhost)';
}

export const normalizeUrl = (url: string) => url.trim().replace(/\/+$/, '');

export async function request<T>(fetcher: Fetch, base: string, token: string | null, method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(`${base}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new ServerError('offline', `the server at ${base} cannot be reached (${(error as Error)?.message ?? error})`);
  }
  const data = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (response.ok) return data as T;
  const reason = data?.error ?? `the server answered ${response.status}`;
  if (response.status === 401) throw new ServerError('signed-out', reason, 401);
  if (response.status >= 500) throw new ServerError('failed', reason, response.status);
  throw new ServerError('refused', reason, response.status);
}
