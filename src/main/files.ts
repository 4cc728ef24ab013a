import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { loadTextDocument } from '../shared/text/load';
import type { Doc, InputError } from '../shared/model/types';

/** Expands folders into the files they hold (not recursive) that end with one of `extensions`, sorted by name. */
export async function expandInputs(paths: string[], extensions: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const names = (await readdir(p)).filter((n) => extensions.some((e) => n.toLowerCase().endsWith(e))).sort();
      out.push(...names.map((n) => join(p, n)));
    } else {
      out.push(p);
    }
  }
  return out;
}

/** Reads `.txt` files and folders into documents; a file that cannot be read is an error, never a crash. */
export async function loadTextInputs(paths: string[]): Promise<{ docs: Doc[]; errors: InputError[] }> {
  const docs: Doc[] = [];
  const errors: InputError[] = [];
  let files: string[];
  try {
    files = await expandInputs(paths, ['.txt']);
  } catch (e) {
    return { docs, errors: [{ file: paths.join(', '), line: 0, reason: (e as Error).message }] };
  }
  for (const file of files) {
    try {
      const result = loadTextDocument(basename(file), new Uint8Array(await readFile(file)));
      if (result.ok) docs.push(result.doc);
      else errors.push({ ...result.error, file });
    } catch (e) {
      errors.push({ file, line: 0, reason: (e as Error).message });
    }
  }
  return { docs, errors };
}
