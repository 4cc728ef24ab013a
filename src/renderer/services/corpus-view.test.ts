import { describe, expect, it } from 'vitest';
import { corpusRow } from '../commands/test-kit';
import type { CorpusRow } from '../db/corpus-rows';
import { corpusFigures, formatDuration, isCorpusSort, nextSort, rowFigures, sortRows } from './corpus-view';

const mention = (id: string, pending = false) => ({
  id,
  start: 0,
  end: 1,
  text: 'x',
  label: 'PER',
  ...(pending ? { source: 'heuristic' as const, confidence: 0.5 } : { source: 'human' as const }),
});
const withStats = (row: CorpusRow, activeMs: number, accepted: number, rejected: number): CorpusRow => ({
  ...row,
  stats: {
    docId: row.doc.id,
    annotator: 'alice',
    activeMs,
    updatedAt: 0,
    yield: { mentions: { accepted, rejected, changed: 1 }, events: { accepted: 1, rejected: 0, changed: 0 } },
  },
});

const derna = withStats(corpusRow('d2', 'Derna', { status: 'done', entities: [mention('T1'), mention('T2')] }), 90_000, 2, 0);
const benghazi = {
  ...corpusRow('d0', 'Benghazi', { status: 'in-progress', entities: [mention('T1'), mention('T2', true), mention('T3', true)] }),
  gold: 'adjudicated' as const,
};
const alger = { ...corpusRow('d1', 'Alger'), doc: { id: 'd1', text: 'Alger', meta: { source: 'd1.txt', date: '2019-04' } } };
const rows = [derna, benghazi, alger];
const ids = (r: CorpusRow[]) => r.map((x) => x.doc.id);

describe('the corpus list’s figures and order', () => {
  it('gives each document its progress, pending suggestions, time and yield', () => {
    expect(rowFigures(benghazi)).toMatchObject({ status: 'in-progress', mentions: 3, events: 0, pending: 2, decided: 1, activeMs: 0 });
    expect(rowFigures(derna)).toMatchObject({ decided: 2, activeMs: 90_000, yield: { accepted: 3, rejected: 0, changed: 1 } });
    expect(rowFigures(alger)).toMatchObject({ status: 'new', mentions: 0, pending: 0 });
  });

  it('adds the rows up for the corpus: documents done out of all, mentions, events, pending, time, yield', () => {
    expect(corpusFigures(rows)).toEqual({
      documents: 3,
      done: 1,
      mentions: 5,
      events: 0,
      pending: 2,
      activeMs: 90_000,
      yield: { accepted: 3, rejected: 0, changed: 1 },
    });
  });

  it('sorts by any column both ways, ties in id order', () => {
    expect(ids(sortRows(rows, { column: 'title', direction: 'asc' }))).toEqual(['d1', 'd0', 'd2']);
    expect(ids(sortRows(rows, { column: 'title', direction: 'desc' }))).toEqual(['d2', 'd0', 'd1']);
    expect(ids(sortRows(rows, { column: 'pending', direction: 'desc' }))).toEqual(['d0', 'd1', 'd2']);
    expect(ids(sortRows(rows, { column: 'status', direction: 'asc' }))).toEqual(['d1', 'd0', 'd2']);
    expect(ids(sortRows(rows, { column: 'date', direction: 'desc' }))).toEqual(['d1', 'd0', 'd2']);
    expect(ids(sortRows(rows, { column: 'progress', direction: 'desc' }))).toEqual(['d2', 'd0', 'd1']);
    expect(ids(sortRows(rows, { column: 'gold', direction: 'desc' }))).toEqual(['d0', 'd1', 'd2']);
    expect(ids(sortRows(rows, { column: 'time', direction: 'desc' }))).toEqual(['d2', 'd0', 'd1']);
    expect(ids(sortRows(rows, { column: 'yield', direction: 'desc' }))).toEqual(['d2', 'd0', 'd1']);
  });

  it('turns the order round on the same column, and checks a stored sort before using it', () => {
    expect(nextSort({ column: 'time', direction: 'asc' }, 'time')).toEqual({ column: 'time', direction: 'desc' });
    expect(nextSort({ column: 'time', direction: 'desc' }, 'date')).toEqual({ column: 'date', direction: 'asc' });
    expect(isCorpusSort({ column: 'time', direction: 'desc' })).toBe(true);
    expect(isCorpusSort({ column: 'colour', direction: 'desc' })).toBe(false);
    expect(isCorpusSort('title')).toBe(false);
  });

  it('says time as people do', () => {
    expect(formatDuration(40_400)).toBe('40 s');
    expect(formatDuration(725_000)).toBe('12 min 05 s');
    expect(formatDuration(3_840_000)).toBe('1 h 04 min');
  });
});
