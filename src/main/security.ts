/**
 * Pure security policy of the Electron shell, kept apart from Electron so that it is unit-tested.
 * The window applies it in `window.ts`.
 */

/**
 * The Content-Security-Policy of the app. Scripts, workers and connections come only from the app's
 * own files; no plugins, no frames, no forms, no `<base>`. Styles allow inline attributes because
 * the editor (ProseMirror) and React set style attributes. In development the Vite dev server
 * injects an inline preamble and talks over a web socket, hence the looser `dev` variant.
 */
export function contentSecurityPolicy(dev = false): string {
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': dev ? "'self' 'unsafe-inline'" : "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'worker-src': "'self' blob:",
    'connect-src': dev ? "'self' ws: http://localhost:*" : "'self'",
    'object-src': "'none'",
    'frame-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` is the app itself: the same file (any #fragment or ?query) when the app is loaded from
 * disk, the same origin when it is served by the dev server. Used for IPC senders and navigation.
 */
export function isAppUrl(url: string | undefined, appUrl: string): boolean {
  if (!url) return false;
  const u = parse(url);
  const app = parse(appUrl);
  if (!u || !app) return false;
  if (app.protocol === 'file:') return u.protocol === 'file:' && u.host === app.host && u.pathname === app.pathname;
  if (app.protocol === 'http:' || app.protocol === 'https:') return u.origin === app.origin;
  return false;
}
