import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { metaContentSecurityPolicy } from './security';

/**
 * The Electron binary cannot run here, so the wiring of src/main/index.ts is checked against a stand-in
 * `electron` module that records what main asks of it. Each scenario boots a fresh copy of main.
 */
type Listener = (...args: any[]) => any;

const rec = vi.hoisted(() => {
  const emitter = () => {
    const listeners = new Map<string, Listener>();
    return { on: (event: string, l: Listener) => listeners.set(event, l), listeners };
  };
  const makeContents = () => ({
    ...emitter(),
    openHandler: undefined as Listener | undefined,
    setWindowOpenHandler(h: Listener) {
      this.openHandler = h;
    },
    send: (...args: unknown[]) => rec.sent.push(args),
  });
  const makeSession = () => ({
    ...emitter(),
    handlers: new Map<string, Listener>(),
  });
  return {
    makeContents,
    makeSession,
    packaged: false,
    ready: false,
    app: new Map<string, Listener>(),
    sandboxEnabled: false,
    privileged: undefined as { schemeBeforeReady: boolean; schemes: any[] } | undefined,
    protocols: new Map<string, Listener>(),
    windows: [] as { options: any; url?: string; webContents: ReturnType<typeof makeContents> }[],
    ipc: new Map<string, Listener>(),
    menu: undefined as any,
    sent: [] as unknown[][],
    session: makeSession(),
    openDialogs: 0,
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = rec.makeContents();
    constructor(public options: any) {
      rec.windows.push(this as any);
    }
    once() {}
    on() {}
    async loadURL(url: string) {
      (this as any).url = url;
    }
    static getFocusedWindow = () => null;
    static getAllWindows = () => rec.windows;
  }
  const sessionMethod = (name: string) => (h: Listener) => rec.session.handlers.set(name, h);
  return {
    BrowserWindow,
    app: {
      get isPackaged() {
        return rec.packaged;
      },
      enableSandbox: () => (rec.sandboxEnabled = true),
      on: (event: string, l: Listener) => rec.app.set(event, l),
      whenReady: () => Promise.resolve().then(() => (rec.ready = true)),
      getVersion: () => '0.0.0',
      quit: () => {},
    },
    dialog: {
      showOpenDialog: async () => (rec.openDialogs++, { canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async () => ({ response: 0 }),
      showErrorBox: () => {},
    },
    ipcMain: { handle: (channel: string, l: Listener) => rec.ipc.set(channel, l) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (rec.menu = m) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: any[]) => (rec.privileged = { schemeBeforeReady: !rec.ready, schemes }),
      handle: (scheme: string, handler: Listener) => rec.protocols.set(scheme, handler),
    },
    session: {
      get defaultSession() {
        return {
          on: (event: string, l: Listener) => rec.session.on(event, l),
          setPermissionRequestHandler: sessionMethod('permission-request'),
          setPermissionCheckHandler: sessionMethod('permission-check'),
          setDevicePermissionHandler: sessionMethod('device-permission'),
          setBluetoothPairingHandler: sessionMethod('bluetooth-pairing'),
        };
      },
    },
  };
});

interface Boot {
  devBuild: boolean;
  packaged?: boolean;
  rendererUrl?: string;
}

/** A fresh main process, as `electron-vite dev` (devBuild) or `electron-vite build` would run it. */
async function boot({ devBuild, packaged = false, rendererUrl }: Boot) {
  Object.assign(rec, { packaged, ready: false, privileged: undefined, menu: undefined, sent: [], windows: [], session: rec.makeSession(), openDialogs: 0 });
  for (const map of [rec.app, rec.protocols, rec.ipc]) map.clear();
  vi.resetModules();
  vi.stubEnv('DEV', devBuild);
  if (rendererUrl === undefined) vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  else vi.stubEnv('ELECTRON_RENDERER_URL', rendererUrl);
  await import('./index');
  await vi.waitFor(() => expect(rec.windows).toHaveLength(1));
  const window = rec.windows[0]!;
  return { window, url: window.url!, prefs: window.options.webPreferences };
}
afterEach(() => vi.unstubAllEnvs());

/** Every item of the menu tree, depth first. */
const menuItems = (items: any[]): any[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? menuItems(i.submenu) : [])]);

