import type { InputError } from '../../shared/model/types';
import { formatById } from '../../shared/formats/registry';
import { outsideSchema } from '../../shared/formats/schema-json';
import { schemaRef } from '../../shared/schema';
import type { PlatformApi, PickedFile } from '../../shared/platform';
import type { ExportChoice } from '../components/export-dialog';
import type { GloseDb } from '../db/database';
import { readingSchema, type SchemaState } from '../db/schemas';
import { allRecords } from '../db/store';
import { buildExport, selectRecords } from '../io/exporter';
import { importExtensions, planImport, storeRecords, type FilePlan } from '../io/importer';
import { addTextFiles } from '../io/open-text';

export interface FileFeedback {
  notify(text: string): void;
  showErrors(title: string, errors: InputError[], importValid?: { count: number; run: () => Promise<void> }): void;
  /** Stored documents or sets changed: lists and the open document are read again. */
  stored(): void;
  /** Resolves once the open document's last operation is written. */
  flushed(): Promise<void>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Opening articles, importing and exporting annotations: what the File commands do. */
export function useFileCommands(db: GloseDb, platform: PlatformApi, schemas: SchemaState, feedback: FileFeedback) {
  const schema = schemas.active;

  async function addFiles(files: PickedFile[]) {
    if (!files.length) return;
    const result = await addTextFiles(db, files);
    feedback.notify(`Added ${plural(result.added.length, 'document')}${result.unchanged.length ? `, ${result.unchanged.length} already in the corpus` : ''}.`);
    feedback.showErrors('Some files could not be opened', result.errors);
    feedback.stored();
  }

  /** Warnings of files that were imported, and what in them the active schema does not define. */
  function importNotes(plans: FilePlan[]): InputError[] {
    return plans.flatMap((p) => [
      ...p.warnings.map((reason) => ({ file: p.file, line: 0, reason })),
      ...outsideSchema(p.records, schema).map((m) => ({ file: p.file, line: 0, reason: `not in ${schemaRef(schema)}, kept: ${m}` })),
    ]);
  }

  /** Stores the files without errors; for the others, shows their errors and offers their valid records. */
  async function importFiles() {
    const files = await platform.openFiles(importExtensions());
    if (!files.length) return;
    const plans = await planImport(db, files, readingSchema(schemas));
    const cleanPlans = plans.filter((p) => p.errors.length === 0);
    const clean = cleanPlans.flatMap((p) => p.records);
    const faulty = plans.filter((p) => p.errors.length > 0);
    await storeRecords(db, clean);
    feedback.notify(`Imported ${plural(clean.length, 'record')}${faulty.length ? `; ${plural(faulty.length, 'file')} with errors not imported` : ''}.`);
    feedback.stored();
    if (!faulty.length) return feedback.showErrors('Imported, with notes', importNotes(cleanPlans));
    const valid = faulty.flatMap((p) => p.records);
    feedback.showErrors(
      'Import: problems found',
      faulty.flatMap((p) => p.errors),
      {
        count: valid.length,
        run: async () => {
          await storeRecords(db, valid);
          feedback.notify(`Imported ${plural(clean.length + valid.length, 'record')}.`);
          feedback.stored();
        },
      },
    );
  }

  async function exportAs({ formatId, includePending, ...selection }: ExportChoice) {
    const format = formatById(formatId);
    if (!format) return;
    await feedback.flushed();
    const records = selectRecords(await allRecords(db), selection);
    if (!records.length) return feedback.notify('Nothing to export: no stored annotation set matches that choice.');
    const out = buildExport(records, format, schema, includePending);
    const outside = outsideSchema(records, schema);
    const notes = [...out.warnings, ...(outside.length ? [`Not in ${schemaRef(schema)}, exported as they are: ${outside.join('; ')}.`] : [])];
    if (await platform.saveFile(out.name, out.content)) feedback.notify(`Exported ${out.name}.${notes.length ? ' ' + notes.join(' ') : ''}`);
  }

  return {
    openTextFiles: async () => addFiles(await platform.openTextFiles()),
    openFolder: async () => addFiles(await platform.openFolder()),
    importFiles,
    exportAs,
  };
}
