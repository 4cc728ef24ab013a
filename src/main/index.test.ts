import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron binary cannot run here, so the wiring of src/main/index.ts is checked against a stand-in
 * `electron` module that records what main asks of it.
 */
type Listener = (...args: any[]) => any;

const rec = vi.hoisted(() => {
  const makeContents = () => {
    const on = new Map<string, Listener>();
    return {
      on: (event: string, l: Listener) => on.set(event, l),
      listeners: on,
      openHandler: undefined as Listener | undefined,
      setWindowOpenHandler(h: Listener) {
        this.openHandler = h;
      },
      send: (...args: unknown[]) => rec.sent.push(args),
    };
  };
  return {
    makeContents,
    app: new Map<string, Listener>(),
    sandboxEnabled: false,
    windows: [] as { options: any; url?: string; webContents: ReturnType<typeof makeContents> }[],
    ipc: new Map<string, Listener>(),
    menu: undefined as any,
    sent: [] as unknown[][],
    headers: undefined as Listener | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
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
  return {
    BrowserWindow,
    app: {
      isPackaged: false,
      enableSandbox: () => (rec.sandboxEnabled = true),
      on: (event: string, l: Listener) => rec.app.set(event, l),
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.0.0',
      quit: () => {},
    },
    dialog: {
      showOpenDialog: async () => (rec.openDialogs++, { canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async () => ({ response: 0 }),
    },
    ipcMain: { handle: (channel: string, l: Listener) => rec.ipc.set(channel, l) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (rec.menu = m) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (l: Listener) => (rec.headers = l) },
        setPermissionRequestHandler: (l: Listener) => (rec.permissionRequest = l),
        setPermissionCheckHandler: (l: Listener) => (rec.permissionCheck = l),
      },
    },
  };
});

let appUrl: string;

beforeAll(async () => {
  delete process.env['ELECTRON_RENDERER_URL'];
  await import('./index');
  await vi.waitFor(() => expect(rec.windows).toHaveLength(1));
  appUrl = rec.windows[0]!.url!;
});

describe('main process wiring', () => {
  it('opens one sandboxed, isolated window on the built renderer file', () => {
    expect(rec.sandboxEnabled).toBe(true);
    const prefs = rec.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(appUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
  });

  it('adds the Content-Security-Policy header to every response', () => {
    let result: any;
    rec.headers!({ responseHeaders: { 'X-Other': ['1'] } }, (r: unknown) => (result = r));
    expect(result.responseHeaders['X-Other']).toEqual(['1']);
    expect(result.responseHeaders['Content-Security-Policy'][0]).toContain("script-src 'self'");
  });

  it('denies every permission', () => {
    const answers: boolean[] = [];
    rec.permissionRequest!({}, 'media', (granted: boolean) => answers.push(granted));
    rec.permissionRequest!({}, 'notifications', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(rec.permissionCheck!({}, 'clipboard-read')).toBe(false);
  });

  it('handles exactly the four platform channels, and only for the app page', async () => {
    expect([...rec.ipc.keys()].sort()).toEqual(['glose:open-files', 'glose:open-folder', 'glose:open-text-files', 'glose:save-file']);
    const openFolder = rec.ipc.get('glose:open-folder')!;
    await expect(openFolder({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(/refused/);
    await expect(openFolder({ senderFrame: null })).rejects.toThrow(/refused/);
    expect(rec.openDialogs).toBe(0);
    expect(await openFolder({ senderFrame: { url: appUrl } })).toEqual([]);
    expect(rec.openDialogs).toBe(1);
  });

  it('keeps every web contents on the app: no navigation away, no popups, no webviews', () => {
    const contents = rec.makeContents();
    rec.app.get('web-contents-created')!({}, contents);
    const navigate = (url: string) => {
      let prevented = false;
      contents.listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(appUrl + '#/document/a')).toBe(false);
    expect(contents.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let webview = false;
    contents.listeners.get('will-attach-webview')!({ preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
  });

  it('sends menu commands to the window on the one menu channel', () => {
    const file = rec.menu.find((m: any) => m.label === 'File');
    file.submenu.find((i: any) => i.label === 'Export…').click();
    expect(rec.sent).toEqual([['glose:menu-command', 'export']]);
  });
});
