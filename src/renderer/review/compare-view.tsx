import { memo, useLayoutEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import type { DocumentAlignment } from '../../shared/review/align';
import type { Disagreement } from '../../shared/review/disagreements';
import type { SchemaIndex } from '../../shared/schema/lookup';
import type { OffsetMap } from '../../shared/text/offsets';
import { layoutBlocks, type Block } from '../editor/blocks';
import { annotatorStyle, columnMarks, mergedMarks, unitsByKey, type ReviewMark } from './compare-marks';
import { marksByBlock, nestMarks, type Piece } from './nesting';

interface Props {
  text: string;
  map: OffsetMap;
  alignment: DocumentAlignment;
  disagreements: Disagreement[];
  schema: SchemaIndex;
  layout: 'side' | 'merged';
  current: number | null;
  onPick: (index: number) => void;
  lang: string;
}

function render(pieces: Piece<ReviewMark>[]): ReactNode[] {
  return pieces.map((p, i) => {
    if (typeof p === 'string') return p;
    const m = p.mark;
    return (
      <span
        key={i}
        className={`rv-mark rv-${m.kind} rv-${m.status}`}
        data-key={m.key}
        data-units={m.units || undefined}
        data-tag={p.last ? m.tag : undefined}
        style={{ '--c': m.color } as CSSProperties}
      >
        {render(p.children)}
      </span>
    );
  });
}

/** The drawn elements of each disagreement (by index, as in `data-units`). */
function indexByUnit(root: HTMLElement): Map<string, HTMLElement[]> {
  const out = new Map<string, HTMLElement[]>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-units]')) {
    for (const unit of el.dataset.units!.split(' ')) {
      const list = out.get(unit);
      if (list) list.push(el);
      else out.set(unit, [el]);
    }
  }
  return out;
}

/** One block of one column; drawn again only when its marks change. */
const Cell = memo(function Cell(props: { text: string; block: Block; marks: ReviewMark[] }) {
  const { text, block, marks } = props;
  return <div className="rv-cell">{block.to > block.from ? render(nestMarks(text, block.from, block.to, marks)) : '\u00a0'}</div>;
});

/**
 * The comparison: side by side (one column per annotator, blocks in rows, so the columns scroll as one)
 * or merged (one text, every variant once with who made it). The shown disagreement is outlined by a
 * style rule, not by drawing the text again, and scrolled into view.
 */
export function CompareView(props: Props) {
  const { text, map, alignment, disagreements, schema, layout } = props;
  const blocks = useMemo(() => layoutBlocks(text), [text]);
  const columns = useMemo(() => {
    const units = unitsByKey(disagreements);
    const marks =
      layout === 'side'
        ? alignment.annotators.map((a) => columnMarks(alignment, a, disagreements, units, map, schema))
        : [mergedMarks(alignment, disagreements, units, map, schema)];
    return marks.map((m) => marksByBlock(blocks, m));
  }, [alignment, disagreements, map, schema, layout, blocks]);
  const heads = layout === 'side' ? alignment.annotators : ['merged'];
  // The shown disagreement is outlined by a class on its few elements (a style rule over the whole
  // text would make the browser restyle every mark on each step of the queue); its elements are found
  // in an index built once per drawing, not by a selector over the whole text.
  const host = useRef<HTMLDivElement>(null);
  const byUnit = useRef<Map<string, HTMLElement[]> | null>(null);
  useLayoutEffect(() => {
    byUnit.current = null;
  }, [columns]);
  useLayoutEffect(() => {
    if (props.current === null || !host.current) return;
    byUnit.current ??= indexByUnit(host.current);
    const marked = byUnit.current.get(String(props.current)) ?? [];
    for (const el of marked) el.classList.add('rv-current');
    const first = marked[0];
    if (first) {
      const box = first.getBoundingClientRect();
      const view = host.current.getBoundingClientRect();
      if (box.top < view.top + 40 || box.bottom > view.bottom - 20) first.scrollIntoView({ block: 'center' });
    }
    return () => marked.forEach((el) => el.classList.remove('rv-current'));
  }, [props.current, columns]);
  const grid = { gridTemplateColumns: `repeat(${heads.length}, minmax(0, 1fr))` };
  return (
    <div
      ref={host}
      className={`rv-compare rv-${layout}`}
      data-testid="compare"
      data-layout={layout}
      onClick={(e) => {
        const units = (e.target as HTMLElement).closest('[data-units]')?.getAttribute('data-units');
        if (units) props.onPick(Number(units.split(' ')[0]));
      }}
    >
      <div className="rv-heads" style={grid}>
        {heads.map((a, i) => (
          <div
            key={a}
            className="rv-head"
            data-annotator={a}
            style={{ '--who': layout === 'side' ? annotatorStyle(i).color : 'var(--muted)' } as CSSProperties}
          >
            {layout === 'side' ? (
              <>
                <span className="rv-symbol">{annotatorStyle(i).symbol}</span> {a}
              </>
            ) : (
              alignment.annotators.map((x, j) => (
                <span key={x} className="rv-who" style={{ color: annotatorStyle(j).color }}>
                  {annotatorStyle(j).symbol} {x}
                </span>
              ))
            )}
          </div>
        ))}
      </div>
      <div className="rv-body" lang={props.lang}>
        {blocks.map((b, i) => (
          <div key={i} className="rv-row" style={grid}>
            {columns.map((c, j) => (
              <Cell key={j} text={text} block={b} marks={c[i]} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
