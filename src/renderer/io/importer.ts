import type { GoldRecord, InputError } from '../../shared/model/types';
import { recordToParts } from '../../shared/model/types';
import { formats } from '../../shared/formats/registry';
import type { Schema } from '../../shared/schema/types';
import type { PickedFile } from '../../shared/platform';
import type { GloseDb } from '../db/database';
import { decodeUtf8 } from '../../shared/text/load';

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

function formatFor(name: string) {
  const lower = name.toLowerCase();
  return formats.find((f) => f.importFiles && f.extensions.some((ext) => lower.endsWith(ext)));
}

/**
 * Parses each picked file with the format its extension names and checks it against the database:
 * a record for a stored document must carry exactly that document's text. Stores nothing.
 */
export async function planImport(db: GloseDb, files: PickedFile[], schema: Schema): Promise<FilePlan[]> {
  const plans: FilePlan[] = [];
  for (const file of files) {
    const format = formatFor(file.name);
    const decoded = decodeUtf8(file.bytes, file.name);
    if (!format?.importFiles) {
      plans.push({ file: file.name, records: [], errors: [{ file: file.name, line: 0, reason: 'no format imports files with this extension' }], warnings: [] });
      continue;
    }
    if (!decoded.ok) {
      plans.push({ file: file.name, records: [], errors: [decoded.error], warnings: [] });
      continue;
    }
    const result = format.importFiles([{ name: file.name, content: decoded.text }], schema);
    const errors = [...result.errors];
    const records: GoldRecord[] = [];
    for (const record of result.records) {
      const stored = await db.documents.get(record.id);
      if (stored && stored.text !== record.text) {
        errors.push({ file: file.name, line: 0, reason: `document ${record.id}: its text differs from the stored document ${record.id}` });
      } else records.push(record);
    }
    plans.push({ file: file.name, records, errors, warnings: result.warnings });
  }
  return plans;
}

/** Stores records in one transaction: new documents are added, a set replaces the same annotator's set. */
export async function storeRecords(db: GloseDb, records: GoldRecord[]): Promise<void> {
  await db.transaction('rw', db.documents, db.annotationSets, async () => {
    const now = Date.now();
    for (const record of records) {
      const { doc, set } = recordToParts(record);
      if (!(await db.documents.get(doc.id))) await db.documents.put(doc);
      await db.annotationSets.put({ ...set, updatedAt: now });
    }
  });
}
