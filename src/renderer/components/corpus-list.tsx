import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
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

/** A row's height before it is measured (one line of text); rows the list does not show are this tall. */
const ROW_ESTIMATE = 31;

/** The closest ancestor that scrolls: the rows on screen are those in its view. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement; p; p = p.parentElement) if (/(auto|scroll)/.test(getComputedStyle(p).overflowY)) return p;
  return null;
}

/**
 * Only the rows in view (and a few around them) are in the page, with empty rows as tall as those left
 * out: thousands of documents rendered at once made the list take half a second to appear. The row
 * the keyboard is on (the cursor, else the first: the tab stop) is always rendered, so the focus stays
 * on a row that scrolled away.
 */
function useRowWindow(body: RefObject<HTMLTableSectionElement | null>, count: number, kept: number) {
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const parent = scrollParent(body.current);
    setScroller(parent);
    if (parent && body.current) setMargin(body.current.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop);
  }, [body]);
  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...defaultRangeExtractor(range), kept])].filter((i) => i < count).sort((a, b) => a - b),
    [kept, count],
  );
  return useVirtualizer({
    count,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 20,
    scrollMargin: margin,
    rangeExtractor,
  });
}

/** Empty rows standing in for those not rendered, so that the table is as tall as all of them. */
function Gap(props: { height: number; span: number }) {
  if (props.height <= 0) return null;
  return (
    <tr className="row-gap" aria-hidden="true" style={{ height: props.height }}>
      <td colSpan={props.span} />
    </tr>
  );
}

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
  const cursorIndex = props.rows.findIndex((r) => r.doc.id === cursor);
  const tabStop = cursorIndex >= 0 ? cursor : props.rows[0]?.doc.id;
  // Assignments come from a team server: without one the column would only be empty.
  const assigned = props.rows.some((r) => r.assigned.length > 0);
  const columns = assigned ? COLUMNS : COLUMNS.filter((c) => c.column !== 'assigned');
  const rows = useRowWindow(body, props.rows.length, Math.max(cursorIndex, 0));

  useEffect(() => {
    if (focused && cursorIndex >= 0) rows.scrollToIndex(cursorIndex, { align: 'auto' });
  }, [cursor, focused, cursorIndex, rows]);
  // After every render: the cursor's row may have been drawn only now (the list's first rows come once its scroller is known).
  useEffect(() => {
    if (!focused || !cursor) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-doc-id="${CSS.escape(cursor)}"]`);
    if (row && !row.contains(document.activeElement)) row.focus({ preventScroll: true });
  });

  // Back from a document, the keyboard is where it was (once, when the list appears).
  const initialCursor = useRef(cursor);
  useEffect(() => {
    if (initialCursor.current) services.corpusList.moveCursor(initialCursor.current, true);
  }, [services]);

  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) services.corpusList.moveCursor(cursor, false);
  };

  return (
    <table className="corpus-table" aria-label="Documents" aria-rowcount={props.rows.length + 1}>
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
        {rows.getVirtualItems().map((item, i, shown) => {
          const r = props.rows[item.index];
          const before = i === 0 ? rows.options.scrollMargin : shown[i - 1].end;
          return (
            <Fragment key={r.doc.id}>
              <Gap height={item.start - before} span={columns.length} />
              <Row row={r} index={item.index} measure={rows.measureElement} tabStop={r.doc.id === tabStop} isCursor={r.doc.id === cursor} assigned={assigned} />
            </Fragment>
          );
        })}
        <Gap
          height={rows.getTotalSize() + rows.options.scrollMargin - (rows.getVirtualItems().at(-1)?.end ?? rows.options.scrollMargin)}
          span={columns.length}
        />
      </tbody>
    </table>
  );
}

/** Memoised: moving the cursor renders two rows again, not the whole corpus. */
const Row = memo(function Row(props: {
  row: CorpusRow;
  /** Its place in the sorted list (aria-rowindex counts the header row too). */
  index: number;
  /** Tells the list the row's height once it is drawn. */
  measure: (el: HTMLElement | null) => void;
  tabStop: boolean;
  isCursor: boolean;
  assigned: boolean;
}) {
  const { row, tabStop, isCursor, assigned } = props;
  const services = useServices();
  const f = rowFigures(row);
  const docId = row.doc.id;
  return (
    <tr
      ref={props.measure}
      data-index={props.index}
      aria-rowindex={props.index + 2}
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
