import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, type AppProtocolHandler } from './app-protocol';
import { metaContentSecurityPolicy } from './security';

/**
 * The `app://` handler over a folder laid out like out/renderer, beside a secret it must never serve.
 * Its index.html is the real src/renderer/index.html, so the header checked here is the app's policy.
 */
const realIndex = join(import.meta.dirname, '../renderer/index.html');
let base: string;
let root: string;
let serve: AppProtocolHandler;
const SECRET = 'the secret outside the renderer folder';

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'glose-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), await readFile(realIndex));
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await symlink(join(base, 'secret.txt'), join(root, 'link.txt'));
  await symlink(base, join(root, 'up'));
  serve = await createAppProtocolHandler(root);
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('serves index.html with the CSP of its own meta tag as the response header', async () => {
    const metaPolicy = metaContentSecurityPolicy(await readFile(realIndex, 'utf8'));
    expect(metaPolicy).toMatch(/script-src 'self'/);
    for (const url of ['app://glose/', 'app://glose', 'app://glose/index.html', 'app://glose/index.html?x=1#/doc/a']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(metaPolicy);
      expect(metaContentSecurityPolicy(await response.text())).toBe(metaPolicy);
    }
  });

  it('serves the built assets with their types and no sniffing', async () => {
    const js = await get('app://glose/assets/app.js');
    expect(await js.text()).toBe('console.log(1);');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://glose/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await get('app://glose/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  const escapes: [string, string, number][] = [
    ['an encoded parent reference', 'app://glose/..%2Fsecret.txt', 403],
    ['an encoded dot-dot-slash', 'app://glose/%2e%2e%2fsecret.txt', 403],
    ['a deep encoded climb', 'app://glose/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd', 403],
    ['a link to a file outside', 'app://glose/link.txt', 403],
    ['a link to a folder outside', 'app://glose/up/secret.txt', 403],
    ['a NUL byte', 'app://glose/index.html%00.js', 403],
    ['another host', 'app://evil/index.html', 403],
    ['another scheme', 'file:///etc/passwd', 403],
    ['a climb the URL parser flattens', 'app://glose/../secret.txt', 404],
    ['a missing file', 'app://glose/assets/none.js', 404],
    ['a folder', 'app://glose/assets', 404],
    ['a malformed escape', 'app://glose/%E0%A4%A', 403],
  ];
  it.each(escapes)('refuses %s', async (_why, url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('refuses every method but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) expect((await get('app://glose/index.html', method)).status).toBe(405);
  });

  it('never serves anything from outside the folder, whatever the path', async () => {
    const inside = new Set([await readFile(realIndex, 'utf8'), 'console.log(1);', 'body{}']);
    const segment = fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '..%2f', '%2F', 'up', 'link.txt', 'secret.txt', 'assets', '%00', '\\..'), fc.string());
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 8 }), async (segments) => {
        let request: Request;
        try {
          request = new Request(`app://glose/${segments.join('/')}`);
        } catch {
          return; // not a URL at all: Electron would never hand it over
        }
        const response = await serve(request);
        const body = await response.text();
        expect(body).not.toContain(SECRET);
        if (response.status === 200) expect(inside.has(body)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to start on a page without a CSP', async () => {
    const bare = join(base, 'bare');
    await mkdir(bare);
    await writeFile(join(bare, 'index.html'), '<!doctype html><title>x</title>');
    await expect(createAppProtocolHandler(bare)).rejects.toThrow(/no Content-Security-Policy/);
  });

  it('is a standard, secure scheme that neither bypasses the CSP nor gets service workers', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).not.toBe(true);
  });
});
