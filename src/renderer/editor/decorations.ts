import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { MENTION_SHARE, readableTextOn, THEME_SURFACES } from '../../shared/schema/palette';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { AnnotationSet, AnnotationSource, EntityMention, EventFrame } from '../../shared/model/types';
import { isPending } from '../../shared/model/types';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { OffsetMap } from '../../shared/text/offsets';
import { spanToRanges, type Block } from './blocks';
import { lastAtOrBefore } from '../../shared/text/sorted-ranges';

/**
 * Annotations drawn as ProseMirror decorations. The plugin holds ONE DecorationSet; a change to the
 * annotation set replaces only the decorations of the mentions it touches (and of the mentions
 * overlapping them, whose pieces are cut at the changed boundaries). Transactions without a change
 * leave the set as it is.
 */

export const annotationsKey = new PluginKey<DecorationSet>('glose-annotations');

export type DecorationsMeta = { reset: Decoration[] } | { removeKeys: string[]; add: Decoration[] };

/** `initial`: the decorations the view is first drawn with (drawing the text bare and then again with them took twice as long). */
export function annotationsPlugin(initial: () => Decoration[] = () => []): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: annotationsKey,
    state: {
      init: (_config, state) => DecorationSet.create(state.doc, initial()),
      apply(tr, set) {
        const meta = tr.getMeta(annotationsKey) as DecorationsMeta | undefined;
        if (!meta) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        if ('reset' in meta) return DecorationSet.create(tr.doc, meta.reset);
        const keys = new Set(meta.removeKeys);
        const old = set.find(undefined, undefined, (spec) => keys.has((spec as { key?: string }).key ?? ''));
        return set.remove(old).add(tr.doc, meta.add);
      },
    },
    props: {
      decorations(state: EditorState) {
        return annotationsKey.getState(state);
      },
    },
  });
}

/** What drawing needs to know about the text and schema; built once per document page. */
export interface DrawContext {
  /** The blocks of the page shown, positioned in its editor. */
  blocks: Block[];
  map: OffsetMap;
  schema: SchemaIndex;
  /** Code points the page shows: only annotations that overlap it are drawn. */
  start: number;
  end: number;
}

const onPage = (ctx: DrawContext, start: number, end: number) => start < ctx.end && ctx.start < end;

/** What hovering an annotation says: its label, and for a suggestion where it comes from and how sure it is. */
export function annotationTitle(label: string, item: { source?: AnnotationSource; confidence?: number }): string {
  if (!isPending(item)) return label;
  const confidence = typeof item.confidence === 'number' ? `, confidence ${item.confidence.toFixed(2)}` : '';
  return `${label} — suggestion (${item.source ?? 'heuristic'}${confidence})`;
}

/**
 * Sorted code-point offsets where some mention or trigger starts or ends. Every piece is cut there, so
 * that ProseMirror never has to split a decoration itself (it would copy the label to both halves).
 */
export function boundariesOf(set: Pick<AnnotationSet, 'entities' | 'events'>): number[] {
  const all = new Set<number>();
  for (const m of set.entities) {
    all.add(m.start);
    all.add(m.end);
  }
  for (const e of set.events) {
    all.add(e.trigger.start);
    all.add(e.trigger.end);
  }
  return [...all].sort((a, b) => a - b);
}

function cutsInside(boundaries: number[], start: number, end: number): number[] {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  const cuts: number[] = [];
  for (let i = lo; i < boundaries.length && boundaries[i] < end; i++) cuts.push(boundaries[i]);
  return cuts;
}

function ranges(ctx: DrawContext, start: number, end: number, cuts: number[]): Array<{ from: number; to: number }> {
  const points = [start, ...cuts, end];
  return points.slice(1).flatMap((to, i) => spanToRanges(ctx.blocks, ctx.map, points[i], to));
}

/** `span` is the code-point length of the whole annotation: it decides the nesting of equal pieces. */
function pieces(key: string, span: number, list: Array<{ from: number; to: number }>, attrs: Record<string, string>): Decoration[] {
  return list.map((r, i) =>
    Decoration.inline(r.from, r.to, i === list.length - 1 ? { ...attrs, 'data-label-end': '' } : attrs, {
      key,
      span,
      inclusiveStart: false,
      inclusiveEnd: false,
    }),
  );
}

const specOf = (d: Decoration) => d.spec as { key: string; span: number };

/**
 * ProseMirror wraps a piece covered by several decorations innermost-first, in the set's order, which
 * is by position and otherwise by insertion. Adding equal pieces shortest annotation first makes the
 * DOM nest as the mentions do: the inner mention's element (and its label) inside the outer one's.
 */
