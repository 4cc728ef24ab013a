import { EMPTY_HISTORY, pushEntry, type History } from './history';
import { applyOperation, type Operation } from './operations';
import { NO_SELECTION, validSelection, type Selection } from './selection';
import type { AnnotationSet } from './types';

/**
 * The state of one open document for one annotator: the annotation set, the selection and the undo
 * history, as one value. It changes only through the pure functions below (ProseMirror's
 * `EditorState.apply(tr)` shape): the editor applies them in memory at once, and the store applies the
 * same step again inside its write transaction, so both arrive at the same state.
 */
export interface AnnotationState {
  readonly set: AnnotationSet;
  readonly selection: Selection;
  readonly history: History;
}

/** One change asked for by a command: an operation, a new selection, or both. */
export interface Transaction {
  operation?: Operation;
  /** The selection afterwards; when absent the current one is kept if it still names something. */
  selection?: Selection;
  /** Names the history entry (`label PER`, `accept suggestion`). */
  label?: string;
  /** Ties the entry to the same gesture's entries in other documents (undone together). */
  group?: string;
}

/** What a session asks the state to do; the store replays the same step on the stored state. */
export type Step = { kind: 'apply'; transaction: Transaction } | { kind: 'undo' } | { kind: 'redo' };

/** `applied` is the operation that changed the set (for undo, the inverse), null for a selection only. */
export type StepResult = { ok: true; state: AnnotationState; applied: Operation | null } | { ok: false; reason: string };

export function createState(set: AnnotationSet, history: History = EMPTY_HISTORY, selection: Selection = NO_SELECTION): AnnotationState {
  return { set, history, selection: validSelection(set, selection) };
}

export const canUndo = (state: AnnotationState) => state.history.done.length > 0;
export const canRedo = (state: AnnotationState) => state.history.undone.length > 0;

export function applyTransaction(state: AnnotationState, tr: Transaction): StepResult {
  if (!tr.operation) {
    const selection = validSelection(state.set, tr.selection ?? state.selection);
    return { ok: true, state: { ...state, selection }, applied: null };
  }
  const result = applyOperation(state.set, tr.operation);
  if (!result.ok) return result;
  const selection = validSelection(result.set, tr.selection ?? state.selection);
  const entry = {
    operation: tr.operation,
    inverse: result.inverse,
    before: state.selection,
    after: selection,
    label: tr.label,
    ...(tr.group ? { group: tr.group } : {}),
  };
  const history = pushEntry(state.history, entry);
  return { ok: true, state: { set: result.set, selection, history }, applied: tr.operation };
}

export function undo(state: AnnotationState): StepResult {
  const entry = state.history.done.at(-1);
  if (!entry) return { ok: false, reason: 'nothing to undo' };
  const result = applyOperation(state.set, entry.inverse);
  if (!result.ok) return { ok: false, reason: `cannot undo: ${result.reason}` };
  const history = { done: state.history.done.slice(0, -1), undone: [...state.history.undone, entry] };
  return { ok: true, state: { set: result.set, history, selection: validSelection(result.set, entry.before) }, applied: entry.inverse };
}

export function redo(state: AnnotationState): StepResult {
  const entry = state.history.undone.at(-1);
  if (!entry) return { ok: false, reason: 'nothing to redo' };
  const result = applyOperation(state.set, entry.operation);
  if (!result.ok) return { ok: false, reason: `cannot redo: ${result.reason}` };
  const history = { done: [...state.history.done, { ...entry, inverse: result.inverse }], undone: state.history.undone.slice(0, -1) };
  return { ok: true, state: { set: result.set, history, selection: validSelection(result.set, entry.after) }, applied: entry.operation };
}

export function runStep(state: AnnotationState, step: Step): StepResult {
  if (step.kind === 'undo') return undo(state);
  if (step.kind === 'redo') return redo(state);
  return applyTransaction(state, step.transaction);
}
