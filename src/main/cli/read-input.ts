import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { inputFileFromBytes, type InputFile } from '../../shared/formats/files';
import type { Doc, InputError } from '../../shared/model/types';
import { loadTextDocument } from '../../shared/text/load';
import { expandInputs } from '../files';

/**
 * Every file the CLI reads goes through the one decoder the app uses (`inputFileFromBytes`): invalid
 * UTF-8 is refused with the file's name and line, never turned into U+FFFD. Only regular files are read:
 * a FIFO or a device named as input would block the command for ever.
 */

export async function readRegularFile(path: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: InputError }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: { file: path, line: 0, reason: info.isDirectory() ? 'is a folder, not a file' : 'is not a regular file' } };
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (e) {
    return { ok: false, error: { file: path, line: 0, reason: (e as Error).message } };
  }
}

/** One file as an importer's input. */
export async function readInputFile(path: string): Promise<{ ok: true; file: InputFile } | { ok: false; error: InputError }> {
  const read = await readRegularFile(path);
  return read.ok ? inputFileFromBytes(path, read.bytes) : read;
}

/** Several files; those that cannot be read are errors, the others are returned. */
export async function readInputFiles(paths: string[]): Promise<{ files: InputFile[]; errors: InputError[] }> {
  const files: InputFile[] = [];
  const errors: InputError[] = [];
  for (const path of paths) {
    const read = await readInputFile(path);
    if (read.ok) files.push(read.file);
    else errors.push(read.error);
  }
  return { files, errors };
}

/**
 * `.txt` files and folders of them as documents. Two files that give one id (`a/x.txt` and `b/x.txt`,
 * `X.txt` beside `X.TXT`) would make two records that `validate` refuses: the later is refused, naming both.
 */
export async function loadTexts(paths: string[]): Promise<{ docs: Doc[]; errors: InputError[] }> {
  const docs: Doc[] = [];
  const errors: InputError[] = [];
  let files: string[];
  try {
    files = await expandInputs(paths, ['.txt']);
  } catch (e) {
    return { docs, errors: [{ file: paths.join(', '), line: 0, reason: (e as Error).message }] };
  }
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const read = await readRegularFile(file);
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const loaded = loadTextDocument(basename(file), read.bytes);
    if (!loaded.ok) {
      errors.push({ ...loaded.error, file });
      continue;
    }
    const taken = fileOf.get(loaded.doc.id);
    if (taken !== undefined) {
      errors.push({ file, line: 0, reason: `document id ${loaded.doc.id} is already given by ${taken}: rename one of the two files` });
      continue;
    }
    fileOf.set(loaded.doc.id, file);
    docs.push(loaded.doc);
  }
  return { docs, errors };
}