export function sortForNesting(decos: Decoration[]): Decoration[] {
  return decos.sort((a, b) => a.from - b.from || a.to - b.to || specOf(a).span - specOf(b).span || specOf(a).key.localeCompare(specOf(b).key));
}

/** A colour's style: the same for every mention of a label, worked out once (thousands of mentions share a few colours). */
const styles = new Map<string, string>();
function styleOf(color: string, kind: 'mention' | 'trigger'): string {
  const key = `${kind}:${color}`;
  let style = styles.get(key);
  if (style === undefined) {
    // Text readable on the label's colour as drawn in each theme: the span mixed with the page, the tag at full strength.
    const onSpan =
      kind === 'mention'
        ? `--on-span-light: ${readableTextOn(color, MENTION_SHARE, THEME_SURFACES.light.panel)}; --on-span-dark: ${readableTextOn(color, MENTION_SHARE, THEME_SURFACES.dark.panel)}; `
        : '';
    style = `--c: ${color}; ${onSpan}--on-tag: ${readableTextOn(color)}`;
    styles.set(key, style);
  }
  return style;
}

/** The class of a drawn annotation; `is-selected` outlines every piece of the selected one, and only its own. */
const classOf = (kind: 'mention' | 'trigger', item: EntityMention | EventFrame, selected: string | null) =>
  `${kind}${isPending(item) ? ' pending' : ''}${item.id === selected ? ' is-selected' : ''}`;

export function mentionDecorations(m: EntityMention, ctx: DrawContext, boundaries: number[], selected: string | null = null): Decoration[] {
  const color = ctx.schema.label(m.label)?.color ?? '#dddddd';
  return pieces(`m:${m.id}`, m.end - m.start, ranges(ctx, m.start, m.end, cutsInside(boundaries, m.start, m.end)), {
    nodeName: 'span',
    class: classOf('mention', m, selected),
    'data-label': m.label,
    'data-id': m.id,
    title: annotationTitle(m.label, m),
    style: styleOf(color, 'mention'),
  });
}

export function triggerDecorations(e: EventFrame, ctx: DrawContext, boundaries: number[], selected: string | null = null): Decoration[] {
  const color = ctx.schema.eventType(e.type)?.color ?? '#555555';
  const { start, end } = e.trigger;
  return pieces(`e:${e.id}`, end - start, ranges(ctx, start, end, cutsInside(boundaries, start, end)), {
    nodeName: 'span',
    class: classOf('trigger', e, selected),
    'data-label': e.type,
    'data-id': e.id,
    title: annotationTitle(e.type, e),
    style: styleOf(color, 'trigger'),
  });
}

/** Every annotation of the page; `selected`: the id of the selected mention or event. */
export function allDecorations(set: AnnotationSet, ctx: DrawContext, selected: string | null = null): Decoration[] {
  // Only what reaches the page can cut a piece drawn on it: a long article's other pages are left out.
  const onThisPage = {
    entities: set.entities.filter((m) => onPage(ctx, m.start, m.end)),
    events: set.events.filter((e) => onPage(ctx, e.trigger.start, e.trigger.end)),
  };
  const boundaries = boundariesOf(onThisPage);
  return sortForNesting([
    ...onThisPage.entities.flatMap((m) => mentionDecorations(m, ctx, boundaries, selected)),
    ...onThisPage.events.flatMap((e) => triggerDecorations(e, ctx, boundaries, selected)),
  ]);
}

/** Mentions and triggers alike: what is drawn, under which key, over which span. */
interface Drawn {
  key: string;
  start: number;
  end: number;
  item: EntityMention | EventFrame;
}

const drawnMention = (m: EntityMention): Drawn => ({ key: `m:${m.id}`, start: m.start, end: m.end, item: m });
const drawnEvent = (e: EventFrame): Drawn => ({ key: `e:${e.id}`, start: e.trigger.start, end: e.trigger.end, item: e });

/** Items of `next` that `prev` did not have and items of `prev` that `next` lost, by identity (operations keep unchanged items as they were). */
function changed<T>(prev: T[], next: T[]): { added: T[]; removed: T[] } {
  if (prev === next) return { added: [], removed: [] };
  // What the two lists share at their ends is compared by a walk, not by sets: a step changes a few
  // items in place or appends (a slice of pre-annotation), and the lists can hold 150 000 items.
  let head = 0;
  while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
  let tail = 0;
  while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const was = prev.slice(head, prev.length - tail);
  const now = next.slice(head, next.length - tail);
  const before = new Set(was);
  const after = new Set(now);
  return { added: now.filter((x) => !before.has(x)), removed: was.filter((x) => !after.has(x)) };
}

