import { NO_YIELD, addYield, isNoYield, type SuggestionYield } from '../../shared/model/yield';
import type { WorkFigures } from '../../shared/model/work-figures';
import type { GloseDb, StoredStats } from './database';

/**
 * Work figures, stored per document and annotator (the `stats` table). Callers write inside their own
 * transaction where they have one (commitStep counts a step's yield with the step), so each function
 * only reads and writes the one row.
 */

type Key = { docId: string; annotator: string };

const empty = ({ docId, annotator }: Key): StoredStats => ({ docId, annotator, activeMs: 0, yield: NO_YIELD, updatedAt: 0 });

/** Counts never go below zero: undoing a step committed before counts were kept takes back nothing. */
function floor(y: SuggestionYield): SuggestionYield {
  const f = (c: SuggestionYield['mentions']) => ({ accepted: Math.max(0, c.accepted), rejected: Math.max(0, c.rejected), changed: Math.max(0, c.changed) });
  return { mentions: f(y.mentions), events: f(y.events) };
}

async function change(db: GloseDb, key: Key, update: (row: StoredStats) => StoredStats): Promise<void> {
  const row = (await db.stats.get([key.docId, key.annotator])) ?? empty(key);
  await db.stats.put({ ...update(row), updatedAt: Date.now() });
}

export async function addStepYield(db: GloseDb, key: Key, delta: SuggestionYield): Promise<void> {
  if (isNoYield(delta)) return;
  await change(db, key, (row) => ({ ...row, yield: floor(addYield(row.yield, delta)) }));
}

export async function addActiveTime(db: GloseDb, key: Key, ms: number): Promise<void> {
  if (ms <= 0) return;
  await db.transaction('rw', db.stats, () => change(db, key, (row) => ({ ...row, activeMs: row.activeMs + ms })));
}

/** Figures that came with an import replace what was stored for that set. */
export async function putFigures(db: GloseDb, key: Key, figures: WorkFigures): Promise<void> {
  await db.stats.put({ docId: key.docId, annotator: key.annotator, activeMs: figures.activeMs, yield: figures.yield, updatedAt: Date.now() });
}

export function allStats(db: GloseDb): Promise<StoredStats[]> {
  return db.stats.toArray();
}
