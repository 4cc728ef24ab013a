import { useEffect } from 'react';
import { useServices } from '../hooks/use-services';
import { CommandButton } from './command-button';
import { useReviewCorpus } from './use-review';

/** Every document's adjudication: who annotated it, its disagreements decided so far, its gold status; and the corpus total. */
export function ReviewOverview() {
  const services = useServices();
  const { overview } = useReviewCorpus();
  useEffect(() => services.review.corpus.watchOverview(), [services]);
  if (!overview) return <p className="empty">Loading…</p>;
  const reviewable = overview.filter((r) => r.annotators.length >= 2);
  const decided = reviewable.reduce((n, r) => n + r.decided, 0);
  const total = reviewable.reduce((n, r) => n + r.disagreements, 0);
  return (
    <div className="rv-overview" data-testid="review-overview">
      <div className="rv-overview-head">
        <span data-testid="corpus-progress">
          Corpus: {decided} of {total} disagreements decided in {reviewable.length} document(s) with two annotators or more;{' '}
          {overview.filter((r) => r.gold === 'adjudicated').length} adjudicated.
        </span>
        <progress max={Math.max(total, 1)} value={decided} aria-label="Decided in the corpus" />
        <CommandButton id="review-next">Start the queue</CommandButton>
        <CommandButton id="import">Import annotators’ files…</CommandButton>
      </div>
      {reviewable.length === 0 && (
        <p className="muted">
          No document has two annotators’ sets yet: import the annotators’ gold JSONL exports (several files at once, or one file with several).
        </p>
      )}
      <table className="corpus-table" aria-label="Review">
        <thead>
          <tr>
            <th>Title</th>
            <th>Annotators</th>
            <th className="num">Decided</th>
            <th>Gold</th>
          </tr>
        </thead>
        <tbody>
          {overview.map((r) => (
            <tr
              key={r.docId}
              data-doc-id={r.docId}
              tabIndex={0}
              onClick={() => services.navigate({ screen: 'review', view: 'document', docId: r.docId })}
              onKeyDown={(e) => e.key === 'Enter' && services.navigate({ screen: 'review', view: 'document', docId: r.docId })}
            >
              <td className="title" title={r.docId}>
                {r.title}
              </td>
              <td>{r.annotators.join(', ') || '—'}</td>
              <td className="num">{r.annotators.length >= 2 ? `${r.decided} / ${r.disagreements}` : '—'}</td>
              <td>{r.gold ? <span className={`status status-${r.gold}`}>{r.gold}</span> : <span className="muted">not started</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
