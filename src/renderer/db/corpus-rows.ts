import { Dexie, type IndexableType, type Table } from 'dexie';
import type { Doc, Status } from '../../shared/model/types';
import type { GloseDb, SetHead, StoredStats } from './database';
import type { Assignment } from '../../shared/sync/protocol';
import { deleteStoredSetsWhere, setKey, setTables } from './set-table';
import { getSetting, preferredSet, titleOf } from './store';

/** Where sync keeps the assignments it pulled (sync-store.ts). */
export const SYNC_ASSIGNMENTS_KEY = 'sync.assignments';

/** The set adjudication writes (issue 13): shown apart from the annotators'. */
export const GOLD = 'gold';

/** One row of the corpus list. */
export interface CorpusRow {
  doc: Doc;
  title: string;
  /** The set the row describes (its head: status and counts): the current annotator's if any, else the latest one. */
  set: SetHead | undefined;
  /** Everyone but gold who has a set for the document, by name, with how far they are. */
  annotators: { annotator: string; status: Status }[];
  /** The status of the gold set, null when there is none; `adjudicated` when adjudication is over. */
  gold: Status | null;
  /** Time and yield of the row's set (of the annotator, while they have none), when any were recorded. */
  stats: StoredStats | undefined;
  /** Who the team server assigned the document to (empty without a server). */
  assigned: string[];
}

/** Rows read per request: the browser reads each page back in a task of its own, so no task holds a whole large corpus. */
const PAGE = 250;

/** A whole table in primary-key order, read a page at a time. */
async function inPages<T, K extends IndexableType>(table: Table<T, K>, keyOf: (row: T) => K): Promise<T[]> {
  const all: T[] = [];
  for (let page = await table.limit(PAGE).toArray(); page.length > 0;) {
    all.push(...page);
    if (page.length < PAGE) break;
    page = await table
      .where(':id')
      .above(keyOf(page.at(-1)!))
      .limit(PAGE)
      .toArray();
  }
  return all;
}

/** Every document with its sets and figures (the list follows it through liveQuery). */
export async function corpusRows(db: GloseDb, annotator: string): Promise<CorpusRow[]> {
  const [docs, sets, stats, assignments] = await Promise.all([
    inPages(db.documents, (d) => d.id),
    inPages(db.annotationSets, setKey),
    db.stats.toArray(),
    getSetting<Assignment[]>(db, SYNC_ASSIGNMENTS_KEY),
  ]);
  const assignedTo = new Map<string, string[]>();
  for (const a of assignments ?? []) assignedTo.set(a.docId, [...(assignedTo.get(a.docId) ?? []), a.annotator].sort());
  const byDoc = new Map<string, SetHead[]>();
  for (const s of sets) byDoc.set(s.docId, [...(byDoc.get(s.docId) ?? []), s]);
  const statsOf = new Map(stats.map((s) => [`${s.docId}\u0000${s.annotator}`, s]));
  docs.sort((a, b) => a.id.localeCompare(b.id));
  return docs.map((doc) => {
    const mine = byDoc.get(doc.id) ?? [];
    const set = preferredSet(mine, annotator);
    return {
      doc,
      title: titleOf(doc.text),
      set,
      annotators: mine
        .filter((s) => s.annotator !== GOLD)
        .map((s) => ({ annotator: s.annotator, status: s.status }))
        .sort((a, b) => a.annotator.localeCompare(b.annotator)),
      gold: mine.find((s) => s.annotator === GOLD)?.status ?? null,
      stats: statsOf.get(`${doc.id}\u0000${set?.annotator ?? annotator}`),
      assigned: assignedTo.get(doc.id) ?? [],
    };
  });
}

/** What removing a document takes with it. */
export interface Removed {
  sets: number;
}

/**
 * Removes a document with everything that belongs to it — every annotator's set, their undo history,
 * their operation log and their work figures — in one transaction: all of it goes, or nothing.
 */
export async function removeDocument(db: GloseDb, docId: string): Promise<Removed | null> {
  return db.transaction('rw', [db.documents, ...setTables(db), db.history, db.operations, db.stats], async () => {
    if (!(await db.documents.get(docId))) return null;
    // Every annotator's rows of the document, whoever wrote them.
    const ofDoc = (table: typeof db.history | typeof db.operations) =>
      table.where('[docId+annotator]').between([docId, Dexie.minKey], [docId, Dexie.maxKey], true, true);
    const [sets] = await Promise.all([
      deleteStoredSetsWhere(db, db.annotationSets.where('docId').equals(docId)),
      db.documents.delete(docId),
      ofDoc(db.history).delete(),
      ofDoc(db.operations).delete(),
      db.stats.where('docId').equals(docId).delete(),
    ]);
    return { sets };
  });
}
