import type { Operation } from './operations';
import type { Selection } from './selection';

/**
 * Undo history of one document and annotator. An entry keeps the operation, its inverse and the
 * selection before and after it (ProseMirror's history keeps a selection bookmark the same way), so
 * undo restores what the user had selected, and redo what they had after.
 */
export interface HistoryEntry {
  operation: Operation;
  inverse: Operation;
  before: Selection;
  after: Selection;
  /** What the user did, for the toolbar's "Undo …" title (`accept suggestion`, `label PER`). */
  label?: string;
  /** One gesture that changed several documents ("label all occurrences in the corpus"): undone together. */
  group?: string;
}

export interface History {
  /** Oldest first; the last entry is the next undo. */
  done: HistoryEntry[];
  /** Oldest first; the last entry is the next redo. */
  undone: HistoryEntry[];
}

/** How many entries a document keeps: older ones are dropped, the operations themselves stay applied. */
export const HISTORY_LIMIT = 500;

export const EMPTY_HISTORY: History = { done: [], undone: [] };

/** Adds a new entry: the redo stack is cleared, and the oldest entry goes when the limit is passed. */
export function pushEntry(history: History, entry: HistoryEntry, limit = HISTORY_LIMIT): History {
  const done = history.done.length >= limit ? history.done.slice(history.done.length - limit + 1) : history.done.slice();
  done.push(entry);
  return { done, undone: [] };
}
