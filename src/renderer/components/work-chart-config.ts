import type { ChartConfiguration } from 'chart.js';
import type { CorpusRow } from '../db/corpus-rows';
import { rowFigures } from '../services/corpus-view';

/** Colours of the chart, read from the stylesheet so that the theme decides them. */
export interface ChartColors {
  accepted: string;
  changed: string;
  rejected: string;
  time: string;
  text: string;
  grid: string;
}

const short = (title: string) => (title.length > 28 ? `${title.slice(0, 27)}…` : title);

/** The documents the chart compares: those with some time or some decided suggestion, in the list's order. */
export function chartedRows(rows: CorpusRow[]): CorpusRow[] {
  return rows.filter((r) => {
    const f = rowFigures(r);
    return f.activeMs > 0 || f.yield.accepted + f.yield.changed + f.yield.rejected > 0;
  });
}

/**
 * Two bars per document: its suggestions stacked by what became of them (left axis, counts), and its
 * active time (right axis, minutes). A document whose suggestions were mostly accepted and that took
 * little time is one where pre-annotation saved work.
 */
export function workChartConfig(rows: CorpusRow[], colors: ChartColors): ChartConfiguration<'bar'> {
  const figures = rows.map(rowFigures);
  const bar = (label: string, data: number[], color: string) => ({
    type: 'bar' as const,
    label,
    data,
    backgroundColor: color,
    stack: 'suggestions',
    yAxisID: 'count',
    maxBarThickness: 56,
  });
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => short(r.title)),
      datasets: [
        bar(
          'accepted as suggested',
          figures.map((f) => f.yield.accepted),
          colors.accepted,
        ),
        bar(
          'changed, then accepted',
          figures.map((f) => f.yield.changed),
          colors.changed,
        ),
        bar(
          'rejected',
          figures.map((f) => f.yield.rejected),
          colors.rejected,
        ),
        {
          type: 'bar',
          label: 'active time (min)',
          data: figures.map((f) => Math.round(f.activeMs / 6000) / 10),
          backgroundColor: colors.time,
          stack: 'time',
          yAxisID: 'minutes',
          maxBarThickness: 56,
        },
      ],
    },
    options: {
      // Drawn at once: the figures change while the user watches, and an animation would only delay them.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      color: colors.text,
      scales: {
        x: { stacked: true, ticks: { color: colors.text, autoSkip: true, maxRotation: 30 }, grid: { display: false } },
        count: {
          type: 'linear',
          position: 'left',
          stacked: true,
          beginAtZero: true,
          ticks: { color: colors.text, precision: 0 },
          grid: { color: colors.grid },
          title: { display: true, text: 'suggestions', color: colors.text },
        },
        minutes: {
          type: 'linear',
          position: 'right',
          beginAtZero: true,
          ticks: { color: colors.text },
          grid: { drawOnChartArea: false },
          title: { display: true, text: 'minutes', color: colors.text },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: colors.text, boxWidth: 12, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
        tooltip: { callbacks: { title: (items) => rows[items[0]?.dataIndex ?? 0]?.title ?? '' } },
      },
    },
  };
}
