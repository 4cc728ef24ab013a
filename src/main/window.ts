import { join } from 'node:path';
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { isAppUrl } from './security';

/** The built renderer, which the `app://` protocol serves (out/main/index.js → out/renderer). */
export const RENDERER_FOLDER = join(import.meta.dirname, '../renderer');

/**
 * Session-wide policy: every permission (camera, geolocation, notifications…) and every device (HID,
 * serial, USB, Bluetooth) denied, so that no page can reach the hardware, whatever it asks.
 */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  // Without preventDefault, Electron would pick a device itself; an empty answer cancels the request.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}

/** Keeps any web contents on the app: no navigation elsewhere in any frame, no new windows, no <webview>, no Bluetooth. */
export function confineContents(contents: WebContents, appUrl: string): void {
  const stayHome = (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  // Unlike will-navigate, this one also fires for sub-frames.
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The one window. DevTools exist only in a development build. */
export function createMainWindow(url: string, devBuild: boolean): BrowserWindow {
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
      devTools: devBuild,
      // Middle-click would open a link in a new window; the open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}
