import type { GoldRecord, InputError } from '../../shared/model/types';
import { detectFormat, formats, type Format } from '../../shared/formats/registry';
import type { Schema } from '../../shared/schema/types';
import type { PickedFile } from '../../shared/platform';
import { inputFileFromBytes, type InputFile } from '../../shared/formats/files';

/**
 * The pure half of an import: picked files parsed by the format that reads them, nothing looked up or
 * stored. It runs in the import worker (import.worker.ts), so it imports neither the database nor the DOM.
 */

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

/** One plan to make: the file (or files read together) it is named by, and the parse that makes it. */
export interface Pick {
  name: string;
  read: () => FilePlan;
}

/**
 * The plans a pick of files makes, not yet made: one per file, except for formats whose files are read
 * together (one plan for the group); a brat folder's annotation.conf gets a note. Lazy, so that the
 * import worker can say which file it is reading.
 */
export function picksOf(files: PickedFile[], schema: Schema): Pick[] {
  const skipped = files.some((f) => hasExt(f.name, ['.ann'])) ? files.filter((f) => hasExt(f.name, SCHEMA_EXTENSIONS)) : [];
  const notes = skipped.map((f) => ({
    name: f.name,
    read: (): FilePlan => ({
      file: f.name,
      records: [],
      errors: [],
      warnings: [`not read with the annotations; to use its labels, import it from the Schema screen`],
    }),
  }));
  const reads = groupByFormat(files).flatMap((group) =>
    (group.format?.folder ? [group.files] : group.files.map((f) => [f])).map((pick) => ({
      name: pick.map((f) => f.name).join(', '),
      read: () => readGroup(group.format, pick, schema),
    })),
  );
  return [...notes, ...reads];
}

/** Every plan of a pick, made at once (tests; the app makes them in the import worker). */
export function parseFiles(files: PickedFile[], schema: Schema): FilePlan[] {
  return picksOf(files, schema).map((p) => p.read());
}
