import type { GoldRecord, InputError } from '../../shared/model/types';
import { recordToParts } from '../../shared/model/types';
import { detectFormat, formats, type Format } from '../../shared/formats/registry';
import type { Schema } from '../../shared/schema/types';
import type { PickedFile } from '../../shared/platform';
import { figuresFromMeta } from '../../shared/model/work-figures';
import { replaceSets } from '../db/annotation-store';
import type { GloseDb } from '../db/database';
import { inputFileFromBytes, type InputFile } from '../../shared/formats/files';
import { putFigures } from '../db/stats';

/** What one imported file would add, and what is wrong with it. */
export interface FilePlan {
  file: string;
  records: GoldRecord[];
  errors: InputError[];
  warnings: string[];
}

/** Extensions some format can import, for the file picker. */
export function importExtensions(): string[] {
  return [...new Set(formats.filter((f) => f.importFiles).flatMap((f) => f.extensions))];
}

const hasExt = (name: string, exts: string[]) => exts.some((ext) => name.toLowerCase().endsWith(ext));

const SCHEMA_EXTENSIONS = ['.conf'];

/** Schemas are not annotations: say where they are imported instead. */
function schemaFileNote(name: string): string | undefined {
  return hasExt(name, SCHEMA_EXTENSIONS) ? 'a brat annotation.conf is a schema: import it from the Schema screen' : undefined;
}

/**
 * The format of one picked file: several formats share `.jsonl` (gold, doccano, spaCy), so those are told
 * apart by their first line; other files by their extension.
 */
function formatOf(file: PickedFile, importers: Format[]): Format | undefined {
  const decoded = inputFileFromBytes(file.name, file.bytes);
  const detected = decoded.ok ? detectFormat(decoded.file) : undefined;
  return detected?.importFiles ? detected : importers.find((f) => hasExt(file.name, f.extensions));
}

/**
 * Groups picked files by the format that reads them (see formatOf), except that a pick holding brat `.ann` files goes to the first folder format that reads `.ann`
 * (its `.txt` and `.ann` files must be read together).
 */
function groupByFormat(files: PickedFile[]): { format: Format | undefined; files: PickedFile[] }[] {
  const importers = formats.filter((f) => f.importFiles);
  const paired = files.some((f) => hasExt(f.name, ['.ann'])) ? importers.find((f) => f.folder && f.extensions.includes('.ann')) : undefined;
  const groups = new Map<Format | undefined, PickedFile[]>();
  for (const file of files) {
    // A brat folder's annotation.conf is its schema, read in the Schema screen (see schemaFileNote).
    if (paired && hasExt(file.name, SCHEMA_EXTENSIONS)) continue;
    const format = paired && hasExt(file.name, paired.extensions) ? paired : formatOf(file, importers);
    groups.set(format, [...(groups.get(format) ?? []), file]);
  }
  return [...groups].map(([format, group]) => ({ format, files: group }));
}

/** Parses one file (or, for a paired format, a group of files read together) with its format. */
function readGroup(format: Format | undefined, files: PickedFile[], schema: Schema): FilePlan {
  const file = files.map((f) => f.name).join(', ');
  if (!format?.importFiles)
    return {
      file,
      records: [],
      errors: files.map((f) => ({ file: f.name, line: 0, reason: schemaFileNote(f.name) ?? 'no format imports files with this extension' })),
      warnings: [],
    };
  // The CLI's decoder: the same refusals, and brat gets to know of a byte-order mark (it counts in its offsets).
  const inputs: InputFile[] = [];
  const errors: InputError[] = [];
  for (const f of files) {
    const decoded = inputFileFromBytes(f.name, f.bytes);
    if (decoded.ok) inputs.push(decoded.file);
    else errors.push(decoded.error);
  }
  // validOnly: the valid records come back with the errors; whether they are stored is the user's choice.
  const result = format.importFiles(inputs, schema, { validOnly: true });
  return { file, records: result.records, errors: [...errors, ...result.errors], warnings: result.warnings };
}

/**
 * Parses the picked files with the format their extensions name and checks them against the database:
 * a record for a stored document must carry exactly that document's text. Stores nothing.
 * One plan per file, except for formats whose files are read together (one plan for the group).
 */
export async function planImport(db: GloseDb, files: PickedFile[], schema: Schema): Promise<FilePlan[]> {
  const plans: FilePlan[] = [];
  const skipped = files.some((f) => hasExt(f.name, ['.ann'])) ? files.filter((f) => hasExt(f.name, SCHEMA_EXTENSIONS)) : [];
  for (const f of skipped)
    plans.push({ file: f.name, records: [], errors: [], warnings: [`not read with the annotations; to use its labels, import it from the Schema screen`] });
  for (const group of groupByFormat(files)) {
    const together = group.format?.folder ? [group.files] : group.files.map((f) => [f]);
    for (const pick of together) {
      const plan = readGroup(group.format, pick, schema);
      const records: GoldRecord[] = [];
      for (const record of plan.records) {
        const stored = await db.documents.get(record.id);
        if (stored && stored.text !== record.text) {
          plan.errors.push({ file: plan.file, line: 0, reason: `document ${record.id}: its text differs from the stored document ${record.id}` });
        } else records.push(record);
      }
      plans.push({ ...plan, records });
    }
  }
  return refuseDifferingTexts(plans);
}

/**
 * A document whose text differs between the files of one pick (several annotators' exports) is refused
 * in every file that carries it: which text is right cannot be told, and offsets index into it.
 */
function refuseDifferingTexts(plans: FilePlan[]): FilePlan[] {
  const texts = new Map<string, Map<string, string[]>>();
  for (const p of plans)
    for (const r of p.records) {
      const byText = texts.get(r.id) ?? new Map<string, string[]>();
      texts.set(r.id, byText.set(r.text, [...new Set([...(byText.get(r.text) ?? []), p.file])]));
    }
  const differing = new Map([...texts].filter(([, byText]) => byText.size > 1).map(([id, byText]) => [id, [...new Set([...byText.values()].flat())]]));
  if (!differing.size) return plans;
  return plans.map((p) => {
    const refused = [...new Set(p.records.filter((r) => differing.has(r.id)).map((r) => r.id))];
    if (!refused.length) return p;
    const errors = refused.map((id) => ({ file: p.file, line: 0, reason: `document ${id}: its text differs between ${differing.get(id)!.join(', ')}` }));
    return { ...p, records: p.records.filter((r) => !differing.has(r.id)), errors: [...p.errors, ...errors] };
  });
}

/**
 * Stores records in one transaction: new documents are added, a set replaces the same annotator's set
 * (and its undo history, which no longer applies). Work figures in a record's meta are that
 * annotator's: they go to the stats table (replacing what was counted for that set) rather than to the
 * document, whose meta every annotator's record shares.
 */
export async function storeRecords(db: GloseDb, records: GoldRecord[]): Promise<void> {
  await db.transaction('rw', [db.documents, db.annotationSets, db.history, db.stats], async () => {
    const parts = records.map((record) => {
      const read = figuresFromMeta(record.meta);
      return { ...recordToParts(read ? { ...record, meta: read.meta } : record), figures: read?.figures };
    });
    for (const { doc } of parts) if (!(await db.documents.get(doc.id))) await db.documents.put(doc);
    await replaceSets(
      db,
      parts.map((p) => p.set),
    );
    for (const { set, figures } of parts) if (figures) await putFigures(db, set, figures);
  });
}
