import type { History, HistoryEntry } from '../../shared/model/history';
import { mapSelectionIds, rebaseStep, type IdMap } from '../../shared/model/rebase';
import { NO_SELECTION, type Selection } from '../../shared/model/selection';
import { createState, runStep, type AnnotationState, type Step } from '../../shared/model/state';
import type { AnnotationSet } from '../../shared/model/types';
import { stepYield } from '../../shared/model/yield';
import type { Schema } from '../../shared/schema/types';
import type { GloseDb, StoredHistoryEntry, StoredSet } from './database';
import { addStepYield } from './stats';
import { emptySet, stripStored } from './store';

/**
 * The stored state of one document and annotator: its set, its undo history and its revision. Every
 * change is a step of the pure state (shared/model/state.ts) replayed inside ONE read-write
 * transaction over the set, its history and the operation log: the step applies to what is stored now
 * (another window may have written since this one read), and the operation, its history entry, the
 * new set and what the step decided about suggestions (its yield, stats.ts) are committed together or
 * not at all.
 */

export interface StoredState {
  state: AnnotationState;
  revision: number;
}

/** `created`: the stored id of each annotation the step created (window id → stored id, see rebase.ts). */
export type CommitResult = ({ ok: true; created?: Map<string, string> } & StoredState) | { ok: false; reason: string; stored: StoredState };

const key = (docId: string, annotator: string): [string, string] => [docId, annotator];

async function historyRows(db: GloseDb, docId: string, annotator: string): Promise<StoredHistoryEntry[]> {
  const rows = await db.history.where('[docId+annotator]').equals(key(docId, annotator)).toArray();
  return rows.sort((a, b) => a.position - b.position);
}

function historyOf(rows: StoredHistoryEntry[]): History {
  return { done: rows.filter((r) => r.stack === 'done').map((r) => r.entry), undone: rows.filter((r) => r.stack === 'undone').map((r) => r.entry) };
}

async function read(db: GloseDb, docId: string, annotator: string, schema: Schema, selection: Selection) {
  const [stored, rows] = await Promise.all([db.annotationSets.get(key(docId, annotator)), historyRows(db, docId, annotator)]);
  const set = stored ? stripStored(stored) : emptySet(docId, annotator, schema);
  return { rows, stored: { state: createState(set, historyOf(rows), selection), revision: stored?.revision ?? 0 } };
}

/** The document's stored state (an empty set when the annotator has none yet). */
export async function loadState(db: GloseDb, docId: string, annotator: string, schema: Schema, selection: Selection = NO_SELECTION): Promise<StoredState> {
  return db.transaction('r', db.annotationSets, db.history, async () => (await read(db, docId, annotator, schema, selection)).stored);
}

/**
 * Writes the history as it is after a step. Stacks only change at their ends, and the pure step keeps
 * unchanged entries as the same objects: rows whose entry is gone are deleted, new entries are added
 * above the highest position. A step touches one or two rows, not the whole history.
 */
async function writeHistory(db: GloseDb, docId: string, annotator: string, rows: StoredHistoryEntry[], next: History): Promise<void> {
  const stacks = { done: new Set(next.done), undone: new Set(next.undone) };
  const [kept, gone] = [rows.filter((r) => stacks[r.stack].has(r.entry)), rows.filter((r) => !stacks[r.stack].has(r.entry))];
  await db.history.bulkDelete(gone.map((r) => r.id!));
  const present = { done: new Set<HistoryEntry>(), undone: new Set<HistoryEntry>() };
  for (const r of kept) present[r.stack].add(r.entry);
  let position = rows.reduce((max, r) => Math.max(max, r.position), 0);
  const added: StoredHistoryEntry[] = [];
  for (const stack of ['done', 'undone'] as const) {
    for (const entry of next[stack]) if (!present[stack].has(entry)) added.push({ docId, annotator, stack, position: ++position, entry });
  }
  await db.history.bulkAdd(added);
}

/**
 * Applies a step to the stored state in one transaction; refused steps store nothing. The step may be
 * computed from the stored state (a merge of suggestions), null meaning there is nothing to do. A step
 * made from a window's own copy is rebased on what is stored (rebase.ts): `known` holds the ids that
 * window's earlier steps were given.
 */
export async function commitStep(
  db: GloseDb,
  set: Pick<AnnotationSet, 'docId' | 'annotator'>,
  schema: Schema,
  step: Step | ((state: AnnotationState) => Step | null),
  selection: Selection = NO_SELECTION,
  known: IdMap = new Map(),
): Promise<CommitResult> {
  const { docId, annotator } = set;
  const before = mapSelectionIds(selection, (id) => known.get(id) ?? id);
  return db.transaction('rw', db.annotationSets, db.history, db.operations, db.stats, async () => {
    const { rows, stored } = await read(db, docId, annotator, schema, before);
    const { step: wanted, created } = typeof step === 'function' ? { step: step(stored.state), created: undefined } : rebaseStep(stored.state.set, step, known);
    if (!wanted) return { ok: true, ...stored };
    const result = runStep(stored.state, wanted);
    if (!result.ok) return { ok: false, reason: result.reason, stored };
    if (!result.applied) return { ok: true, ...stored, state: result.state };
    const revision = stored.revision + 1;
    const at = Date.now();
    await db.annotationSets.put({ ...result.state.set, updatedAt: at, revision } satisfies StoredSet);
    await db.operations.add({ id: crypto.randomUUID(), docId, annotator, operation: result.applied, at });
    await writeHistory(db, docId, annotator, rows, result.state.history);
    await addStepYield(db, set, stepYield(stored.state.set, result.state.set, wanted.kind));
    return { ok: true, state: result.state, revision, created };
  });
}

/** Sets that replace what was stored (an import): their history no longer applies and is dropped. Bulk requests: one slice of an import is a few of them. */
export async function replaceSets(db: GloseDb, sets: AnnotationSet[]): Promise<void> {
  await db.transaction('rw', db.annotationSets, db.history, async () => {
    const at = Date.now();
    const keys = sets.map((set) => key(set.docId, set.annotator));
    const previous = await db.annotationSets.bulkGet(keys);
    await db.history.where('[docId+annotator]').anyOf(keys).delete();
    await db.annotationSets.bulkPut(sets.map((set, i) => ({ ...stripStored(set), updatedAt: at, revision: (previous[i]?.revision ?? 0) + 1 })));
  });
}
