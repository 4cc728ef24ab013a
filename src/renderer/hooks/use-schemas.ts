import { useEffect, useState } from 'react';
import type { InputError } from '../../shared/model/types';
import { frConflictNews, nextVersion, schemaRef, type Schema } from '../../shared/schema';
import { exportSchemaJson, importSchemaJson, outsideSchema } from '../../shared/formats/schema-json';
import { bratConfToSchema, schemaToBratConf } from '../../shared/formats/brat-conf';
import { decodeUtf8 } from '../../shared/text/load';
import type { PlatformApi, PickedFile } from '../../shared/platform';
import type { GloseDb } from '../db/database';
import { activateSchema, loadSchemas, type SchemaState } from '../db/schemas';
import { allRecords } from '../db/store';

interface Feedback {
  notify(text: string): void;
  showErrors(title: string, errors: InputError[]): void;
}

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

/**
 * The active schema and its versions, and what the settings screen does with them. `version` changes
 * when stored annotations change, so that the report of what the schema does not cover is recounted.
 */
export function useSchemas(db: GloseDb, platform: PlatformApi, feedback: Feedback, watching: boolean, version: number) {
  const [state, setState] = useState<SchemaState>({ active: frConflictNews, library: [frConflictNews] });
  const [mismatches, setMismatches] = useState<string[] | null>(null);

  useEffect(() => void loadSchemas(db, frConflictNews).then(setState), [db]);
  useEffect(() => {
    if (!watching) return;
    let live = true;
    setMismatches(null);
    void allRecords(db).then((records) => live && setMismatches(outsideSchema(records, state.active)));
    return () => {
      live = false;
    };
  }, [db, state.active, watching, version]);

  async function activate(schema: Schema, message: string) {
    setState(await activateSchema(db, state, schema));
    feedback.notify(message);
  }

  return {
    state,
    mismatches,
    save: (schema: Schema) => void activate(schema, `Saved ${schemaRef(schema)}; it is now the active schema.`),
    activate: (schema: Schema) => void activate(schema, `${schemaRef(schema)} is now the active schema.`),
    async importFile() {
      const [file] = await platform.openFiles(['.json', '.conf']);
      if (!file) return;
      const read = readSchemaFile(file, state.library);
      if ('errors' in read) return feedback.showErrors(`${file.name}: not a usable schema`, read.errors);
      await activate(read.schema, [`Imported ${schemaRef(read.schema)} from ${file.name}; it is now the active schema.`, ...read.warnings].join(' '));
    },
    async exportFile(kind: 'json' | 'conf') {
      const { active } = state;
      if (kind === 'json') {
        if (await platform.saveFile(`${active.name}@${active.version}.schema.json`, exportSchemaJson(active))) feedback.notify('Exported the schema as JSON.');
        return;
      }
      const conf = schemaToBratConf(active);
      if (await platform.saveFile('annotation.conf', conf.content)) feedback.notify(['Exported annotation.conf.', ...conf.warnings].join(' '));
    },
  };
}
