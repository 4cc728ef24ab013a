/**
 * Pure security policy of the Electron shell, kept apart from Electron so that it is unit-tested.
 * The window applies it in `window.ts`, the `app://` protocol in `app-protocol.ts`.
 */

/** The privileged scheme that serves the built renderer (see app-protocol.ts), and its one host. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'glose';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` is the app itself: the same scheme and host for the `app://` renderer (WHATWG gives a
 * custom scheme the opaque origin "null", so origins cannot be compared), the same origin when it is
 * served by the dev server. Used for IPC senders and navigation.
 */
export function isAppUrl(url: string | undefined, appUrl: string): boolean {
  if (!url) return false;
  const u = parse(url);
  const app = parse(appUrl);
  if (!u || !app) return false;
  if (app.protocol === `${APP_SCHEME}:`) return u.protocol === app.protocol && u.host === app.host && u.username === '' && u.password === '';
  if (app.protocol === 'http:' || app.protocol === 'https:') return u.origin === app.origin;
  return false;
}

/**
 * Where the renderer comes from. Only a development build (`electron-vite dev`, never a production
 * build nor a packaged app) obeys ELECTRON_RENDERER_URL: anywhere else an environment variable could
 * point the window, and with it the IPC trust check, at any page.
 */
export function chooseRenderer(devBuild: boolean, devServerUrl: string | undefined): { url: string; dev: boolean } {
  if (devBuild && devServerUrl) return { url: devServerUrl, dev: true };
  return { url: APP_ENTRY_URL, dev: false };
}

const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The Content-Security-Policy of the `<meta http-equiv>` tag of an HTML page, or undefined. The policy
 * has one definition, the meta tag of src/renderer/index.html (which the web build also carries); the
 * `app://` handler sends the very same text as a response header, read from the page it serves.
 */
export function metaContentSecurityPolicy(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
    const equiv = attribute('http-equiv');
    if ((equiv?.[2] ?? equiv?.[3])?.toLowerCase() !== 'content-security-policy') continue;
    const content = attribute('content');
    const policy = decodeEntities(content?.[2] ?? content?.[3] ?? '').trim();
    return policy === '' ? undefined : policy;
  }
  return undefined;
}

/** A policy as a map from directive to its source list, for tests and checks. */
export function cspDirectives(policy: string): Map<string, string> {
  const entries = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d): [string, string] => {
      const space = d.search(/\s/);
      return space < 0 ? [d.toLowerCase(), ''] : [d.slice(0, space).toLowerCase(), d.slice(space + 1).trim()];
    });
  return new Map(entries);
}
