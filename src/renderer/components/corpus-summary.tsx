import { formatDuration, type CorpusFigures } from '../services/corpus-view';
import { ProgressMeter, yieldTitle } from './corpus-cells';

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

/** The corpus's progress above the list: documents done, and what the rows add up to. */
export function CorpusSummary(props: { figures: CorpusFigures }) {
  const f = props.figures;
  const y = f.yield;
  return (
    <section className="corpus-summary" aria-label="Corpus progress" data-testid="corpus-summary">
      <span className="summary-item summary-done">
        <ProgressMeter decided={f.done} total={f.documents} done={f.done === f.documents} label={`${f.done} of ${f.documents} documents done`} />
        <span>documents done</span>
      </span>
      <span className="summary-item" data-figure="mentions">
        <strong>{f.mentions}</strong> {plural(f.mentions, 'mention')}
      </span>
      <span className="summary-item" data-figure="events">
        <strong>{f.events}</strong> {plural(f.events, 'event')}
      </span>
      <span className="summary-item" data-figure="pending">
        <strong>{f.pending}</strong> pending {plural(f.pending, 'suggestion')}
      </span>
      <span className="summary-item" data-figure="time">
        <strong>{f.activeMs ? formatDuration(f.activeMs) : '0 s'}</strong> annotating
      </span>
      <span className="summary-item" data-figure="yield" title={yieldTitle(y)}>
        suggestions <strong>✓{y.accepted}</strong> <strong>✎{y.changed}</strong> <strong>✕{y.rejected}</strong>
      </span>
    </section>
  );
}
