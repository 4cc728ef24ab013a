import { partsToRecord, type AnnotationSet, type Doc, type GoldRecord } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';
import { schemaRef } from '../../shared/schema/types';
import type { GloseDb, StoredSet } from './database';
import { getStoredSet, storedSetsWhere } from './set-table';

/**
 * Reads and writes of the database, in the shapes the UI needs. Every write happens in a Dexie
 * transaction, and callers show "saved" only after the returned promise resolves.
 */

export const ANNOTATOR_KEY = 'annotator';

export async function getSetting<T>(db: GloseDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(db: GloseDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

const SEEDED_KEY = 'seeded';

/**
 * Loads the seeds on the first start (a database that never had them, and has no document). Said in
 * the settings, so that a user who removed every document does not get the seeds back at the next start.
 * Returns how many were loaded.
 */
export async function ensureSeeded(db: GloseDb, seeds: () => Doc[]): Promise<number> {
  return db.transaction('rw', db.documents, db.settings, async () => {
    if (await db.settings.get(SEEDED_KEY)) return 0;
    await db.settings.put({ key: SEEDED_KEY, value: true });
    if ((await db.documents.count()) > 0) return 0;
    const docs = seeds();
    await db.documents.bulkPut(docs);
    return docs.length;
  });
}

export function emptySet(docId: string, annotator: string, schema: Schema): AnnotationSet {
  return { docId, annotator, status: 'new', schema: schemaRef(schema), entities: [], events: [] };
}

export async function getSet(db: GloseDb, docId: string, annotator: string): Promise<StoredSet | undefined> {
  return getStoredSet(db, [docId, annotator]);
}

/** Drops the storage-only field so that what leaves the store is a plain domain set. */
export function stripStored(set: AnnotationSet | StoredSet): AnnotationSet {
  const { docId, annotator, status, schema, entities, events } = set;
  return { docId, annotator, status, schema, entities, events };
}

export function titleOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

/** The set to show for a document: the annotator's own, else the most recently changed. */
export function preferredSet<S extends Pick<StoredSet, 'annotator' | 'updatedAt'>>(sets: S[], annotator: string): S | undefined {
  return sets.find((s) => s.annotator === annotator) ?? [...sets].sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export async function setsOfDocument(db: GloseDb, docId: string): Promise<StoredSet[]> {
  return storedSetsWhere(db, db.annotationSets.where('docId').equals(docId));
}

/** Everyone who has a stored set, sorted. */
export async function annotatorsOf(db: GloseDb): Promise<string[]> {
  return ((await db.annotationSets.orderBy('annotator').uniqueKeys()) as string[]).sort();
}

/** Every stored set as a gold record, ordered by document then annotator (stable exports). */
export async function allRecords(db: GloseDb): Promise<GoldRecord[]> {
  const [docs, sets] = await Promise.all([db.documents.toArray(), storedSetsWhere(db, db.annotationSets.toCollection())]);
  const docById = new Map(docs.map((d) => [d.id, d]));
  return sets
    .filter((s) => docById.has(s.docId))
    .sort((a, b) => a.docId.localeCompare(b.docId) || a.annotator.localeCompare(b.annotator))
    .map((s) => partsToRecord(docById.get(s.docId)!, stripStored(s)));
}
