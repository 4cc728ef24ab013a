import { liveQuery, type Subscription } from 'dexie';
import { mapSelectionIds } from '../../shared/model/rebase';
import { validSelection } from '../../shared/model/selection';
import { runStep, type AnnotationState, type Step } from '../../shared/model/state';
import type { AnnotationSet } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';
import { commitStep, loadState, storedRevision, type StoredState } from '../db/annotation-store';
import type { GloseDb } from '../db/database';
import { afterPaint } from './after-paint';

export type SaveState = 'saved' | 'saving' | 'error';

export interface SessionSnapshot {
  state: AnnotationState;
  saveState: SaveState;
  /** Why the last step was refused or not saved, if it was. */
  lastError?: string;
}

/**
 * Keeps one open document's state and persists it; the logic of every change is the pure state's.
 * A step applies in memory at once (the view repaints without waiting), then, once that frame is painted,
 * the same step is committed to IndexedDB in order (annotation-store.ts). "saved" is shown only when every commit so far has
 * landed. Another window writing the same set is noticed two ways: a commit that lands on a revision
 * this window did not expect, and the database's change feed (Dexie liveQuery, across tabs); either way
 * the stored state, which holds both windows' operations, replaces the one in memory once nothing of
 * this window is waiting to be written.
 */
export class DocumentSession {
  private state: AnnotationState;
  /** Revision the stored set will have once every write queued so far has landed. */
  private expected: number;
  private pending = 0;
  private failed = false;
  private lastError: string | undefined;
  /** A commit revealed another writer: read the stored state back when the queue is empty. */
  private diverged = false;
  /**
   * Ids this window gave new annotations → the ids they were stored under (another window had taken
   * some): later steps, made from this window's copy, are translated until the stored state is read back.
   */
  private readonly storedIds = new Map<string, string>();
  /** How many of `storedIds` name another id than this window's: while none does, this window's copy of the set is the stored one. */
  private renamed = 0;
  private writes: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(s: SessionSnapshot) => void>();
  private snap: SessionSnapshot;
  private feed: Subscription | null = null;

  constructor(
    private readonly db: GloseDb,
    private readonly schema: Schema,
    initial: StoredState,
  ) {
    this.state = initial.state;
    this.expected = initial.revision;
    this.snap = this.makeSnapshot();
  }

  get docId(): string {
    return this.state.set.docId;
  }

  get annotator(): string {
    return this.state.set.annotator;
  }

  snapshot(): SessionSnapshot {
    return this.snap;
  }

  subscribe(listener: (s: SessionSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a step; false (with the reason in the snapshot) when it is refused. */
  step(step: Step): boolean {
    const before = this.state.selection;
    const prior = this.state.set;
    const result = runStep(this.state, step);
    if (!result.ok) {
      this.lastError = result.reason;
      this.emit();
      return false;
    }
    this.state = result.state;
    this.lastError = undefined;
    if (result.applied) this.persist(step, before, prior);
    this.emit();
    return true;
  }

  /** Resolves when every write queued so far has finished (landed or failed). */
  flushed(): Promise<void> {
    return this.writes;
  }

  /** Follows the stored set: changes written by another window or tab are shown here. */
  watch(): () => void {
    // The revision only: reading a large set back after each of this window's own writes was costly.
    this.feed = liveQuery(() => storedRevision(this.db, this.docId, this.annotator)).subscribe({
      next: (revision) => {
        if (revision > this.expected && this.pending === 0) void this.reload();
      },
      error: () => undefined,
    });
    return () => this.feed?.unsubscribe();
  }

  private async reload(): Promise<void> {
    const stored = await loadState(this.db, this.docId, this.annotator, this.schema, this.state.selection);
    if (this.pending > 0 || stored.revision <= this.expected) return;
    this.replaceWith(stored);
    this.emit();
  }

  /** `prior`: the set before the step, which is the stored one if nothing else wrote since this window's last write. */
  private persist(step: Step, selection: AnnotationState['selection'], prior: AnnotationSet): void {
    this.pending++;
    // Ids another window had taken were given others: this window's copy is not what is stored.
    const copy = this.renamed === 0 ? { set: prior, revision: this.expected } : undefined;
    const expected = ++this.expected;
    // The frame that shows the step is painted first: reading and writing a large set costs tens of ms.
    const painted = afterPaint();
    const write = this.writes.then(() => painted).then(() => commitStep(this.db, this.state.set, this.schema, step, selection, this.storedIds, copy));
    this.writes = write.then(
      (result) => this.landed(result, expected),
      (error: unknown) => this.notStored(error),
    );
  }

  private landed(result: Awaited<ReturnType<typeof commitStep>>, expected: number): void {
    this.pending--;
    if (result.ok)
      for (const [mine, stored] of result.created ?? []) {
        if (mine !== stored && this.storedIds.get(mine) !== stored) this.renamed++;
        this.storedIds.set(mine, stored);
      }
    if (!result.ok) {
      this.lastError = `Not applied: ${result.reason} (the set was changed in another window)`;
      this.diverged = true;
    } else if (result.revision !== expected) {
      this.diverged = true;
    } else if (this.pending === 0) {
      this.failed = false;
    }
    this.settle();
  }

  private notStored(error: unknown): void {
    this.pending--;
    this.failed = true;
    this.lastError = `Not saved: ${storageProblem(error)}`;
    this.settle();
    // What is stored is intact; reading it back shows the user exactly what was kept.
    if (this.pending === 0) void this.readBack();
  }

  private settle(): void {
    if (this.pending === 0 && this.diverged) {
      this.diverged = false;
      void this.readBack();
    }
    this.emit();
  }

  /** The stored state, which holds every window's operations, replaces the one in memory. */
  private async readBack(): Promise<void> {
    const stored = await loadState(this.db, this.docId, this.annotator, this.schema, this.state.selection).catch(() => null);
    if (!stored || this.pending > 0) return;
    this.replaceWith(stored);
    this.emit();
  }

  private replaceWith(stored: StoredState): void {
    const selection = mapSelectionIds(this.state.selection, (id) => this.storedIds.get(id) ?? id);
    this.state = { ...stored.state, selection: validSelection(stored.state.set, selection) };
    this.storedIds.clear();
    this.renamed = 0;
    this.expected = stored.revision;
  }

  private makeSnapshot(): SessionSnapshot {
    const saveState: SaveState = this.failed ? 'error' : this.pending > 0 ? 'saving' : 'saved';
    return { state: this.state, saveState, lastError: this.lastError };
  }

  private emit(): void {
    this.snap = this.makeSnapshot();
    for (const l of this.listeners) l(this.snap);
  }
}

/** A storage error in words a user can act on. */
export function storageProblem(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') return 'the disk or the browser storage is full; free some space, then repeat the change';
  if (name === 'InvalidStateError' || name === 'UnknownError') return 'the browser refused to store data (private mode or storage denied)';
  return (error as Error)?.message ?? String(error);
}
