import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandName } from '../shared/ipc';
import type { MenuKeys } from '../shared/platform';
import { chordToAccelerator } from './accelerator';

export interface MenuActions {
  /** Sends a command to the renderer, whose command registry performs it. */
  send(command: MenuCommandName): void;
  showAbout(): void;
}

/**
 * The View menu. Reload and DevTools only in a development build: in the app, a reload would drop
 * the editor's state mid-operation and DevTools would hand the page's internals to whoever sits there.
 */
function viewMenu(devBuild: boolean): MenuItemConstructorOptions {
  if (devBuild) return { role: 'viewMenu' };
  return {
    label: 'View',
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
}

/**
 * The application menu as data. Menu items only name renderer commands: the renderer owns what they
 * do and their key bindings, which the user can change. Each item shows the key the renderer says it
 * has (`keys`) but does not register it (`registerAccelerator: false`), so that a key never fires a
 * command twice; on macOS, where menu keys are always registered, the renderer takes the keys it
 * handles first (preventDefault) and only chords with a modifier are shown (accelerator.ts).
 */
export function menuTemplate(actions: MenuActions, platform: NodeJS.Platform, devBuild = false, keys: MenuKeys = {}): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommandName): MenuItemConstructorOptions => {
    const chord = keys[command];
    const accelerator = chord ? chordToAccelerator(chord, platform) : null;
    return { label, click: () => actions.send(command), ...(accelerator ? { accelerator, registerAccelerator: false } : {}) };
  };
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        item('Open files…', 'open-files'),
        item('Open folder…', 'open-folder'),
        { type: 'separator' },
        item('Import…', 'import'),
        item('Export…', 'export'),
        { type: 'separator' },
        item('Back up everything…', 'backup'),
        item('Restore a backup…', 'restore'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      // Undo and redo are the app's own (annotation operations), not Chromium's text undo, which
      // would change the editor's DOM behind ProseMirror's back. The clipboard roles are what make
      // copy and paste work in text fields on macOS.
      submenu: [item('Undo', 'undo'), item('Redo', 'redo'), { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'Annotate',
      submenu: [item('Pre-annotate document', 'preannotate-document'), item('Pre-annotate corpus', 'preannotate-corpus')],
    },
    { label: 'Settings', submenu: [item('Annotation schema…', 'settings'), item('Annotator name…', 'set-annotator')] },
    viewMenu(devBuild),
    {
      role: 'help',
      submenu: [item('Keyboard shortcuts', 'help'), { label: 'About glose', click: () => actions.showAbout() }],
    },
  ];
}
