import type { AnnotationSet } from '../../shared/model/types';
import { applyOperation, type Operation } from '../../shared/model/operations';
import type { GloseDb } from './database';
import { putSet } from './store';

export type SaveState = 'saved' | 'saving' | 'error';

export interface SessionSnapshot {
  set: AnnotationSet;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  /** Why the last operation was refused, if it was. */
  lastError?: string;
}

interface HistoryEntry {
  op: Operation;
  inverse: Operation;
}

/**
 * The open annotation set of one document and annotator. Operations apply at once in memory (the
 * view updates immediately) and are written to IndexedDB in order; the state says "saved" only when
 * every write so far has committed, so a reload loses nothing that was shown as saved.
 * Undo/redo keep operations and their inverses in memory only.
 */
export class AnnotationSession {
  private set: AnnotationSet;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private pending = 0;
  private failed = false;
  private lastError: string | undefined;
  private writes: Promise<void> = Promise.resolve();
  private listeners = new Set<(s: SessionSnapshot) => void>();
  private snap: SessionSnapshot;

  constructor(
    private readonly db: GloseDb,
    initial: AnnotationSet,
  ) {
    this.set = initial;
    this.snap = this.makeSnapshot();
  }

  get docId(): string {
    return this.set.docId;
  }

  get annotator(): string {
    return this.set.annotator;
  }

  snapshot(): SessionSnapshot {
    return this.snap;
  }

  subscribe(listener: (s: SessionSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a user operation; resolves true once it is stored, false if it was refused or failed to store. */
  apply(op: Operation): Promise<boolean> {
    return this.run(op, (applied, inverse) => {
      this.undoStack.push({ op: applied, inverse });
      this.redoStack = [];
    });
  }

  undo(): Promise<boolean> {
    const entry = this.undoStack.pop();
    if (!entry) return Promise.resolve(false);
    // What redoes an undo is the inverse of the inverse just applied.
    return this.run(
      entry.inverse,
      (applied, inverse) => this.redoStack.push({ op: inverse, inverse: applied }),
      () => this.undoStack.push(entry),
    );
  }

  redo(): Promise<boolean> {
    const entry = this.redoStack.pop();
    if (!entry) return Promise.resolve(false);
    return this.run(
      entry.op,
      (applied, inverse) => this.undoStack.push({ op: applied, inverse }),
      () => this.redoStack.push(entry),
    );
  }

  /** Resolves when every write started so far has finished. */
  flushed(): Promise<void> {
    return this.writes;
  }

  private run(op: Operation, record: (applied: Operation, inverse: Operation) => void, restore?: () => void): Promise<boolean> {
    const result = applyOperation(this.set, op);
    if (!result.ok) {
      restore?.();
      this.lastError = result.reason;
      this.emit();
      return Promise.resolve(false);
    }
    record(op, result.inverse);
    this.set = result.set;
    this.lastError = undefined;
    return this.persist(result.set);
  }

  private persist(set: AnnotationSet): Promise<boolean> {
    this.pending++;
    this.emit();
    const write = this.writes.then(() => putSet(this.db, set));
    this.writes = write.catch(() => undefined);
    return write.then(
      () => this.settle(true),
      () => this.settle(false),
    );
  }

  private settle(ok: boolean): boolean {
    this.pending--;
    if (!ok) this.failed = true;
    else if (this.pending === 0) this.failed = false;
    this.emit();
    return ok;
  }

  private makeSnapshot(): SessionSnapshot {
    const saveState: SaveState = this.failed ? 'error' : this.pending > 0 ? 'saving' : 'saved';
    return { set: this.set, saveState, canUndo: this.undoStack.length > 0, canRedo: this.redoStack.length > 0, lastError: this.lastError };
  }

  private emit(): void {
    this.snap = this.makeSnapshot();
    for (const l of this.listeners) l(this.snap);
  }
}
