/**
 * Electron main process: one sandboxed window on the renderer (served by the `app://` protocol), the
 * application menu, and the IPC handlers of the platform API. The logic lives in testable modules;
 * this file only wires Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { isMenuCommandName, MENU_COMMAND_CHANNEL, type MenuCommandName } from '../shared/ipc';
import type { MenuKeys } from '../shared/platform';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { menuTemplate } from './menu';
import { createPlatformHandlers, type DialogPort } from './platform-handlers';
import { chooseRenderer, isAppUrl } from './security';
import { confineContents, createMainWindow, RENDERER_FOLDER, secureSession } from './window';

/** `electron-vite dev` builds in development mode; `electron-vite build` replaces this with false. */
const devBuild = import.meta.env.DEV && !app.isPackaged;
const renderer = chooseRenderer(devBuild, process.env['ELECTRON_RENDERER_URL']);
let mainWindow: BrowserWindow | null = null;

/** The window the user is looking at, for dialogs to be modal to and menu commands to go to. */
function currentWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

const nativeDialog: DialogPort = {
  showOpenDialog: (options) => {
    const win = currentWindow();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  },
  showSaveDialog: (options) => {
    const win = currentWindow();
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  },
};

/** The application menu, with the keys the renderer's bindings give its commands now. */
function showMenu(keys: MenuKeys = {}): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ send: sendMenuCommand, showAbout }, process.platform, devBuild, keys)));
}

function registerIpc(): void {
  const handlers = createPlatformHandlers({
    dialog: nativeDialog,
    isTrustedSender: (url) => isAppUrl(url, renderer.url),
    showMenuKeys: showMenu,
  });
  for (const [channel, handle] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handle(event.senderFrame?.url, args));
  }
}

/** Only the registered command ids ever reach the renderer (the preload checks again). */
function sendMenuCommand(command: MenuCommandName): void {
  if (!isMenuCommandName(command)) return;
  currentWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function showAbout(): void {
  const win = currentWindow();
  const options = {
    type: 'info' as const,
    title: 'About glose',
    message: `glose ${app.getVersion()}`,
    detail: 'Annotation of entity mentions and event frames in news articles.',
  };
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

function openWindow(): void {
  mainWindow = createMainWindow(renderer.url, devBuild);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function serveRenderer(): Promise<void> {
  protocol.handle(APP_SCHEME_PRIVILEGES.scheme, await createAppProtocolHandler(RENDERER_FOLDER));
}

// Must happen before the app is ready: the scheme's privileges are fixed at start.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// Every renderer is sandboxed, whatever its webPreferences say.
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => confineContents(contents, renderer.url));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) openWindow();
});

void app.whenReady().then(async () => {
  secureSession(session.defaultSession);
  try {
    if (!renderer.dev) await serveRenderer();
  } catch (error) {
    dialog.showErrorBox('glose cannot start', (error as Error).message);
    app.quit();
    return;
  }
  registerIpc();
  showMenu();
  openWindow();
});
