import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME, metaContentSecurityPolicy } from './security';

/**
 * The `app://glose/` protocol that serves the built renderer instead of `file://`: a page loaded from
 * `file://` may read any file Chromium lets `file://` read, and a response header (the CSP) cannot be
 * attached to it reliably. Written against Node and the Fetch API only, so that it is tested without
 * Electron; index.ts registers it.
 */

/**
 * Privileges of the scheme, registered before the app is ready. `standard` gives it real origins
 * (IndexedDB, localStorage, relative URLs); `secure` makes it a secure context (Web Locks, crypto);
 * `supportFetchAPI` lets the page fetch its own files; module workers need `corsEnabled`. It does not
 * bypass the CSP and gets no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Whether `path` lies strictly inside `folder` (both absolute, already resolved). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/**
 * The real path of the file an `app://glose/…` URL names inside `root` (itself a real path), or why
 * not: 'outside' for another scheme or host, a path that climbs out of `root` (`..`, encoded
 * separators, a symbolic link leading elsewhere) or a NUL byte; 'missing' when no such file exists.
 */
export async function resolveAppFile(root: string, url: string): Promise<{ path: string } | { refused: 'outside' | 'missing' }> {
  let u: URL;
  let pathname: string;
  try {
    u = new URL(url);
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return { refused: 'outside' };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || pathname.includes('\0')) return { refused: 'outside' };
  const candidate = resolve(root, pathname === '' || pathname === '/' ? 'index.html' : `.${pathname}`);
  if (!isInside(root, candidate)) return { refused: 'outside' };
  const real = await realpath(candidate).catch(() => undefined);
  if (real === undefined) return { refused: 'missing' };
  if (!isInside(root, real)) return { refused: 'outside' };
  const isFile = await stat(real).then(
    (info) => info.isFile(),
    () => false,
  );
  return isFile ? { path: real } : { refused: 'missing' };
}

export type AppProtocolHandler = (request: Request) => Promise<Response>;

/**
 * The handler of `app://`, serving the files of `rendererFolder` and nothing else. Every response,
 * errors included, carries the CSP of the served index.html as a header, so the header and the meta
 * tag are one policy. A page without a CSP is refused at start: the app does not run unprotected.
 */
export async function createAppProtocolHandler(rendererFolder: string): Promise<AppProtocolHandler> {
  const root = await realpath(rendererFolder);
  const csp = metaContentSecurityPolicy(await readFile(join(root, 'index.html'), 'utf8'));
  if (!csp) throw new Error(`${join(root, 'index.html')} has no Content-Security-Policy meta tag: refusing to serve it`);
  const headers = (contentType: string) => ({
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  const plain = (status: number, text: string) => new Response(text, { status, headers: headers('text/plain; charset=utf-8') });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const file = await resolveAppFile(root, request.url);
    if ('refused' in file) return file.refused === 'outside' ? plain(403, 'forbidden') : plain(404, 'not found');
    const type = CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    try {
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file.path));
      return new Response(body, { status: 200, headers: headers(type) });
    } catch {
      return plain(404, 'not found'); // removed between the check and the read
    }
  };
}
