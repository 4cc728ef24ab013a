import { isPending } from '../../shared/model/types';
import type { CorpusRow } from '../db/store';

function Count(props: { items: Array<{ source?: 'human' | 'heuristic' }> | undefined }) {
  const items = props.items ?? [];
  const pending = items.filter(isPending).length;
  return (
    <>
      {items.length}
      {pending > 0 && (
        <span className="muted pending-count" title={`${pending} pending suggestions`}>
          {' '}
          ({pending} pending)
        </span>
      )}
    </>
  );
}

export function CorpusList(props: { rows: CorpusRow[] | null; onOpen: (docId: string) => void }) {
  const { rows } = props;
  if (!rows) return <p className="empty">Loading…</p>;
  if (rows.length === 0) return <p className="empty">No documents. Open .txt files or a folder to start.</p>;
  return (
    <div className="corpus">
      <table className="corpus-table" aria-label="Documents">
        <thead>
          <tr>
            <th>Title</th>
            <th>Date</th>
            <th>Status</th>
            <th className="num">Mentions</th>
            <th className="num">Events</th>
            <th>Annotator</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.doc.id}
              tabIndex={0}
              data-doc-id={r.doc.id}
              onClick={() => props.onOpen(r.doc.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') props.onOpen(r.doc.id);
              }}
            >
              <td className="title" title={r.doc.id}>
                {r.title}
              </td>
              <td className="date">{r.doc.meta.date ?? '—'}</td>
              <td>
                <span className={`status status-${r.set?.status ?? 'new'}`}>{r.set?.status ?? 'new'}</span>
              </td>
              <td className="num">
                <Count items={r.set?.entities} />
              </td>
              <td className="num">
                <Count items={r.set?.events} />
              </td>
              <td className="annotator">
                {r.set?.annotator ?? '—'}
                {r.annotators.length > 1 && <span className="muted"> +{r.annotators.length - 1}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
