/**
 * The port of the web build (`npm run web`, and `npm start` where Electron cannot run): `--port N`
 * (or `--port=N`), else the PORT variable, else 4173. When the default is busy another free port is
 * chosen, and said; a port asked for by name is never silently replaced: a busy one is an error.
 */
import { createServer } from 'node:net';

export const DEFAULT_PORT = 4173;
export const HOST = '127.0.0.1';

export type PortRequest = { port: number; asked: boolean } | { error: string };

function parsePort(text: string, origin: string): PortRequest {
  const port = /^\d{1,5}$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: `${origin} must be a port number from 1 to 65535, not "${text}"` };
  return { port, asked: true };
}

/** The port asked for on the command line or in the environment, or the default. */
export function requestedPort(argv: readonly string[], env: NodeJS.ProcessEnv, defaultPort = DEFAULT_PORT): PortRequest {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') return parsePort(argv[i + 1] ?? '', '--port');
    if (arg.startsWith('--port=')) return parsePort(arg.slice('--port='.length), '--port');
  }
  if (env['PORT'] !== undefined && env['PORT'] !== '') return parsePort(env['PORT'], 'PORT');
  return { port: defaultPort, asked: false };
}

/** Listens on `port` (0: any free one) and closes again; the port it got, or undefined when busy. */
function probe(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const got = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(got));
    });
  });
}

/** The port to serve on, with a note when it is not the default; or why there is none. */
export async function choosePort(request: PortRequest, host = HOST): Promise<{ port: number; note?: string } | { error: string }> {
  if ('error' in request) return request;
  if ((await probe(request.port, host)) !== undefined) return { port: request.port };
  if (request.asked) return { error: `port ${request.port} on ${host} is busy; choose another with --port or PORT` };
  const free = await probe(0, host);
  if (free === undefined) return { error: `no free port on ${host}` };
  return { port: free, note: `port ${request.port} is busy; serving on ${free} instead` };
}
