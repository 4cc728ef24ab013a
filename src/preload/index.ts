/**
 * The preload bridge: exposes exactly the platform API as `window.glose`, nothing else (no
 * ipcRenderer, no channel names). Main validates every argument again; this side only forwards.
 * It runs sandboxed, so it may import only `electron` and code bundled into this one file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { INVOKE_CHANNELS, isMenuCommandName, MENU_COMMAND_CHANNEL } from '../shared/ipc';
import type { MenuCommand, MenuKeys, PickedFile, PlatformApi } from '../shared/platform';

const api: PlatformApi = {
  kind: 'electron',
  openTextFiles: (): Promise<PickedFile[]> => ipcRenderer.invoke(INVOKE_CHANNELS.openTextFiles),
  openFolder: (): Promise<PickedFile[]> => ipcRenderer.invoke(INVOKE_CHANNELS.openFolder),
  openFiles: (extensions: string[]): Promise<PickedFile[]> => ipcRenderer.invoke(INVOKE_CHANNELS.openFiles, extensions),
  saveFile: (suggestedName: string, content: string | Uint8Array): Promise<boolean> => ipcRenderer.invoke(INVOKE_CHANNELS.saveFile, suggestedName, content),
  setMenuKeys: (keys: MenuKeys): Promise<void> => ipcRenderer.invoke(INVOKE_CHANNELS.setMenuKeys, keys),
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    // The event object stays here: handing it to the page would leak `ipcRenderer` through `event.sender`.
    // Only registered command ids pass, whatever else reaches the channel.
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommandName(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('glose', api);
