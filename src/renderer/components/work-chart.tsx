import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import type { CorpusRow } from '../db/corpus-rows';
import { acceptedShare, corpusFigures } from '../services/corpus-view';
import { chartedRows, workChartConfig, type ChartColors } from './work-chart-config';

// Only the parts the chart uses, so the bundle carries nothing else of Chart.js.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

function colorsOf(element: HTMLElement): ChartColors {
  const css = getComputedStyle(element);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    accepted: v('--chart-accepted'),
    changed: v('--chart-changed'),
    rejected: v('--chart-rejected'),
    time: v('--chart-time'),
    text: v('--chart-text'),
    grid: v('--chart-grid'),
  };
}

/** Time and yield compared across documents (Chart.js on a canvas; no inline script, no eval: the CSP holds). */
export function WorkChart(props: { rows: CorpusRow[] }) {
  const charted = useMemo(() => chartedRows(props.rows), [props.rows]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);

  useEffect(() => {
    const element = canvas.current;
    // The canvas goes while no document has figures; a chart is never kept on a canvas that went.
    if (chart.current && chart.current.canvas !== element) {
      chart.current.destroy();
      chart.current = null;
    }
    if (!element || !charted.length) return;
    const config = workChartConfig(charted, colorsOf(element));
    if (!chart.current) chart.current = new Chart(element, config);
    else {
      chart.current.data = config.data;
      chart.current.update();
    }
  }, [charted]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  const total = corpusFigures(charted).yield;
  const share = acceptedShare(total);
  return (
    <section className="work-chart" aria-label="Time and yield by document" data-testid="work-chart">
      <h2>Time and yield by document</h2>
      {charted.length ? (
        <>
          <p className="hint" data-testid="yield-share">
            {share < 0
              ? 'No suggestion decided yet.'
              : `${Math.round(share * 100)} % of the ${total.accepted + total.changed + total.rejected} suggestions decided were accepted as they were.`}
          </p>
          <div className="chart-box">
            <canvas ref={canvas} role="img" aria-label={`Suggestions accepted, changed and rejected, and active time, for ${charted.length} documents`} />
          </div>
        </>
      ) : (
        <p className="hint">Figures appear here once someone works in a document: active time, and what became of the suggestions.</p>
      )}
    </section>
  );
}
