import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic-file';
import { expandInputs } from './files';
import type { PickedFile } from '../shared/platform';

/** Largest single file the renderer may receive (a long article is ~100 kB; a big gold file a few MB). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;
/** Largest total of one pick, so that one folder cannot exhaust the renderer's memory. */
export const MAX_PICK_BYTES = 512 * 1024 * 1024;

const realOrUndefined = (path: string) => realpath(path).catch(() => undefined);

/**
 * Where a save to `path` really lands: the file a symbolic link leads to, or, for a new file, the
 * name inside the real folder. Undefined when the folder does not exist.
 */
async function realSaveTarget(path: string): Promise<string | undefined> {
  const existing = await realOrUndefined(path);
  if (existing !== undefined) return existing;
  const folder = await realOrUndefined(dirname(resolve(path)));
  return folder === undefined ? undefined : join(folder, basename(path));
}

/**
 * The only paths main will touch for the renderer: those a native dialog returned. The renderer never
 * sends a path, so a compromised page can at most make the user pick again; this list is the second
 * line of defence, checked right before every read and write. Every path is kept and compared as its
 * real path (symbolic links followed), so a link inside a picked folder cannot lead outside it.
 */
export class FileAccess {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly saveTargets = new Set<string>();

  async allowFiles(paths: readonly string[]): Promise<void> {
    for (const p of paths) {
      const real = await realOrUndefined(p);
      if (real !== undefined) this.files.add(real);
    }
  }

  /** A picked folder grants the files directly inside it (not sub-folders: the pick is not recursive). */
  async allowFolder(path: string): Promise<void> {
    const real = await realOrUndefined(path);
    if (real !== undefined) this.folders.add(real);
  }

  /** The real path of a picked file (or of a file directly inside a picked folder), or undefined. */
  private async pickedRealPath(path: string): Promise<string | undefined> {
    const real = await realOrUndefined(path);
    if (real === undefined) return undefined;
    return this.files.has(real) || this.folders.has(dirname(real)) ? real : undefined;
  }

  /** Reads picked files, in order, refusing anything not picked and anything over the size limits. */
  async readPicked(paths: readonly string[]): Promise<PickedFile[]> {
    const out: PickedFile[] = [];
    let total = 0;
    for (const path of paths) {
      const real = await this.pickedRealPath(path);
      if (real === undefined) throw new Error(`refused: ${basename(path)} was not picked in a dialog (or leads outside what was picked)`);
      const info = await stat(real);
      if (!info.isFile()) continue;
      if (info.size > MAX_READ_BYTES) throw new Error(`${basename(path)} is larger than ${MAX_READ_BYTES} bytes`);
      total += info.size;
      if (total > MAX_PICK_BYTES) throw new Error(`the picked files exceed ${MAX_PICK_BYTES} bytes in total`);
      // Read through the checked real path, so that swapping the link afterwards changes nothing.
      // A plain Uint8Array (not a Buffer view on a shared pool) so IPC copies only this file's bytes.
      out.push({ name: basename(path), bytes: new Uint8Array(await readFile(real)) });
    }
    return out;
  }

  /** The files of a picked folder whose names end with one of `extensions` (lower case), by name. */
  async listFolder(folder: string, extensions: readonly string[]): Promise<string[]> {
    const real = await realOrUndefined(folder);
    if (real === undefined || !this.folders.has(real)) throw new Error('refused: this folder was not picked in a dialog');
    return expandInputs([real], [...extensions]);
  }

  /** A path the user confirmed in a save dialog; it may be written once. */
  async confirmSave(path: string): Promise<void> {
    const target = await realSaveTarget(path);
    if (target !== undefined) this.saveTargets.add(target);
  }

  /**
   * Writes to a path confirmed in a save dialog (atomically: a crash leaves the old file or the new
   * one), then forgets it: the next save asks again. Refused if the path now leads somewhere else.
   */
  async writeConfirmed(path: string, content: string | Uint8Array): Promise<void> {
    const target = await realSaveTarget(path);
    if (target === undefined || !this.saveTargets.has(target)) throw new Error(`refused: ${basename(path)} was not confirmed in a save dialog`);
    this.saveTargets.delete(target);
    await writeFileAtomic(target, content);
  }
}

/** Whether `name` ends with one of `extensions` ('.txt' style), ignoring case. */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e.toLowerCase()));
}
