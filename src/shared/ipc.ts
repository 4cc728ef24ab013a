/**
 * Names shared by the Electron main process and the preload bridge, so that both ends of every IPC
 * channel spell it the same way. Pure constants and types: no Electron, no Node.
 */
import type { PlatformApi } from './platform';

/** One channel per PlatformApi request method (renderer → main, `ipcRenderer.invoke`). */
export const INVOKE_CHANNELS = {
  openTextFiles: 'glose:open-text-files',
  openFolder: 'glose:open-folder',
  openFiles: 'glose:open-files',
  saveFile: 'glose:save-file',
  setMenuKeys: 'glose:set-menu-keys',
} as const satisfies Record<Exclude<keyof PlatformApi, 'kind' | 'onMenuCommand'>, string>;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[InvokeMethod];

/** The one channel on which the application menu sends command names (main → renderer). */
export const MENU_COMMAND_CHANNEL = 'glose:menu-command';

/** Every command the application menu can send: ids of the renderer's command registry, which runs them. */
export const MENU_COMMANDS = [
  'open-files',
  'open-folder',
  'import',
  'export',
  'backup',
  'restore',
  'preannotate-document',
  'preannotate-corpus',
  'set-annotator',
  'settings',
  'undo',
  'redo',
  'help',
] as const;

export type MenuCommandName = (typeof MENU_COMMANDS)[number];

export function isMenuCommandName(value: unknown): value is MenuCommandName {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
