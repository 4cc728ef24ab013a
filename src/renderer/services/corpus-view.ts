import { STATUSES, type Status } from '../../shared/model/types';
import { totalYield, type YieldCounts } from '../../shared/model/yield';
import type { CorpusRow } from '../db/corpus-rows';

/**
 * What the corpus list shows, derived from its rows: each document's figures, the corpus's, and the
 * order of the rows. Pure, so that the list, its commands (arrow keys, Home, End) and the tests agree
 * on one order.
 */

export const CORPUS_COLUMNS = [
  'title',
  'date',
  'status',
  'progress',
  'mentions',
  'events',
  'pending',
  'annotators',
  'assigned',
  'gold',
  'time',
  'yield',
] as const;
export type CorpusColumn = (typeof CORPUS_COLUMNS)[number];

export interface CorpusSort {
  column: CorpusColumn;
  direction: 'asc' | 'desc';
}

export const DEFAULT_SORT: CorpusSort = { column: 'title', direction: 'asc' };

export function isCorpusSort(value: unknown): value is CorpusSort {
  const v = value as CorpusSort | null;
  return typeof v === 'object' && v !== null && CORPUS_COLUMNS.includes(v.column) && (v.direction === 'asc' || v.direction === 'desc');
}

/** A click on the column the list is sorted by turns the order round; another column sorts ascending. */
export function nextSort(current: CorpusSort, column: CorpusColumn): CorpusSort {
  return current.column === column ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' };
}

/** One document's progress, for its row. */
export interface RowFigures {
  status: Status;
  mentions: number;
  events: number;
  /** Suggestions nobody has accepted or rejected yet. */
  pending: number;
  /** Mentions and events a person made or accepted, out of `mentions + events`. */
  decided: number;
  activeMs: number;
  yield: YieldCounts;
}

export function rowFigures(row: CorpusRow): RowFigures {
  const { mentions, events, pending } = row.set?.counts ?? { mentions: 0, events: 0, pending: 0 };
  return {
    status: row.set?.status ?? 'new',
    mentions,
    events,
    pending,
    decided: mentions + events - pending,
    activeMs: row.stats?.activeMs ?? 0,
    yield: row.stats ? totalYield(row.stats.yield) : { accepted: 0, rejected: 0, changed: 0 },
  };
}

const FINISHED: Status[] = ['done', 'adjudicated'];

/** The corpus's progress: documents done out of all, and the sums of the rows' figures. */
export interface CorpusFigures {
  documents: number;
  done: number;
  mentions: number;
  events: number;
  pending: number;
  activeMs: number;
  yield: YieldCounts;
}

export function corpusFigures(rows: CorpusRow[]): CorpusFigures {
  const all = rows.map(rowFigures);
  const sum = (f: (r: RowFigures) => number) => all.reduce((n, r) => n + f(r), 0);
  return {
    documents: rows.length,
    done: all.filter((r) => FINISHED.includes(r.status)).length,
    mentions: sum((r) => r.mentions),
    events: sum((r) => r.events),
    pending: sum((r) => r.pending),
    activeMs: sum((r) => r.activeMs),
    yield: { accepted: sum((r) => r.yield.accepted), rejected: sum((r) => r.yield.rejected), changed: sum((r) => r.yield.changed) },
  };
}

/** Share of decided suggestions taken as they were; -1 when none was decided (sorted apart from 0 %). */
export function acceptedShare(y: YieldCounts): number {
  const decided = y.accepted + y.rejected + y.changed;
  return decided ? y.accepted / decided : -1;
}

const GOLD_RANK: Record<string, number> = { adjudicated: 2 };
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

type SortKey = (row: CorpusRow, figures: RowFigures) => number | string;

const SORT_KEYS: Record<CorpusColumn, SortKey> = {
  title: (row) => row.title,
  date: (row) => row.doc.meta.date ?? '',
  status: (_row, f) => STATUSES.indexOf(f.status),
  progress: (_row, f) => (f.mentions + f.events ? f.decided / (f.mentions + f.events) : -1),
  mentions: (_row, f) => f.mentions,
  events: (_row, f) => f.events,
  pending: (_row, f) => f.pending,
  annotators: (row) => `${String(row.annotators.length).padStart(4, '0')} ${row.annotators.map((a) => a.annotator).join(' ')}`,
  assigned: (row) => row.assigned.join(' '),
  gold: (row) => (row.gold === null ? 0 : (GOLD_RANK[row.gold] ?? 1)),
  time: (_row, f) => f.activeMs,
  yield: (_row, f) => acceptedShare(f.yield),
};

const compareKeys = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));

/** The rows in the list's order; ties keep the documents' id order, whichever the direction. */
export function sortRows(rows: CorpusRow[], sort: CorpusSort): CorpusRow[] {
  const key = SORT_KEYS[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: key(row, rowFigures(row)) }));
  keyed.sort((a, b) => sign * compareKeys(a.key, b.key) || a.row.doc.id.localeCompare(b.row.doc.id));
  return keyed.map((k) => k.row);
}

/** `12 min 05 s`, `1 h 04 min`, `40 s`: active time as people say it. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const [h, min, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h ? `${h} h ${String(min).padStart(2, '0')} min` : `${min} min ${String(sec).padStart(2, '0')} s`;
}