type Extent = { start: number; end: number };

/** Whether an extent overlaps any of `items`, answered by a binary search (a slice of pre-annotation adds thousands). */
function overlapsAny(items: Extent[]): (x: Extent) => boolean {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const d of sorted) furthest.push(Math.max(furthest.at(-1) ?? -Infinity, d.end));
  return (x) => {
    if (!sorted.length || sorted[0].start >= x.end) return false;
    // Offsets are whole code points: the last item starting before x ends, and the furthest end up to it.
    return furthest[lastAtOrBefore(sorted, (d) => d.start, x.end - 1)] > x.start;
  };
}

/** The selected annotation before and after a change (ids of a mention or an event, or null). */
export interface Selected {
  before: string | null;
  after: string | null;
}

/** The annotations of `set` with these ids that are not among `drawn`: redrawn because they were or are now selected. */
function reselected(set: AnnotationSet, selected: Selected, drawn: Set<string>): Drawn[] {
  if (selected.before === selected.after) return [];
  const ids = new Set([selected.before, selected.after]);
  return [...set.entities.filter((m) => ids.has(m.id)).map(drawnMention), ...set.events.filter((e) => ids.has(e.id)).map(drawnEvent)].filter(
    (d) => !drawn.has(d.key),
  );
}

/**
 * The decoration change from one version of a set to the next, found by identity in one pass over
 * each list; what overlaps a changed item is redrawn too (its pieces are cut at the changed
 * boundaries), and so are the annotations selected before and after (their outline is theirs).
 * Returns null when nothing changed.
 */
export function diffDecorations(
  prev: AnnotationSet,
  next: AnnotationSet,
  ctx: DrawContext,
  selected: Selected = { before: null, after: null },
): DecorationsMeta | null {
  const mentions = changed(prev.entities, next.entities);
  const events = changed(prev.events, next.events);
  const touched = [
    ...mentions.added.map(drawnMention),
    ...mentions.removed.map(drawnMention),
    ...events.added.map(drawnEvent),
    ...events.removed.map(drawnEvent),
  ];
  const added = [...mentions.added.map(drawnMention), ...events.added.map(drawnEvent)];
  const outlined = reselected(next, selected, new Set(added.map((d) => d.key)));
  if (touched.length === 0 && outlined.length === 0) return null;
  // Many items changed in place (accept all) are all drawn again: one rebuild does it at once. Many
  // added (a slice of pre-annotation) leave the rest of the page as it is drawn, and untouched.
  const removed = mentions.removed.length + events.removed.length;
  if (touched.length > 200 && removed > 0) return { reset: allDecorations(next, ctx, selected.after) };

  const keys = new Set([...touched, ...outlined].map((d) => d.key));
  const toDraw: Drawn[] = [...added, ...outlined];
  const touches = overlapsAny(touched);
  const near = (d: Drawn) => !keys.has(d.key) && touches(d);
  for (const m of next.entities) if (m.start < ctx.end && ctx.start < m.end && touches(m) && !keys.has(`m:${m.id}`)) toDraw.push(drawnMention(m));
  for (const e of next.events) {
    const d = drawnEvent(e);
    if (near(d)) toDraw.push(d);
  }
  for (const d of toDraw) keys.add(d.key);
  // The cuts inside what is redrawn come from whatever overlaps its whole extent.
  const lo = Math.min(...toDraw.map((d) => d.start));
  const hi = Math.max(...toDraw.map((d) => d.end));
  const boundaries = toDraw.length
    ? boundariesOf({
        entities: next.entities.filter((m) => m.start < hi && lo < m.end),
        events: next.events.filter((e) => e.trigger.start < hi && lo < e.trigger.end),
      })
    : [];
  const add = sortForNesting(
    toDraw.flatMap((d) =>
      d.key.startsWith('m:')
        ? mentionDecorations(d.item as EntityMention, ctx, boundaries, selected.after)
        : triggerDecorations(d.item as EventFrame, ctx, boundaries, selected.after),
    ),
  );
  return { removeKeys: [...keys], add };
}

/** The set of decorations currently drawn (for tests and for scrolling to a mention). */
export function drawnDecorations(state: EditorState): Decoration[] {
  return annotationsKey.getState(state)?.find() ?? [];
}
