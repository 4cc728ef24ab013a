import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bratConfToSchema } from '../../src/shared/formats/brat-conf';
import { inputFileFromBytes, type InputFile } from '../../src/shared/formats/files';
import type { Schema } from '../../src/shared/schema/types';

/** The real published files of test/fixtures/formats (see its README), read as the app and the CLI read them. */

export const FIXTURES = new URL('../fixtures/formats/', import.meta.url).pathname;

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

export function fixture(path: string, bytes = fixtureBytes(path)): InputFile {
  const read = inputFileFromBytes(path, bytes);
  if (!read.ok) throw new Error(`fixture ${path}: ${read.error.reason}`);
  return read.file;
}

/** Every file of a fixture folder whose name ends with one of `extensions`. */
export function fixtureFolder(folder: string, extensions: string[]): InputFile[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((n) => extensions.some((e) => n.endsWith(e)))
    .sort()
    .map((n) => fixture(`${folder}/${n}`));
}

/** A fixture's annotation.conf as a schema; throws on errors (the tests that need one expect it to read). */
export function fixtureSchema(path: string, name = 'brat'): Schema {
  const read = bratConfToSchema(fixture(path).content, path, { name });
  if (!read.schema) throw new Error(`${path}: ${read.errors.map((e) => `${e.line}: ${e.reason}`).join('; ')}`);
  return read.schema;
}

/** A schema of entity labels only, for files labelled by another project (CoNLL's PER/LOC/ORG/MISC…). */
export function labelSchema(...names: string[]): Schema {
  return {
    name: 'labels',
    version: 1,
    entities: names.map((name, i) => ({ name, description: '', color: '#336699', key: String.fromCharCode(97 + i) })),
    events: [],
    attributes: [],
  };
}
