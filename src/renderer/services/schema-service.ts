import { bratConfToSchema, schemaToBratConf } from '../../shared/formats/brat-conf';
import { exportSchemaJson, importSchemaJson } from '../../shared/formats/schema-json';
import type { InputError } from '../../shared/model/types';
import type { PickedFile, PlatformApi } from '../../shared/platform';
import { SchemaIndex } from '../../shared/schema/lookup';
import { frConflictNews, nextVersion, schemaRef, type Schema } from '../../shared/schema';
import { decodeUtf8 } from '../../shared/text/load';
import type { GloseDb } from '../db/database';
import { activateSchema, loadSchemas, type SchemaState } from '../db/schemas';
import type { AppStore } from './app-store';

type ReadSchema = { schema: Schema; warnings: string[] } | { errors: InputError[] };

/** A picked schema file: brat's annotation.conf by its extension, else the app's JSON. */
function readSchemaFile(file: PickedFile, library: Schema[]): ReadSchema {
  const decoded = decodeUtf8(file.bytes, file.name);
  if (!decoded.ok) return { errors: [decoded.error] };
  if (file.name.toLowerCase().endsWith('.conf')) {
    const read = bratConfToSchema(decoded.text, file.name, { name: 'brat', version: nextVersion(library, 'brat') });
    return read.schema && !read.errors.length ? { schema: read.schema, warnings: read.warnings } : { errors: read.errors };
  }
  const read = importSchemaJson(decoded.text, file.name);
  if ('errors' in read) return read;
  // A different schema under a known name@version would make older records ambiguous: renumber it.
  const known = library.find((s) => schemaRef(s) === schemaRef(read.schema));
  if (known && JSON.stringify(known) !== JSON.stringify(read.schema)) {
    const version = nextVersion(library, read.schema.name);
    return { schema: { ...read.schema, version }, warnings: [`${schemaRef(known)} already exists with other content: imported as version ${version}`] };
  }
  return { schema: read.schema, warnings: [] };
}

/** The active schema and its versions, and what the settings screen does with them. */
export class SchemaService {
  constructor(
    private readonly db: GloseDb,
    private readonly platform: PlatformApi,
    private readonly app: AppStore,
  ) {}

  async load(): Promise<void> {
    this.publish(await loadSchemas(this.db, frConflictNews));
  }

  private publish(schemas: SchemaState): void {
    this.app.update({ schemas, schema: new SchemaIndex(schemas.active) });
  }

  async activate(schema: Schema, message = `${schemaRef(schema)} is now the active schema.`): Promise<void> {
    this.publish(await activateSchema(this.db, this.app.get().schemas, schema));
    this.app.update({ notice: message });
  }

  save(schema: Schema): Promise<void> {
    return this.activate(schema, `Saved ${schemaRef(schema)}; it is now the active schema.`);
  }

  async importFile(): Promise<void> {
    const [file] = await this.platform.openFiles(['.json', '.conf']);
    if (!file) return;
    const read = readSchemaFile(file, this.app.get().schemas.library);
    if ('errors' in read) return this.app.update({ dialog: { kind: 'errors', title: `${file.name}: not a usable schema`, errors: read.errors } });
    await this.activate(read.schema, [`Imported ${schemaRef(read.schema)} from ${file.name}; it is now the active schema.`, ...read.warnings].join(' '));
  }

  async exportFile(kind: 'json' | 'conf'): Promise<void> {
    const { active } = this.app.get().schemas;
    if (kind === 'json') {
      if (await this.platform.saveFile(`${active.name}@${active.version}.schema.json`, exportSchemaJson(active)))
        this.app.update({ notice: 'Exported the schema as JSON.' });
      return;
    }
    const conf = schemaToBratConf(active);
    if (await this.platform.saveFile('annotation.conf', conf.content)) this.app.update({ notice: ['Exported annotation.conf.', ...conf.warnings].join(' ') });
  }
}
