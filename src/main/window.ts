import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy, isAppUrl } from './security';

/**
 * Where the renderer lives: the electron-vite dev server in `electron-vite dev`, else the built file.
 * A packaged app ignores the variable, so that no environment can point it (and its IPC trust) at a page.
 */
export function rendererLocation(): { url: string; dev: boolean } {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (devUrl && !app.isPackaged) return { url: devUrl, dev: true };
  return { url: pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href, dev: false };
}

/** Session-wide policy: a strict CSP on every response, and every permission (camera, geolocation…) denied. */
export function secureSession(session: Session, dev: boolean): void {
  const csp = contentSecurityPolicy(dev);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Keeps any web contents on the app: no navigation elsewhere, no new windows, no <webview>. */
export function confineContents(contents: WebContents, appUrl: string): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function createMainWindow(url: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'glose',
    webPreferences: {
      // A sandboxed preload must be one CommonJS file: electron.vite.config.ts bundles it so.
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}
