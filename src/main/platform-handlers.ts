import { basename } from 'node:path';
import { INVOKE_CHANNELS, type InvokeChannel, type InvokeMethod } from '../shared/ipc';
import type { MenuKeys, PickedFile } from '../shared/platform';
import { FileAccess, hasExtension } from './file-access';
import { parseArgs, type MethodArgs } from './ipc-schemas';

/**
 * The main-process side of the platform API, written against a small dialog interface (the part of
 * Electron's `dialog` it uses) so that it runs, and is tested, in plain Node.
 */
export interface FileFilter {
  name: string;
  /** Without the dot, as Electron expects: 'txt'. */
  extensions: string[];
}

export interface DialogPort {
  showOpenDialog(options: {
    title: string;
    properties: Array<'openFile' | 'openDirectory' | 'multiSelections'>;
    filters?: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { title: string; defaultPath: string; filters?: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface HandlerDeps {
  dialog: DialogPort;
  /** Whether an IPC request comes from our own page (`event.senderFrame.url`). */
  isTrustedSender(url: string | undefined): boolean;
  access?: FileAccess;
  /** The menu shows these keys from now on (main rebuilds it). */
  showMenuKeys?(keys: MenuKeys): void;
}

/** What `ipcMain.handle` needs for each channel: the sender's URL and the raw argument list. */
export type IpcHandler = (senderUrl: string | undefined, args: unknown[]) => Promise<unknown>;

const TEXT = ['.txt'];

function filtersFor(extensions: readonly string[]): FileFilter[] {
  const bare = extensions.map((e) => e.slice(1));
  return [{ name: extensions.join(', '), extensions: bare }];
}

/** The method implementations, after validation. */
function methods(dialog: DialogPort, access: FileAccess) {
  async function pickFiles(title: string, extensions: readonly string[]): Promise<PickedFile[]> {
    const r = await dialog.showOpenDialog({ title, properties: ['openFile', 'multiSelections'], filters: filtersFor(extensions) });
    if (r.canceled) return [];
    // A dialog filter is advice to the user, not a guarantee (a typed name bypasses it): check again.
    const paths = r.filePaths.filter((p) => hasExtension(p, extensions));
    await access.allowFiles(paths);
    return access.readPicked(paths);
  }

  return {
    openTextFiles: (): Promise<PickedFile[]> => pickFiles('Open articles', TEXT),

    async openFolder(): Promise<PickedFile[]> {
      const r = await dialog.showOpenDialog({ title: 'Open a folder of articles', properties: ['openDirectory'] });
      const folder = r.filePaths[0];
      if (r.canceled || folder === undefined) return [];
      await access.allowFolder(folder);
      return access.readPicked(await access.listFolder(folder, TEXT));
    },

    openFiles: ([extensions]: MethodArgs<'openFiles'>): Promise<PickedFile[]> =>
      pickFiles(
        'Open files',
        extensions.map((e) => e.toLowerCase()),
      ),

    async saveFile([suggestedName, content]: MethodArgs<'saveFile'>): Promise<boolean> {
      const dot = suggestedName.lastIndexOf('.');
      const extension = suggestedName.slice(dot);
      // Offer a type filter only for a plain extension ('.jsonl'), not for 'v1.0 final'.
      const filters = dot > 0 && /^\.[A-Za-z0-9]{1,10}$/.test(extension) ? { filters: filtersFor([extension]) } : {};
      const r = await dialog.showSaveDialog({ title: 'Save', defaultPath: basename(suggestedName), ...filters });
      if (r.canceled || !r.filePath) return false;
      await access.confirmSave(r.filePath);
      await access.writeConfirmed(r.filePath, content);
      return true;
    },
  };
}

/** One handler per invoke channel: sender check, then argument validation, then the method. */
export function createPlatformHandlers(deps: HandlerDeps): Record<InvokeChannel, IpcHandler> {
  const impl = methods(deps.dialog, deps.access ?? new FileAccess());
  const guard =
    <M extends InvokeMethod>(method: M, run: (args: MethodArgs<M>) => Promise<unknown>): IpcHandler =>
    async (senderUrl, args) => {
      if (!deps.isTrustedSender(senderUrl)) throw new Error(`refused ${method}: the request does not come from the app`);
      const parsed = parseArgs(method, args);
      if (!parsed.ok) throw new Error(`refused ${method}: ${parsed.reason}`);
      return run(parsed.args);
    };
  return {
    [INVOKE_CHANNELS.openTextFiles]: guard('openTextFiles', () => impl.openTextFiles()),
    [INVOKE_CHANNELS.openFolder]: guard('openFolder', () => impl.openFolder()),
    [INVOKE_CHANNELS.openFiles]: guard('openFiles', impl.openFiles),
    [INVOKE_CHANNELS.saveFile]: guard('saveFile', impl.saveFile),
    [INVOKE_CHANNELS.setMenuKeys]: guard('setMenuKeys', async ([keys]) => deps.showMenuKeys?.(keys)),
  };
}
