import { useAppState } from '../hooks/use-services';
import type { YieldCounts } from '../../shared/model/yield';
import type { CorpusRow } from '../db/corpus-rows';
import { formatDuration, type RowFigures } from '../services/corpus-view';

/** The small pieces of a corpus row: progress, who annotated it, adjudication, time and yield. */

/** A bar with its figures: `decided` of `total` made or accepted by a person. */
export function ProgressMeter(props: { decided: number; total: number; done?: boolean; label?: string }) {
  const { decided, total } = props;
  if (total === 0)
    return (
      <span className="muted" title={props.label ?? 'Nothing annotated yet'}>
        —
      </span>
    );
  const share = total ? decided / total : 0;
  return (
    <span className="progress-meter" title={props.label ?? `${decided} of ${total} made or accepted by a person`}>
      <span className="progress-track" aria-hidden="true">
        <span className={props.done ? 'progress-fill done' : 'progress-fill'} style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="progress-text">
        {decided}/{total}
      </span>
    </span>
  );
}

export function AnnotatorsCell(props: { annotators: CorpusRow['annotators'] }) {
  if (!props.annotators.length) return <span className="muted">—</span>;
  return (
    <ul className="who-list">
      {props.annotators.map((a) => (
        <li key={a.annotator} className="who" data-annotator={a.annotator} title={`${a.annotator}: ${a.status}`}>
          <span className="who-name">{a.annotator}</span> <span className={`status status-${a.status}`}>{a.status}</span>
        </li>
      ))}
    </ul>
  );
}

/** Who the document is assigned to on the team server, the current annotator shown as “you”. */
export function AssignedCell(props: { assigned: string[] }) {
  const { annotator } = useAppState();
  if (!props.assigned.length) return <span className="muted">—</span>;
  const mine = annotator !== null && props.assigned.includes(annotator);
  const others = props.assigned.filter((a) => a !== annotator);
  return (
    <span className="assigned" data-mine={mine || undefined} title={`Assigned to ${props.assigned.join(', ')}`}>
      {[...(mine ? ['you'] : []), ...others].join(', ')}
    </span>
  );
}

/** Whether the gold set of the document is adjudicated, in progress, or absent. */
export function GoldCell(props: { gold: CorpusRow['gold'] }) {
  if (props.gold === null) return <span className="muted">—</span>;
  const adjudicated = props.gold === 'adjudicated';
  return (
    <span
      className={`gold status status-${props.gold}`}
      title={adjudicated ? 'A gold set, adjudicated' : `A gold set, ${props.gold}: adjudication not finished`}
    >
      {adjudicated ? '✓ adjudicated' : props.gold}
    </span>
  );
}

export function TimeCell(props: { ms: number }) {
  return props.ms > 0 ? <>{formatDuration(props.ms)}</> : <span className="muted">—</span>;
}

export function yieldTitle(y: YieldCounts): string {
  return `${y.accepted} accepted as suggested, ${y.changed} changed then accepted, ${y.rejected} rejected (mentions and events)`;
}

/** Accepted ✓, changed ✎, rejected ✕: each with its sign and its word in the title, not by colour alone. */
export function YieldCell(props: { figures: RowFigures }) {
  const y = props.figures.yield;
  if (y.accepted + y.changed + y.rejected === 0) return <span className="muted">—</span>;
  return (
    <span className="yield" title={yieldTitle(y)}>
      <span className="yield-accepted">✓{y.accepted}</span> <span className="yield-changed">✎{y.changed}</span>{' '}
      <span className="yield-rejected">✕{y.rejected}</span>
    </span>
  );
}
