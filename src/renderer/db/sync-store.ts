import { applyOperation } from '../../shared/model/operations';
import type { AnnotationSet } from '../../shared/model/types';
import type { Assignment, PullResponse, ServerSet, SessionUser } from '../../shared/sync/protocol';
import type { GloseDb, LoggedOperation } from './database';
import { getStoredSet, putStoredSets, setTables } from './set-table';
import { SYNC_ASSIGNMENTS_KEY } from './corpus-rows';
import { getSetting, stripStored } from './store';

/**
 * What sync keeps in the local database, and how the server's sets land in it. No table of its own:
 * the operation log is already there, and "acknowledged" is a cursor into it — every operation up to
 * `pushed` (by local seq) has been answered by the server (committed, or refused and reported), so
 * the ones waiting are simply those above it. Pushes go in seq order, so the cursor never skips one.
 */

export const SYNC_KEYS = {
  server: 'sync.server',
  pushed: 'sync.pushed',
  cursor: 'sync.cursor',
  assignments: SYNC_ASSIGNMENTS_KEY,
} as const;

/** The server this database syncs with, and the session that signs its requests. */
export interface ServerConfig {
  url: string;
  project: string;
  user: SessionUser;
  token: string;
}

export const serverConfig = (db: GloseDb) => getSetting<ServerConfig>(db, SYNC_KEYS.server);
export const pushedSeq = async (db: GloseDb) => (await getSetting<number>(db, SYNC_KEYS.pushed)) ?? 0;
export const pullCursor = async (db: GloseDb) => (await getSetting<number>(db, SYNC_KEYS.cursor)) ?? 0;
export const assignments = async (db: GloseDb) => (await getSetting<Assignment[]>(db, SYNC_KEYS.assignments)) ?? [];

/** The local seq of the newest logged operation (0 for none). */
export async function lastLoggedSeq(db: GloseDb): Promise<number> {
  return (await db.operations.orderBy('seq').last())?.seq ?? 0;
}

/** Operations not yet answered by the server, oldest first. */
export function waitingOperations(db: GloseDb, after: number, limit: number): Promise<LoggedOperation[]> {
  return db.operations.where('seq').above(after).limit(limit).toArray();
}

export function waitingCount(db: GloseDb, after: number): Promise<number> {
  return db.operations.where('seq').above(after).count();
}

/** Starts syncing with a server: earlier local work stays local (it was never part of the project). */
export async function connect(db: GloseDb, config: ServerConfig): Promise<void> {
  await db.transaction('rw', db.settings, db.operations, async () => {
    const previous = await serverConfig(db);
    const sameProject = previous && previous.url === config.url && previous.project === config.project && previous.user.name === config.user.name;
    await db.settings.put({ key: SYNC_KEYS.server, value: config });
    if (sameProject) return;
    await db.settings.bulkPut([
      { key: SYNC_KEYS.pushed, value: await lastLoggedSeq(db) },
      { key: SYNC_KEYS.cursor, value: 0 },
      { key: SYNC_KEYS.assignments, value: [] },
    ]);
  });
}

export async function disconnect(db: GloseDb): Promise<void> {
  await db.settings.delete(SYNC_KEYS.server);
}

const sameSet = (a: AnnotationSet, b: AnnotationSet) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Makes the server's version of each set the stored one, with this database's operations that the
 * server has not answered yet applied on top (in their order): the server's order wins, nothing
 * typed meanwhile is lost, and an open editor follows through the set's revision (liveQuery).
 * Runs in one transaction with the operation log, so a step committed at the same time is either
 * in `waiting` or lands after.
 */
async function adoptSets(db: GloseDb, sets: ServerSet[], pushed: number): Promise<number> {
  let changed = 0;
  const at = Date.now();
  for (const { set } of sets) {
    const key: [string, string] = [set.docId, set.annotator];
    const waiting = (await db.operations.where('[docId+annotator]').equals(key).toArray()).filter((o) => o.seq! > pushed).sort((a, b) => a.seq! - b.seq!);
    let next: AnnotationSet = set;
    for (const o of waiting) {
      const applied = applyOperation(next, o.operation);
      if (applied.ok) next = applied.set;
    }
    const stored = await getStoredSet(db, key);
    if (stored && sameSet(stripStored(stored), stripStored(next))) continue;
    await putStoredSets(db, [{ ...stripStored(next), updatedAt: at, revision: (stored?.revision ?? 0) + 1 }]);
    changed++;
  }
  return changed;
}

/**
 * A push answered: the cursor moves past its operations and the sets that had one refused become the
 * server's (with what was logged since on top), together.
 */
export async function acknowledgePush(db: GloseDb, seq: number, sets: ServerSet[]): Promise<void> {
  await db.transaction('rw', [...setTables(db), db.operations, db.settings], async () => {
    const pushed = Math.max(seq, await pushedSeq(db));
    await db.settings.put({ key: SYNC_KEYS.pushed, value: pushed });
    await adoptSets(db, sets, pushed);
  });
}

/** One page of a pull, stored at once: its documents, assignments and sets, and the cursor after them. */
export async function storePull(db: GloseDb, page: PullResponse): Promise<{ sets: number; documents: number }> {
  return db.transaction('rw', [db.documents, ...setTables(db), db.operations, db.settings], async () => {
    const fresh = [];
    for (const doc of page.documents) {
      const local = await db.documents.get(doc.id);
      if (!local || local.text !== doc.text || JSON.stringify(local.meta) !== JSON.stringify(doc.meta)) fresh.push(doc);
    }
    await db.documents.bulkPut(fresh);
    if (page.assignments.length) {
      const known = await assignments(db);
      const have = new Set(known.map((a) => `${a.docId}\u0000${a.annotator}`));
      const added = page.assignments.filter((a) => !have.has(`${a.docId}\u0000${a.annotator}`));
      await db.settings.put({ key: SYNC_KEYS.assignments, value: [...known, ...added] });
    }
    const sets = await adoptSets(db, page.sets, await pushedSeq(db));
    await db.settings.put({ key: SYNC_KEYS.cursor, value: page.cursor });
    return { sets, documents: fresh.length };
  });
}
