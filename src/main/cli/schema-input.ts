import { basename, extname } from 'node:path';
import { bratConfToSchema } from '../../shared/formats/brat-conf';
import { importSchemaJson } from '../../shared/formats/schema-json';
import type { InputError } from '../../shared/model/types';
import { frConflictNews, type Schema } from '../../shared/schema';
import { readInputFile } from './read-input';

export type SchemaRead = { schema: Schema; warnings: string[] } | { errors: InputError[]; warnings: string[] };

/** A schema file: the app's schema JSON, or brat's annotation.conf (`.conf`), with what it could not carry. */
export async function readSchemaFile(path: string, asConf = path.toLowerCase().endsWith('.conf')): Promise<SchemaRead> {
  const read = await readInputFile(path);
  if (!read.ok) return { errors: [read.error], warnings: [] };
  if (asConf) {
    const conf = bratConfToSchema(read.file.content, path, { name: basename(path, extname(path)) });
    return conf.schema && conf.errors.length === 0 ? { schema: conf.schema, warnings: conf.warnings } : { errors: conf.errors, warnings: conf.warnings };
  }
  const json = importSchemaJson(read.file.content, path);
  return 'schema' in json ? { schema: json.schema, warnings: [] } : { errors: json.errors, warnings: [] };
}

/** `--schema`: a schema file, or the default schema when none is given. */
export async function schemaOption(path: string | undefined): Promise<SchemaRead> {
  return path ? readSchemaFile(path) : { schema: frConflictNews, warnings: [] };
}
