import { describe, expect, it } from 'vitest';
import { corpusRow } from '../commands/test-kit';
import type { CorpusRow } from '../db/corpus-rows';
import { chartedRows, workChartConfig } from './work-chart-config';

const colors = { accepted: 'green', changed: 'orange', rejected: 'red', time: 'blue', text: 'black', grid: 'grey' };
const figured = (id: string, title: string, activeMs: number, accepted: number): CorpusRow => ({
  ...corpusRow(id, title, {}),
  stats: {
    docId: id,
    annotator: 'alice',
    activeMs,
    updatedAt: 0,
    yield: { mentions: { accepted, rejected: 2, changed: 1 }, events: { accepted: 1, rejected: 0, changed: 0 } },
  },
});

describe('the time and yield chart', () => {
  const rows = [
    figured('d1', 'Derna', 150_000, 4),
    corpusRow('d2', 'Sans chiffres'),
    figured('d3', 'Un titre bien trop long pour tenir sous une barre', 30_000, 0),
  ];

  it('compares the documents that have figures, in the list’s order', () => {
    expect(chartedRows(rows).map((r) => r.doc.id)).toEqual(['d1', 'd3']);
  });

  it('stacks accepted, changed and rejected suggestions per document and draws the time in minutes beside them', () => {
    const config = workChartConfig(chartedRows(rows), colors);
    expect(config.data.labels).toEqual(['Derna', 'Un titre bien trop long pou…']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['accepted as suggested', [5, 1]],
      ['changed, then accepted', [1, 1]],
      ['rejected', [2, 2]],
      ['active time (min)', [2.5, 0.5]],
    ]);
    expect(config.data.datasets.map((d) => d.yAxisID)).toEqual(['count', 'count', 'count', 'minutes']);
  });
});
