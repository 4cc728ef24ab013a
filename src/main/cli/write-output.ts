import { readdir, stat } from 'node:fs/promises';
import { writeFileAtomic, writeFolderAtomic } from '../atomic-file';
import type { OutputFile } from '../../shared/formats/files';

/**
 * Every file the CLI writes is written atomically (temporary file or folder beside the target, fsync,
 * rename): an interrupted command leaves the old output or the new one, never half of one.
 */

export const writeOutputFile = writeFileAtomic;

/**
 * A folder export (brat) replaces the folder at `target` as a whole. A folder that holds anything but
 * what such an export writes is someone's other work: it is never replaced (the error says so).
 */
export async function writeOutputFolder(target: string, files: OutputFile[], ownsName: (name: string) => boolean): Promise<void> {
  const existing = await stat(target).then(
    (s) => s,
    () => null,
  );
  if (existing && !existing.isDirectory()) throw new Error(`${target} is a file: give a folder name for a folder export`);
  if (existing) {
    const foreign = (await readdir(target)).filter((n) => !ownsName(n));
    if (foreign.length)
      throw new Error(`${target} already holds other files (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}): give a new or empty folder`);
  }
  await writeFolderAtomic(target, files);
}
