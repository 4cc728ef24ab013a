import { OffsetMap } from '../../shared/text/offsets';

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

/** Cuts a line (UTF-16 [from, to)) after sentence ends so that pieces stay about `max` long. */
function cutLine(text: string, from: number, to: number, max: number): Array<[number, number]> {
  if (to - from <= max) return [[from, to]];
  const pieces: Array<[number, number]> = [];
  const ends = /[.!?…»"]\s+/g;
  ends.lastIndex = from;
  let start = from;
  let lastCut = -1;
  for (let m = ends.exec(text); m && m.index < to; m = ends.exec(text)) {
    const cut = m.index + m[0].length;
    if (cut >= to) break;
    if (cut - start > max && lastCut > start) {
      pieces.push([start, lastCut]);
      start = lastCut;
    }
    lastCut = cut;
  }
  if (to - start > max && lastCut > start) {
    pieces.push([start, lastCut]);
    start = lastCut;
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
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].from <= u) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
