import { Dexie } from 'dexie';
import { HISTORY_LIMIT, type History, type HistoryEntry } from '../../shared/model/history';
import { mapSelectionIds, rebaseStep, type IdMap } from '../../shared/model/rebase';
import { NO_SELECTION, type Selection } from '../../shared/model/selection';
import { createState, runStep, type AnnotationState, type Step } from '../../shared/model/state';
import type { AnnotationSet } from '../../shared/model/types';
import { stepYield } from '../../shared/model/yield';
import type { Schema } from '../../shared/schema/types';
import type { GloseDb, StoredHistoryEntry } from './database';
import { getStoredSet, putStoredSetChange, putStoredSets, setTables } from './set-table';
import { addStepYield } from './stats';
import { emptySet, stripStored } from './store';

/**
 * The stored state of one document and annotator: its set, its undo history and its revision. Every
 * change is a step of the pure state (shared/model/state.ts) replayed inside ONE read-write
 * transaction over the set, the tops of its history and the operation log: the step applies to what is stored now
 * (another window may have written since this one read), and the operation, its history entry, the
 * new set and what the step decided about suggestions (its yield, stats.ts) are committed together or
 * not at all.
 */

export interface StoredState {
  state: AnnotationState;
  revision: number;
}

const key = (docId: string, annotator: string): [string, string] => [docId, annotator];

async function historyRows(db: GloseDb, docId: string, annotator: string): Promise<StoredHistoryEntry[]> {
  const rows = await db.history.where('[docId+annotator]').equals(key(docId, annotator)).toArray();
  return rows.sort((a, b) => a.position - b.position);
}

function historyOf(rows: StoredHistoryEntry[]): History {
  return { done: rows.filter((r) => r.stack === 'done').map((r) => r.entry), undone: rows.filter((r) => r.stack === 'undone').map((r) => r.entry) };
}

/** The document's stored state with its whole history (an empty set when the annotator has none yet). */
export async function loadState(db: GloseDb, docId: string, annotator: string, schema: Schema, selection: Selection = NO_SELECTION): Promise<StoredState> {
  return db.transaction('r', [...setTables(db), db.history], async () => {
    const [stored, rows] = await Promise.all([getStoredSet(db, key(docId, annotator)), historyRows(db, docId, annotator)]);
    const set = stored ? stripStored(stored) : emptySet(docId, annotator, schema);
    return { state: createState(set, historyOf(rows), selection), revision: stored?.revision ?? 0 };
  });
}

/** The stored revision of a set (0 when there is none), read from the index alone: no annotation is read. */
export async function storedRevision(db: GloseDb, docId: string, annotator: string): Promise<number> {
  const keys = await db.annotationSets.where('[docId+annotator+revision]').between([docId, annotator, Dexie.minKey], [docId, annotator, Dexie.maxKey]).keys();
  return keys.length ? ((keys[0] as unknown as [string, string, number])[2] ?? 0) : 0;
}

/** The rows of one history stack of a document, in order (oldest first). */
function stackRows(db: GloseDb, docId: string, annotator: string, stack: 'done' | 'undone') {
  return db.history.where('[docId+annotator+stack+position]').between([docId, annotator, stack, Dexie.minKey], [docId, annotator, stack, Dexie.maxKey]);
}

/** The top entry of each stack (what undo and redo take), read without the rest of the history. */
async function tops(db: GloseDb, docId: string, annotator: string): Promise<{ done?: StoredHistoryEntry; undone?: StoredHistoryEntry }> {
  const [done, undone] = await Promise.all([stackRows(db, docId, annotator, 'done').last(), stackRows(db, docId, annotator, 'undone').last()]);
  return { done, undone };
}

/**
 * Mirrors on the stored stacks what the pure step did to the history: a new entry on top of `done`
 * (the redo stack cleared, the oldest entries beyond the limit dropped), or the top entry moved from
 * one stack to the other. Only the rows at the tops are read or written.
 */
async function writeStep(
  db: GloseDb,
  docId: string,
  annotator: string,
  kind: Step['kind'],
  top: Awaited<ReturnType<typeof tops>>,
  entry: HistoryEntry,
): Promise<void> {
  const position = Math.max(top.done?.position ?? 0, top.undone?.position ?? 0) + 1;
  if (kind === 'apply') {
    await stackRows(db, docId, annotator, 'undone').delete();
    const count = await stackRows(db, docId, annotator, 'done').count();
    if (count >= HISTORY_LIMIT)
      await db.history.bulkDelete(
        await stackRows(db, docId, annotator, 'done')
          .limit(count - HISTORY_LIMIT + 1)
          .primaryKeys(),
      );
    await db.history.add({ docId, annotator, stack: 'done', position, entry });
    return;
  }
  const from = kind === 'undo' ? top.done! : top.undone!;
  await db.history.delete(from.id!);
  await db.history.add({ docId, annotator, stack: kind === 'undo' ? 'undone' : 'done', position, entry });
}

