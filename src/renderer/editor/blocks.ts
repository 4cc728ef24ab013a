import { OffsetMap } from '../../shared/text/offsets';
import { lastAtOrBefore } from '../../shared/text/sorted-ranges';

/**
 * The document text laid out as editor paragraphs: one per line, long lines cut at sentence ends so
 * that no block is much longer than MAX_BLOCK (a change re-lays out its whole block). The text itself is
 * unchanged: a cut drops no character; only the line breaks between lines are not in any block.
 */
export interface Block {
  /** UTF-16 range of the text the block shows. */
  from: number;
  to: number;
  /** ProseMirror position where the block's content starts. */
  pos: number;
}

export const MAX_BLOCK = 2000;

/**
 * Cuts a line (UTF-16 [from, to)) after sentence ends so that pieces stay about `max` long; a stretch
 * with no sentence end for 2 × max is cut after a space instead (a one-line article of megabytes).
 */
function cutLine(text: string, from: number, to: number, max: number): Array<[number, number]> {
  if (to - from <= max) return [[from, to]];
  const pieces: Array<[number, number]> = [];
  const ends = /[.!?…»"]\s+/g;
  let start = from;
  while (to - start > max) {
    ends.lastIndex = start + Math.floor(max / 2);
    const m = ends.exec(text);
    let cut = m && m.index + m[0].length < to && m.index + m[0].length - start <= 2 * max ? m.index + m[0].length : -1;
    if (cut < 0) {
      const space = text.lastIndexOf(' ', start + max);
      cut = space > start ? space + 1 : start + max;
      // Never between the two halves of a surrogate pair.
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut++;
    }
    if (cut >= to) break;
    pieces.push([start, cut]);
    start = cut;
  }
  pieces.push([start, to]);
  return pieces;
}

export function layoutBlocks(text: string, max = MAX_BLOCK): Block[] {
  const blocks: Block[] = [];
  let pos = 1; // inside the first paragraph
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    for (const [from, to] of cutLine(text, lineStart, lineEnd, max)) {
      blocks.push({ from, to, pos });
      pos += to - from + 2; // content plus the paragraph's open and close tokens
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** Index of the block holding UTF-16 index `u` (a line-break index goes to the block before it). */
function blockIndex(blocks: Block[], u: number): number {
  return lastAtOrBefore(blocks, (b) => b.from, u);
}

/** The UTF-16 index of a ProseMirror position inside the blocks (a position between blocks goes to the end of the one before). */
export function posToUtf16(blocks: Block[], pos: number): number {
  const b = blocks[lastAtOrBefore(blocks, (block) => block.pos, pos)];
  return Math.min(b.to, Math.max(b.from, b.from + pos - b.pos));
}

/** The ProseMirror position of a UTF-16 index of the text (clamped to the blocks shown). */
export function utf16ToPos(blocks: Block[], u: number): number {
  const b = blocks[blockIndex(blocks, u)];
  return b.pos + Math.min(b.to, Math.max(b.from, u)) - b.from;
}

/** A code-point span as ProseMirror ranges, one per block it touches (empty pieces dropped). */
export function spanToRanges(blocks: Block[], map: OffsetMap, start: number, end: number): Array<{ from: number; to: number }> {
  const s = map.toUtf16(start);
  const e = map.toUtf16(end);
  const ranges: Array<{ from: number; to: number }> = [];
  for (let i = blockIndex(blocks, s); i < blocks.length && blocks[i].from < e; i++) {
    const b = blocks[i];
    const from = Math.max(s, b.from);
    const to = Math.min(e, b.to);
    if (to > from) ranges.push({ from: b.pos + from - b.from, to: b.pos + to - b.from });
  }
  return ranges;
}

/** The ProseMirror JSON of the laid-out text: paragraphs of plain text (empty lines stay empty paragraphs). */
export interface JsonNode {
  type: string;
  text?: string;
  content?: JsonNode[];
}

export function blocksToJson(text: string, blocks: Block[]): JsonNode {
  return {
    type: 'doc',
    content: blocks.map((b) => (b.to > b.from ? { type: 'paragraph', content: [{ type: 'text', text: text.slice(b.from, b.to) }] } : { type: 'paragraph' })),
  };
}

/** A run of whole blocks drawn at once: a very long article is shown a page at a time. */
export interface Page {
  /** Index of its first block and one past its last. */
  first: number;
  end: number;
  /** UTF-16 range of the text it shows. */
  from: number;
  to: number;
}

/** About 150 000 characters a page: an article of that size opens whole, one of megabytes in pages. */
export const PAGE_CHARS = 150_000;

export function layoutPages(blocks: Block[], max = PAGE_CHARS): Page[] {
  const pages: Page[] = [];
  let first = 0;
  for (let i = 1; i <= blocks.length; i++) {
    if (i === blocks.length || blocks[i].to - blocks[first].from > max) {
      pages.push({ first, end: i, from: blocks[first].from, to: blocks[i - 1].to });
      first = i;
    }
  }
  return pages;
}

/** The blocks of a page, with positions counted from the start of the page's own editor document. */
export function pageBlocks(blocks: Block[], page: Page): Block[] {
  const shift = blocks[page.first].pos - 1;
  return blocks.slice(page.first, page.end).map((b) => ({ ...b, pos: b.pos - shift }));
}

/** The page that shows UTF-16 index `u`. */
export function pageOf(pages: Page[], u: number): number {
  const i = pages.findIndex((p) => u < p.to || (u === p.to && p === pages.at(-1)));
  return i < 0 ? pages.length - 1 : i;
}
