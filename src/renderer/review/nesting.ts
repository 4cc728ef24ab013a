import { lastAtOrBefore } from '../../shared/text/sorted-ranges';

/**
 * Marks over a text drawn as nested elements, the way the editor's decorations nest (see
 * editor/decorations.ts): the longer mark outside, a mark that crosses another's end cut in pieces,
 * and only the LAST piece of a mark flagged (it carries the label tag). Offsets are UTF-16, clipped to
 * the block being drawn. Written here rather than through ProseMirror: a read-only comparison needs no
 * editor, and plain nested spans open several times faster (see e2e/bench/review.bench.ts).
 */
export interface Mark {
  /** Unique among the marks drawn together. */
  key: string;
  from: number;
  to: number;
}

export type Piece<M extends Mark> = string | { mark: M; last: boolean; children: Piece<M>[] };

interface Clip<M> {
  mark: M;
  from: number;
  to: number;
}

const outerFirst = <M extends Mark>(a: Clip<M>, b: Clip<M>) =>
  a.from - b.from || b.to - a.to || b.mark.to - b.mark.from - (a.mark.to - a.mark.from) || (a.mark.key < b.mark.key ? -1 : 1);

function build<M extends Mark>(text: string, from: number, to: number, clips: Clip<M>[]): Piece<M>[] {
  const out: Piece<M>[] = [];
  let pos = from;
  let list = clips;
  let i = 0;
  while (i < list.length) {
    const c = list[i];
    if (c.from > pos) out.push(text.slice(pos, c.from));
    const inner: Clip<M>[] = [];
    const rest: Clip<M>[] = [];
    let j = i + 1;
    for (; j < list.length && list[j].from < c.to; j++) {
      const x = list[j];
      if (x.to <= c.to) inner.push(x);
      else {
        inner.push({ ...x, to: c.to });
        rest.push({ ...x, from: c.to });
      }
    }
    out.push({ mark: c.mark, last: c.to === c.mark.to, children: build(text, c.from, c.to, inner) });
    pos = c.to;
    if (rest.length) {
      list = [...rest, ...list.slice(j)].sort(outerFirst);
      i = 0;
    } else i = j;
  }
  if (pos < to) out.push(text.slice(pos, to));
  return out;
}

/** The pieces of `text[from, to)` with the marks that overlap it. */
export function nestMarks<M extends Mark>(text: string, from: number, to: number, marks: readonly M[]): Piece<M>[] {
  const clips = marks
    .map((mark) => ({ mark, from: Math.max(from, mark.from), to: Math.min(to, mark.to) }))
    .filter((c) => c.to > c.from)
    .sort(outerFirst);
  return build(text, from, to, clips);
}

/** Marks grouped by the blocks ([from, to) ranges, in order) they overlap. */
export function marksByBlock<M extends Mark>(blocks: ReadonlyArray<{ from: number; to: number }>, marks: readonly M[]): M[][] {
  const out: M[][] = blocks.map(() => []);
  for (const m of marks)
    for (let b = lastAtOrBefore(blocks, (block) => block.from, m.from); b < blocks.length && blocks[b].from < m.to; b++)
      if (blocks[b].to > m.from) out[b].push(m);
  return out;
}
