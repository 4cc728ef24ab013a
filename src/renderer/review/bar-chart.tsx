import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip } from 'chart.js';

// Only what bar charts need (tree-shaken); Chart.js draws on a canvas and needs no eval or inline script.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

export interface Series {
  label: string;
  /** null: undefined figure (drawn as a gap). */
  data: Array<number | null>;
  color: string;
}

/** A bar chart of figures between 0 and 1 (F1, κ, α) — or counts when `max` is not given. */
export function BarChart(props: { title: string; labels: string[]; series: Series[]; testId: string; min?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: { labels: props.labels, datasets: props.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })) },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { title: { display: true, text: props.title }, legend: { display: props.series.length > 1, position: 'bottom' } },
        scales: { y: { min: props.min ?? 0, max: 1 } },
      },
    });
    return () => chart.destroy();
  }, [props.title, props.labels, props.series, props.min]);
  return (
    <div className="rv-chart" data-testid={props.testId}>
      <canvas ref={canvas} role="img" aria-label={props.title} />
    </div>
  );
}
