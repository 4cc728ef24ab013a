import type { Collection, IndexableTypeArrayReadonly } from 'dexie';
import type { GloseDb, SetContents, SetHead, StoredSet } from './database';

/**
 * A stored set is two records under one key: its head in `annotationSets` (docId, annotator, status,
 * schema, revision, updatedAt: what the indexes read) and its mentions and events in `setContents`,
 * keyed out of line and without indexes. Chromium clones a record to read its keys when its store has an
 * inline key or an index: writing a 5 000-mention set cost ~10 ms of main thread that way and ~3 ms in a
 * store with neither (measured in Chromium on this machine), and every step writes its set, a
 * pre-annotated 5 MB article's 148 000 suggestions once per slice. Every read and write of a whole set
 * goes through here; a transaction that touches sets names both tables (`setTables`).
 */

export type SetKey = [string, string];

export const setKey = (set: { docId: string; annotator: string }): SetKey => [set.docId, set.annotator];

/** The tables a transaction over stored sets must hold. */
export const setTables = (db: GloseDb) => [db.annotationSets, db.setContents];

function headOf(set: StoredSet): SetHead {
  const { docId, annotator, status, schema, updatedAt, revision } = set;
  return { docId, annotator, status, schema, updatedAt, revision };
}

const joined = (head: SetHead, contents: SetContents | undefined): StoredSet => ({
  ...head,
  entities: contents?.entities ?? [],
  events: contents?.events ?? [],
});

/** Stores whole sets: heads and annotations together, in the caller's transaction when there is one. */
export async function putStoredSets(db: GloseDb, sets: StoredSet[]): Promise<void> {
  await db.transaction('rw', setTables(db), async () => {
    await db.annotationSets.bulkPut(sets.map(headOf));
    // Dexie's types leave out compound keys given out of line, which IndexedDB takes.
    await db.setContents.bulkPut(
      sets.map((s) => ({ entities: s.entities, events: s.events })),
      sets.map(setKey) as unknown as IndexableTypeArrayReadonly,
    );
  });
}

export function putStoredSet(db: GloseDb, set: StoredSet): Promise<void> {
  return putStoredSets(db, [set]);
}

/** Whole sets for these heads, in their order. */
export async function withContents(db: GloseDb, heads: SetHead[]): Promise<StoredSet[]> {
  if (!heads.length) return [];
  const contents = await db.setContents.bulkGet(heads.map(setKey));
  return heads.map((head, i) => joined(head, contents[i]));
}

export async function getStoredSet(db: GloseDb, key: SetKey): Promise<StoredSet | undefined> {
  return db.transaction('r', setTables(db), async () => {
    const head = await db.annotationSets.get(key);
    return head && joined(head, await db.setContents.get(key));
  });
}

/** Whole sets for these keys (undefined where none is stored), in their order. */
export async function getStoredSets(db: GloseDb, keys: SetKey[]): Promise<Array<StoredSet | undefined>> {
  return db.transaction('r', setTables(db), async () => {
    const [heads, contents] = await Promise.all([db.annotationSets.bulkGet(keys), db.setContents.bulkGet(keys)]);
    return heads.map((head, i) => head && joined(head, contents[i]));
  });
}

/** The whole sets a query over the heads finds. */
export async function storedSetsWhere(db: GloseDb, heads: Collection<SetHead, SetKey>): Promise<StoredSet[]> {
  return db.transaction('r', setTables(db), async () => withContents(db, await heads.toArray()));
}

/** Removes the sets a query over the heads finds, their annotations with them; returns how many. */
export async function deleteStoredSetsWhere(db: GloseDb, heads: Collection<SetHead, SetKey>): Promise<number> {
  return db.transaction('rw', setTables(db), async () => {
    const keys = (await heads.primaryKeys()) as SetKey[];
    await db.setContents.bulkDelete(keys);
    await db.annotationSets.bulkDelete(keys);
    return keys.length;
  });
}
