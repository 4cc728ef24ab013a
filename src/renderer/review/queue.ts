import { matchesFilter, type Disagreement, type DisagreementFilter } from '../../shared/review/disagreements';

/** What the queue shows: a filter by kind and label, and whether decided disagreements are skipped. */
export interface QueueFilter extends DisagreementFilter {
  undecidedOnly: boolean;
}

export const NO_FILTER: QueueFilter = { kinds: [], label: null, undecidedOnly: true };

export function inQueue(d: Disagreement, decided: boolean, filter: QueueFilter): boolean {
  return matchesFilter(d, filter) && !(filter.undecidedOnly && decided);
}

/**
 * The next (or previous) disagreement of the document in reading order after `from` (an index into the
 * document's disagreements, which are sorted; null: before the first / after the last), or null when the
 * queue has no more in this document.
 */
export function step(ds: readonly Disagreement[], decided: readonly boolean[], filter: QueueFilter, from: number | null, direction: 1 | -1): number | null {
  if (direction === 1) {
    for (let i = from === null ? 0 : from + 1; i < ds.length; i++) if (inQueue(ds[i], decided[i], filter)) return i;
  } else {
    for (let i = from === null ? ds.length - 1 : from - 1; i >= 0; i--) if (inQueue(ds[i], decided[i], filter)) return i;
  }
  return null;
}

/** How many are decided, of how many. */
export function progressOf(decided: readonly boolean[]): { decided: number; total: number } {
  return { decided: decided.filter(Boolean).length, total: decided.length };
}
