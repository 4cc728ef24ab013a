import { memo, useEffect, useRef, type FocusEvent } from 'react';
import type { CorpusRow } from '../db/corpus-rows';
import { useServices } from '../hooks/use-services';
import type { CorpusView } from '../services/app-store';
import { rowFigures, type CorpusColumn } from '../services/corpus-view';
import { AnnotatorsCell, AssignedCell, GoldCell, ProgressMeter, TimeCell, YieldCell } from './corpus-cells';

const COLUMNS: { column: CorpusColumn; label: string; title?: string; num?: boolean }[] = [
  { column: 'title', label: 'Title' },
  { column: 'date', label: 'Date' },
  { column: 'status', label: 'Status', title: 'Status of the set shown: yours, else the latest' },
  { column: 'progress', label: 'Progress', title: 'Mentions and events made or accepted by a person, out of all' },
  { column: 'mentions', label: 'Mentions', num: true },
  { column: 'events', label: 'Events', num: true },
  { column: 'pending', label: 'Pending', num: true, title: 'Suggestions not yet accepted or rejected' },
  { column: 'annotators', label: 'Annotators', title: 'Who annotated the document, and how far each one is' },
  { column: 'assigned', label: 'Assigned', title: 'Who the team server assigned the document to (“you” first)' },
  { column: 'gold', label: 'Gold', title: 'Whether the document is adjudicated' },
  { column: 'time', label: 'Time', num: true, title: 'Active annotation time (pauses over a minute left out)' },
  { column: 'yield', label: 'Suggestions', title: 'Suggestions accepted as they were ✓, changed ✎, rejected ✕' },
];

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The documents as a table. Every action is a command: a header sorts (sort-corpus), a row opens
 * (open-document), × removes (remove-document); the arrow keys, Home, End and Enter are bindings of the
 * list's commands, which move `corpus.cursor`. The table keeps the browser's focus on the cursor's row
 * (one row in the tab order) and tells the state when the focus comes or goes.
 */
export function CorpusList(props: { rows: CorpusRow[]; view: CorpusView }) {
  const services = useServices();
  const { sort, cursor, focused } = props.view;
  const body = useRef<HTMLTableSectionElement>(null);
  const tabStop = props.rows.some((r) => r.doc.id === cursor) ? cursor : props.rows[0]?.doc.id;
  // Assignments come from a team server: without one the column would only be empty.
  const assigned = props.rows.some((r) => r.assigned.length > 0);
  const columns = assigned ? COLUMNS : COLUMNS.filter((c) => c.column !== 'assigned');

  useEffect(() => {
    if (!focused || !cursor) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-doc-id="${CSS.escape(cursor)}"]`);
    if (row && !row.contains(document.activeElement)) row.focus();
    row?.scrollIntoView({ block: 'nearest' });
  }, [cursor, focused]);

  // Back from a document, the keyboard is where it was (once, when the list appears).
  const initialCursor = useRef(cursor);
  useEffect(() => {
    if (initialCursor.current) services.corpusList.moveCursor(initialCursor.current, true);
  }, [services]);

  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) services.corpusList.moveCursor(cursor, false);
  };

  return (
    <table className="corpus-table" aria-label="Documents">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.column} className={c.num ? 'num' : undefined} aria-sort={sort.column === c.column ? ARIA_SORT[sort.direction] : undefined}>
              <button className="sort" data-sort={c.column} title={c.title} onClick={() => services.run('sort-corpus', { column: c.column })}>
                {c.label}
                <span className="sort-mark" aria-hidden="true">
                  {sort.column === c.column ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body} onBlur={onBlur}>
        {props.rows.map((r) => (
          <Row key={r.doc.id} row={r} tabStop={r.doc.id === tabStop} isCursor={r.doc.id === cursor} assigned={assigned} />
        ))}
      </tbody>
    </table>
  );
}

/** Memoised: moving the cursor renders two rows again, not the whole corpus. */
const Row = memo(function Row({ row, tabStop, isCursor, assigned }: { row: CorpusRow; tabStop: boolean; isCursor: boolean; assigned: boolean }) {
  const services = useServices();
  const f = rowFigures(row);
  const docId = row.doc.id;
  return (
    <tr
      tabIndex={tabStop ? 0 : -1}
      data-doc-id={docId}
      className={isCursor ? 'cursor' : undefined}
      onFocus={(e) => {
        if (e.target === e.currentTarget) services.corpusList.moveCursor(docId, true);
      }}
      onClick={() => services.run('open-document', { docId })}
    >
      <td className="title-cell" title={docId}>
        <span className="title">{row.title}</span>
        <button
          className="icon remove"
          tabIndex={-1}
          aria-label={`Remove ${row.title}`}
          title="Remove the document…"
          onClick={(e) => {
            e.stopPropagation();
            services.run('remove-document', { docId });
          }}
        >
          ×
        </button>
      </td>
      <td className="date">{row.doc.meta.date ?? '—'}</td>
      <td>
        <span className={`status status-${f.status}`}>{f.status}</span>
      </td>
      <td className="progress">
        <ProgressMeter decided={f.decided} total={f.mentions + f.events} done={f.status === 'done' || f.status === 'adjudicated'} />
      </td>
      <td className="num">{f.mentions}</td>
      <td className="num">{f.events}</td>
      <td className={f.pending ? 'num pending-count' : 'num muted'}>{f.pending}</td>
      <td className="annotators">
        <AnnotatorsCell annotators={row.annotators} />
      </td>
      {assigned && (
        <td className="assigned-cell">
          <AssignedCell assigned={row.assigned} />
        </td>
      )}
      <td className="gold-cell">
        <GoldCell gold={row.gold} />
      </td>
      <td className="num time">
        <TimeCell ms={f.activeMs} />
      </td>
      <td className="yield-cell">
        <YieldCell figures={f} />
      </td>
    </tr>
  );
});
