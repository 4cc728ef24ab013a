import type { Doc, InputError } from '../../shared/model/types';
import type { PickedFile } from '../../shared/platform';
import { loadTextDocument } from '../../shared/text/load';
import type { GloseDb } from '../db/database';

export interface OpenResult {
  added: Doc[];
  /** Files whose document is already stored with the same text. */
  unchanged: string[];
  errors: InputError[];
}

/**
 * Adds picked `.txt` files as documents. A file whose id is already stored with another text is refused
 * (its annotations index into the stored text), never overwritten.
 */
export async function addTextFiles(db: GloseDb, files: PickedFile[]): Promise<OpenResult> {
  const result: OpenResult = { added: [], unchanged: [], errors: [] };
  const docs: Doc[] = [];
  for (const file of files) {
    const loaded = loadTextDocument(file.name, file.bytes);
    if (!loaded.ok) result.errors.push(loaded.error);
    else docs.push(loaded.doc);
  }
  await db.transaction('rw', db.documents, async () => {
    for (const doc of docs) {
      const stored = await db.documents.get(doc.id);
      if (!stored) {
        await db.documents.put(doc);
        result.added.push(doc);
      } else if (stored.text === doc.text) result.unchanged.push(doc.id);
      else result.errors.push({ file: doc.meta.source, line: 0, reason: `a different document ${doc.id} is already in the corpus` });
    }
  });
  return result;
}
