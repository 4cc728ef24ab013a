import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes that never leave a half-written file behind: the content goes to a temporary file in the
 * same folder (so the rename stays on one file system), is flushed to the disk, then renamed over the
 * target in one step. A crash or a full disk leaves either the old file or the new one, never a mix.
 */

const temporaryName = (target: string) => join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable; some platforms (Windows) cannot open a folder: the rename still holds.
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

async function writeSynced(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Replaces (or creates) `target` with `content` atomically. */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const temporary = temporaryName(target);
  try {
    await writeSynced(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(target));
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Writes a set of files (names relative to the folder, `/` allowed) as the folder `target`: they are
 * written to a temporary folder beside it first, and only a complete folder takes the target's place.
 * A folder already at `target` is replaced as a whole.
 */
export async function writeFolderAtomic(target: string, files: Array<{ name: string; content: string | Uint8Array }>): Promise<void> {
  const temporary = temporaryName(target);
  try {
    await mkdir(temporary);
    for (const f of files) {
      const path = join(temporary, f.name);
      await mkdir(dirname(path), { recursive: true });
      await writeSynced(path, f.content);
    }
    await syncFolder(temporary);
    if (await exists(target)) {
      const previous = temporaryName(target);
      await rename(target, previous);
      await rename(temporary, target);
      await rm(previous, { recursive: true, force: true });
    } else {
      await rename(temporary, target);
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  await syncFolder(dirname(target));
}