/** Calls an Electron-style "select a device" listener; returns whether it cancelled (default prevented, no device). */
function cancels(listener: Listener, args: unknown[]): boolean {
  let prevented = false;
  let answer: unknown = 'not called';
  listener({ preventDefault: () => (prevented = true) }, ...args, (id?: unknown) => (answer = id));
  return prevented && (answer === undefined || answer === '');
}

describe('main process wiring of a production build', () => {
  it('opens one sandboxed, isolated window on app://, never file://, without DevTools', async () => {
    const { url, prefs } = await boot({ devBuild: false });
    expect(url).toBe('app://glose/index.html');
    expect(rec.sandboxEnabled).toBe(true);
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false, webviewTag: false });
    expect(prefs.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('registers app:// as privileged before the app is ready, and serves the renderer with its own CSP as a header', async () => {
    await boot({ devBuild: false });
    expect(rec.privileged).toMatchObject({ schemeBeforeReady: true, schemes: [{ scheme: 'app', privileges: { standard: true, secure: true } }] });
    const response: Response = await rec.protocols.get('app')!(new Request('app://glose/index.html'));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(metaContentSecurityPolicy(html));
    expect(html).toBe(readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8'));
  });

  it('ignores ELECTRON_RENDERER_URL, for the window and for the IPC trust check', async () => {
    const { url } = await boot({ devBuild: false, rendererUrl: 'https://evil.example/' });
    expect(url).toBe('app://glose/index.html');
    const openFolder = rec.ipc.get('glose:open-folder')!;
    await expect(openFolder({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(/refused/);
    expect(rec.openDialogs).toBe(0);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, even built in development mode', async () => {
    const { url, prefs } = await boot({ devBuild: true, packaged: true, rendererUrl: 'http://localhost:5173/' });
    expect(url).toBe('app://glose/index.html');
    expect(prefs.devTools).toBe(false);
  });

  it('denies every permission and every device, and cancels every device chooser', async () => {
    await boot({ devBuild: false });
    const h = rec.session.handlers;
    const answers: boolean[] = [];
    h.get('permission-request')!({}, 'media', (granted: boolean) => answers.push(granted));
    h.get('permission-request')!({}, 'notifications', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(h.get('permission-check')!({}, 'clipboard-read')).toBe(false);
    expect(h.get('device-permission')!({ deviceType: 'usb', origin: 'app://glose' })).toBe(false);
    let pairing: unknown;
    h.get('bluetooth-pairing')!({ pairingKind: 'confirm' }, (r: unknown) => (pairing = r));
    expect(pairing).toEqual({ confirmed: false });
    const on = rec.session.listeners;
    expect(cancels(on.get('select-hid-device')!, [{ deviceList: [{ deviceId: 'h1' }] }])).toBe(true);
    expect(cancels(on.get('select-serial-port')!, [[{ portId: 's1' }], {}])).toBe(true);
    expect(cancels(on.get('select-usb-device')!, [{ deviceList: [{ deviceId: 'u1' }] }])).toBe(true);
  });

  it('handles exactly the five platform channels, and only for the app page', async () => {
    await boot({ devBuild: false });
    expect([...rec.ipc.keys()].sort()).toEqual(['glose:open-files', 'glose:open-folder', 'glose:open-text-files', 'glose:save-file', 'glose:set-menu-keys']);
    const openFolder = rec.ipc.get('glose:open-folder')!;
    for (const url of ['https://evil.example/', 'file:///opt/glose/out/renderer/index.html', 'app://evil/index.html']) {
      await expect(openFolder({ senderFrame: { url } })).rejects.toThrow(/refused/);
    }
    await expect(openFolder({ senderFrame: null })).rejects.toThrow(/refused/);
    expect(rec.openDialogs).toBe(0);
    expect(await openFolder({ senderFrame: { url: 'app://glose/index.html#/corpus' } })).toEqual([]);
    expect(rec.openDialogs).toBe(1);
  });

  it('keeps every web contents on the app: no navigation away in any frame, no popups, no webviews, no Bluetooth', async () => {
    await boot({ devBuild: false });
    const contents = rec.makeContents();
    rec.app.get('web-contents-created')!({}, contents);
    const prevented = (event: string, url: string) => {
      let stopped = false;
      contents.listeners.get(event)!({ url, preventDefault: () => (stopped = true) }, url);
      return stopped;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(prevented(event, 'https://evil.example/')).toBe(true);
      expect(prevented(event, 'file:///etc/passwd')).toBe(true);
      expect(prevented(event, 'app://glose/index.html#/document/a')).toBe(false);
    }
    expect(contents.openHandler!({ url: 'app://glose/index.html' })).toEqual({ action: 'deny' });
    expect(prevented('will-attach-webview', 'app://glose/')).toBe(true);
    expect(cancels(contents.listeners.get('select-bluetooth-device')!, [[{ deviceId: 'b1' }]])).toBe(true);
  });

  it('offers neither reload nor DevTools in the menu', async () => {
    await boot({ devBuild: false });
    const roles = menuItems(rec.menu).map((i) => String(i.role ?? '').toLowerCase());
    for (const role of ['reload', 'forcereload', 'toggledevtools', 'viewmenu']) expect(roles).not.toContain(role);
    expect(roles).toContain('zoomin');
  });

  it('sends menu commands to the window on the one menu channel', async () => {
    await boot({ devBuild: false });
    const file = rec.menu.find((m: any) => m.label === 'File');
    file.submenu.find((i: any) => i.label === 'Export…').click();
    expect(rec.sent).toEqual([['glose:menu-command', 'export']]);
  });
});

describe('the menu shows the keys the renderer has', () => {
  const itemOf = (label: string) => menuItems(rec.menu).find((i) => i.label === label) as { accelerator?: string; registerAccelerator?: boolean } | undefined;

  it('rebuilds the menu with the keys the renderer sends, shown but not registered', async () => {
    await boot({ devBuild: false });
    expect(itemOf('Export…')?.accelerator).toBeUndefined();
    const setKeys = rec.ipc.get('glose:set-menu-keys')!;
    await setKeys({ senderFrame: { url: 'app://glose/index.html' } }, { export: 'Mod+E', undo: 'Alt+Z', import: 'Mod+Shift+I' });
    expect(itemOf('Export…')).toMatchObject({ accelerator: 'CommandOrControl+E', registerAccelerator: false });
    expect(itemOf('Undo')).toMatchObject({ accelerator: 'Alt+Z', registerAccelerator: false });
    expect(itemOf('Import…')).toMatchObject({ accelerator: 'CommandOrControl+Shift+I' });
    // The user changed a key: the next message replaces every key.
    await setKeys({ senderFrame: { url: 'app://glose/index.html' } }, { export: 'Mod+Shift+X' });
    expect(itemOf('Export…')?.accelerator).toBe('CommandOrControl+Shift+X');
    expect(itemOf('Undo')?.accelerator).toBeUndefined();
  });

  it('refuses keys from another page, for a command the menu does not have, or that are not chords', async () => {
    await boot({ devBuild: false });
    const setKeys = rec.ipc.get('glose:set-menu-keys')!;
    const app = { senderFrame: { url: 'app://glose/index.html' } };
    await expect(setKeys({ senderFrame: { url: 'https://evil.example/' } }, { export: 'Mod+E' })).rejects.toThrow(/refused/);
    await expect(setKeys(app, { 'toggle-devtools': 'Mod+Shift+I' })).rejects.toThrow(/refused/);
    await expect(setKeys(app, { export: 'Mod+E\nrole: reload' })).rejects.toThrow(/refused/);
    await expect(setKeys(app, { export: 'Mod+E' }, 'extra')).rejects.toThrow(/refused/);
    expect(itemOf('Export…')?.accelerator).toBeUndefined();
  });
});

describe('main process wiring of a development build', () => {
  it('loads the dev server, trusts only its origin, and keeps reload and DevTools', async () => {
    const { url, prefs } = await boot({ devBuild: true, rendererUrl: 'http://localhost:5173/' });
    expect(url).toBe('http://localhost:5173/');
    expect(prefs.devTools).toBe(true);
    expect(rec.protocols.size).toBe(0);
    const openFolder = rec.ipc.get('glose:open-folder')!;
    await expect(openFolder({ senderFrame: { url: 'app://glose/index.html' } })).rejects.toThrow(/refused/);
    expect(await openFolder({ senderFrame: { url: 'http://localhost:5173/#/corpus' } })).toEqual([]);
    expect(menuItems(rec.menu).map((i) => i.role)).toContain('viewMenu');
  });

  it('still serves app:// when no dev server is given', async () => {
    const { url } = await boot({ devBuild: true });
    expect(url).toBe('app://glose/index.html');
    expect(rec.protocols.has('app')).toBe(true);
  });
});