export type CommitOutcome = {
  ok: true;
  /** The set as stored now. */
  set: AnnotationSet;
  revision: number;
  /** The entries now at the tops of the stacks (what the next undo or redo would take). */
  top: { done?: HistoryEntry; undone?: HistoryEntry };
  /** The stored id of each annotation the step created (window id → stored id, see rebase.ts). */
  created?: Map<string, string>;
};

/** A window's copy of a set and the revision it was stored at: what it believes is stored now. */
export interface KnownStored {
  set: AnnotationSet;
  revision: number;
}

/** The stored set and its revision; `known` stands for it when the stored revision is still its own (reading a large set costs more than its revision). */
async function currentSet(db: GloseDb, docId: string, annotator: string, schema: Schema, known: KnownStored | undefined): Promise<KnownStored> {
  if (known && (await storedRevision(db, docId, annotator)) === known.revision) return known;
  const stored = await getStoredSet(db, key(docId, annotator));
  return { set: stored ? stripStored(stored) : emptySet(docId, annotator, schema), revision: stored?.revision ?? 0 };
}

/**
 * Applies a step to the stored state in one transaction; refused steps store nothing. The step may be
 * computed from the stored state (a merge of suggestions), null meaning there is nothing to do; that
 * state's history holds only the tops of the stacks, which is all a step reads. A step made from a
 * window's own copy is rebased on what is stored (rebase.ts): `known` holds the ids that window's
 * earlier steps were given; `copy`, that window's set before the step with the revision it expects
 * stored, is used instead of reading the set when nobody else wrote since.
 */
export async function commitStep(
  db: GloseDb,
  set: Pick<AnnotationSet, 'docId' | 'annotator'>,
  schema: Schema,
  step: Step | ((state: AnnotationState) => Step | null),
  selection: Selection = NO_SELECTION,
  known: IdMap = new Map(),
  copy?: KnownStored,
): Promise<CommitOutcome | { ok: false; reason: string }> {
  const { docId, annotator } = set;
  return db.transaction('rw', [...setTables(db), db.history, db.operations, db.stats], async () => {
    const [{ set: current, revision }, top] = await Promise.all([currentSet(db, docId, annotator, schema, copy), tops(db, docId, annotator)]);
    const history = { done: top.done ? [top.done.entry] : [], undone: top.undone ? [top.undone.entry] : [] };
    const state = createState(
      current,
      history,
      mapSelectionIds(selection, (id) => known.get(id) ?? id),
    );
    const unchanged = { ok: true as const, set: current, revision, top: { done: top.done?.entry, undone: top.undone?.entry } };
    const { step: wanted, created } = typeof step === 'function' ? { step: step(state), created: undefined } : rebaseStep(current, step, known);
    if (!wanted) return unchanged;
    const result = runStep(state, wanted);
    if (!result.ok) return { ok: false, reason: result.reason };
    if (!result.applied) return unchanged;
    const at = Date.now();
    await putStoredSetChange(db, current, { ...result.state.set, updatedAt: at, revision: revision + 1 });
    await db.operations.add({ id: crypto.randomUUID(), docId, annotator, operation: result.applied, at });
    const moved = wanted.kind === 'undo' ? result.state.history.undone.at(-1)! : result.state.history.done.at(-1)!;
    await writeStep(db, docId, annotator, wanted.kind, top, moved);
    await addStepYield(db, set, stepYield(current, result.state.set, wanted.kind));
    const after = await tops(db, docId, annotator);
    return { ok: true, set: result.state.set, revision: revision + 1, top: { done: after.done?.entry, undone: after.undone?.entry }, created };
  });
}

/** Sets that replace what was stored (an import): their history no longer applies and is dropped. Bulk requests: one slice of an import is a few of them. */
export async function replaceSets(db: GloseDb, sets: AnnotationSet[]): Promise<void> {
  await db.transaction('rw', [...setTables(db), db.history], async () => {
    const at = Date.now();
    const keys = sets.map((set) => key(set.docId, set.annotator));
    // The heads alone: the revisions are all that is read of what is replaced.
    const previous = await db.annotationSets.bulkGet(keys);
    await db.history.where('[docId+annotator]').anyOf(keys).delete();
    await putStoredSets(
      db,
      sets.map((set, i) => ({ ...stripStored(set), updatedAt: at, revision: (previous[i]?.revision ?? 0) + 1 })),
    );
  });
}
