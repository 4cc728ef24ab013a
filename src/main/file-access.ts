import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { expandInputs } from './files';
import type { PickedFile } from '../shared/platform';

/** Largest single file the renderer may receive (a long article is ~100 kB; a big gold file a few MB). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;
/** Largest total of one pick, so that one folder cannot exhaust the renderer's memory. */
export const MAX_PICK_BYTES = 512 * 1024 * 1024;

/**
 * The only paths main will touch for the renderer: those a native dialog returned. The renderer never
 * sends a path, so a compromised page can at most make the user pick again; this list is the second
 * line of defence, checked right before every read and write.
 */
export class FileAccess {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly saveTargets = new Set<string>();

  allowFiles(paths: readonly string[]): void {
    for (const p of paths) this.files.add(resolve(p));
  }

  /** A picked folder grants the files directly inside it (not sub-folders: the pick is not recursive). */
  allowFolder(path: string): void {
    this.folders.add(resolve(path));
  }

  canRead(path: string): boolean {
    const p = resolve(path);
    return this.files.has(p) || this.folders.has(dirname(p));
  }

  /** A path the user confirmed in a save dialog; it may be written once. */
  confirmSave(path: string): void {
    this.saveTargets.add(resolve(path));
  }

  /** Reads picked files, in order, refusing anything not picked and anything over the size limits. */
  async readPicked(paths: readonly string[]): Promise<PickedFile[]> {
    const out: PickedFile[] = [];
    let total = 0;
    for (const path of paths) {
      if (!this.canRead(path)) throw new Error(`refused: ${basename(path)} was not picked in a dialog`);
      const info = await stat(path);
      if (!info.isFile()) continue;
      if (info.size > MAX_READ_BYTES) throw new Error(`${basename(path)} is larger than ${MAX_READ_BYTES} bytes`);
      total += info.size;
      if (total > MAX_PICK_BYTES) throw new Error(`the picked files exceed ${MAX_PICK_BYTES} bytes in total`);
      // A plain Uint8Array (not a Buffer view on a shared pool) so IPC copies only this file's bytes.
      out.push({ name: basename(path), bytes: new Uint8Array(await readFile(path)) });
    }
    return out;
  }

  /** The files of a picked folder whose names end with one of `extensions` (lower case), by name. */
  async listFolder(folder: string, extensions: readonly string[]): Promise<string[]> {
    if (!this.folders.has(resolve(folder))) throw new Error('refused: this folder was not picked in a dialog');
    return expandInputs([folder], [...extensions]);
  }

  /** Writes to a path confirmed in a save dialog, then forgets it: the next save asks again. */
  async writeConfirmed(path: string, content: string | Uint8Array): Promise<void> {
    const p = resolve(path);
    if (!this.saveTargets.has(p)) throw new Error(`refused: ${basename(path)} was not confirmed in a save dialog`);
    this.saveTargets.delete(p);
    await writeFile(p, content);
  }
}

/** Whether `name` ends with one of `extensions` ('.txt' style), ignoring case. */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e.toLowerCase()));
}
