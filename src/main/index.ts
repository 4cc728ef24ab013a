/**
 * Electron main process: one sandboxed window on the renderer, the application menu, and the IPC
 * handlers of the platform API. The logic lives in testable modules; this file only wires Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommandName } from '../shared/ipc';
import { menuTemplate } from './menu';
import { createPlatformHandlers, type DialogPort } from './platform-handlers';
import { isAppUrl } from './security';
import { confineContents, createMainWindow, rendererLocation, secureSession } from './window';

const renderer = rendererLocation();
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

function registerIpc(): void {
  const handlers = createPlatformHandlers({
    dialog: nativeDialog,
    isTrustedSender: (url) => isAppUrl(url, renderer.url),
  });
  for (const [channel, handle] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handle(event.senderFrame?.url, args));
  }
}

function sendMenuCommand(command: MenuCommandName): void {
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
  mainWindow = createMainWindow(renderer.url);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Every renderer is sandboxed, whatever its webPreferences say.
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => confineContents(contents, renderer.url));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) openWindow();
});

void app.whenReady().then(() => {
  secureSession(session.defaultSession, renderer.dev);
  registerIpc();
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ send: sendMenuCommand, showAbout }, process.platform)));
  openWindow();
});
