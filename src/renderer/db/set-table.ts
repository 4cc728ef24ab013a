import { Dexie, type Collection, type IndexableTypeArrayReadonly } from 'dexie';
import { setCounts } from '../../shared/model/suggestions';
import type { AnnotationSet } from '../../shared/model/types';
import type { GloseDb, SetHead, StoredSet } from './database';
import { chunkChanges, manifestOf, type ChunkChanges, type Kind } from './set-chunks';

/**
 * A stored set is its head in `annotationSets` (docId, annotator, status, schema, revision, updatedAt
 * and the names of its chunks: what the indexes and lists read) and its mentions and events in
 * `setChunks` (set-chunks.ts), keyed out of line and without indexes. Chromium clones a record to read
 * its keys when its store has an inline key or an index: writing a 5 000-mention set cost ~11 ms of
 * main thread that way, ~3 ms in a store with neither (measured in Chromium on this machine); and a
 * step rewrites only the chunks it changed, not the whole set. Every read and write of a whole set goes
 * through here; a transaction that touches sets names both tables (`setTables`).
 */

export type SetKey = [string, string];

export const setKey = (set: { docId: string; annotator: string }): SetKey => [set.docId, set.annotator];

/** The tables a transaction over stored sets must hold. */
export const setTables = (db: GloseDb) => [db.annotationSets, db.setChunks];

type ChunkKey = [string, string, Kind, string];

// Dexie's types leave out compound keys given out of line, which IndexedDB takes.
const keys = (list: ChunkKey[]) => list as unknown as IndexableTypeArrayReadonly;

/** Every chunk row of one set: its keys start with the set's. */
const chunksOfSet = (db: GloseDb, [docId, annotator]: SetKey) => db.setChunks.where(':id').between([docId, annotator], [docId, annotator, Dexie.maxKey]);

/** The record the indexes and the corpus list read of a set. */
export function headOf(set: StoredSet): SetHead {
  const { docId, annotator, status, schema, updatedAt, revision } = set;
  return { docId, annotator, status, schema, updatedAt, revision, chunks: manifestOf(set), counts: setCounts(set) };
}

async function writeChunks(db: GloseDb, key: SetKey, changes: ChunkChanges): Promise<void> {
  await db.setChunks.bulkPut(
    changes.put.map(({ chunk }) => ({ items: chunk.items })),
    keys(changes.put.map(({ kind, chunk }) => [...key, kind, chunk.id])),
  );
  if (changes.deleted.length) await db.setChunks.bulkDelete(keys(changes.deleted.map(({ kind, id }) => [...key, kind, id])) as never);
}

/** Stores whole sets in place of whatever was stored under their keys, in the caller's transaction when there is one. */
export async function putStoredSets(db: GloseDb, sets: StoredSet[]): Promise<void> {
  await db.transaction('rw', setTables(db), async () => {
    for (const set of sets) {
      await chunksOfSet(db, setKey(set)).delete();
      await writeChunks(db, setKey(set), chunkChanges(undefined, set));
    }
    await db.annotationSets.bulkPut(sets.map(headOf));
  });
}

/** Stores `after` where `before` is stored now, rewriting only the chunks that differ. */
export async function putStoredSetChange(db: GloseDb, before: Pick<AnnotationSet, Kind>, after: StoredSet): Promise<void> {
  await db.transaction('rw', setTables(db), async () => {
    await writeChunks(db, setKey(after), chunkChanges(before, after));
    await db.annotationSets.put(headOf(after));
  });
}

/** A whole set from its head and its chunk rows, in the head's order. */
async function assembled(db: GloseDb, head: SetHead): Promise<StoredSet> {
  const rows = chunksOfSet(db, setKey(head));
  const [values, rowKeys] = await Promise.all([rows.toArray(), rows.primaryKeys()]);
  const byName = new Map(rowKeys.map((k, i) => [`${(k as ChunkKey)[2]}\u0000${(k as ChunkKey)[3]}`, values[i].items]));
  const items = (kind: Kind) => head.chunks[kind].flatMap((id) => byName.get(`${kind}\u0000${id}`) ?? []);
  const { chunks: _manifest, counts: _counts, ...fields } = head;
  return { ...fields, entities: items('entities') as StoredSet['entities'], events: items('events') as StoredSet['events'] };
}

/** Whole sets for these heads, in their order. */
export async function withContents(db: GloseDb, heads: SetHead[]): Promise<StoredSet[]> {
  return Promise.all(heads.map((head) => assembled(db, head)));
}

export async function getStoredSet(db: GloseDb, key: SetKey): Promise<StoredSet | undefined> {
  return db.transaction('r', setTables(db), async () => {
    const head = await db.annotationSets.get(key);
    return head && assembled(db, head);
  });
}

/** The whole sets a query over the heads finds. */
export async function storedSetsWhere(db: GloseDb, heads: Collection<SetHead, SetKey>): Promise<StoredSet[]> {
  return db.transaction('r', setTables(db), async () => withContents(db, await heads.toArray()));
}

/** Removes the sets a query over the heads finds, their chunks with them; returns how many. */
export async function deleteStoredSetsWhere(db: GloseDb, heads: Collection<SetHead, SetKey>): Promise<number> {
  return db.transaction('rw', setTables(db), async () => {
    const found = (await heads.primaryKeys()) as SetKey[];
    for (const key of found) await chunksOfSet(db, key).delete();
    await db.annotationSets.bulkDelete(found);
    return found.length;
  });
}
