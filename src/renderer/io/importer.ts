import type { Doc, GoldRecord } from '../../shared/model/types';
import { recordToParts } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';
import type { PickedFile } from '../../shared/platform';
import { figuresFromMeta } from '../../shared/model/work-figures';
import { replaceSets } from '../db/annotation-store';
import type { GloseDb } from '../db/database';
import { setTables } from '../db/set-table';
import { putFigures } from '../db/stats';
import { parseFiles, type FilePlan } from './import-parse';

export { importExtensions, type FilePlan } from './import-parse';

/** Records per slice of a store: one slice is a few bulk requests, a short task on the page's thread. */
export const STORE_SLICE = 200;

/** Thrown inside a store's transaction to abort it: nothing of that store is kept. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/**
 * A plan checked against the database: a record for a stored document must carry exactly that
 * document's text (its annotations index into it). Stores nothing.
 */
export async function checkAgainstStore(db: GloseDb, plan: FilePlan): Promise<FilePlan> {
  const records: GoldRecord[] = [];
  const errors = [...plan.errors];
  for (let i = 0; i < plan.records.length; i += STORE_SLICE) {
    const slice = plan.records.slice(i, i + STORE_SLICE);
    const stored = await db.documents.bulkGet(slice.map((r) => r.id));
    slice.forEach((record, k) => {
      const doc = stored[k];
      if (doc && doc.text !== record.text)
        errors.push({ file: plan.file, line: 0, reason: `document ${record.id}: its text differs from the stored document ${record.id}` });
      else records.push(record);
    });
  }
  return { ...plan, records, errors };
}

/** Parses the picked files and checks them against the database, on this thread (tests; the app parses in a worker). */
export async function planImport(db: GloseDb, files: PickedFile[], schema: Schema): Promise<FilePlan[]> {
  const plans: FilePlan[] = [];
  for (const plan of parseFiles(files, schema)) plans.push(await checkAgainstStore(db, plan));
  return refuseDifferingTexts(plans);
}

/**
 * A document whose text differs between the files of one pick (several annotators' exports) is refused
 * in every file that carries it: which text is right cannot be told, and offsets index into it.
 */
export function refuseDifferingTexts(plans: FilePlan[]): FilePlan[] {
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

export interface StoreOptions {
  /** Records stored so far (of this call). */
  onProgress?: (stored: number) => void;
  /** Asked between slices: true aborts the transaction, and nothing of this call is stored. */
  cancelled?: () => boolean;
}

/**
 * Stores records in ONE transaction, in slices (so that the page keeps answering): new documents are
 * added, a set replaces the same annotator's set (and its undo history, which no longer applies). Work
 * figures in a record's meta are that annotator's: they go to the stats table (replacing what was
 * counted for that set) rather than to the document, whose meta every annotator's record shares.
 * All or nothing: a refusal of storage, or a cancel, leaves what was stored as it was.
 */
export async function storeRecords(db: GloseDb, records: GoldRecord[], options: StoreOptions = {}): Promise<void> {
  await db.transaction('rw', [db.documents, ...setTables(db), db.history, db.stats], async () => {
    const added = new Set<string>();
    for (let i = 0; i < records.length; i += STORE_SLICE) {
      if (options.cancelled?.()) throw new ImportCancelled();
      const parts = records.slice(i, i + STORE_SLICE).map((record) => {
        const read = figuresFromMeta(record.meta);
        return { ...recordToParts(read ? { ...record, meta: read.meta } : record), figures: read?.figures };
      });
      const fresh: Doc[] = [];
      for (const { doc } of parts) {
        if (added.has(doc.id)) continue;
        added.add(doc.id);
        fresh.push(doc);
      }
      const stored = await db.documents.bulkGet(fresh.map((d) => d.id));
      await db.documents.bulkAdd(fresh.filter((_, k) => !stored[k]));
      await replaceSets(
        db,
        parts.map((p) => p.set),
      );
      for (const { set, figures } of parts) if (figures) await putFigures(db, set, figures);
      options.onProgress?.(Math.min(records.length, i + STORE_SLICE));
    }
    if (options.cancelled?.()) throw new ImportCancelled();
  });
}
