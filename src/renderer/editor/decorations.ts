import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { AnnotationSet, EntityMention, EventFrame } from '../../shared/model/types';
import { isPending } from '../../shared/model/types';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { OffsetMap } from '../../shared/text/offsets';
import { spanToRanges, type Block } from './blocks';

/**
 * Annotations drawn as ProseMirror decorations. The plugin holds ONE DecorationSet; a change to the
 * annotation set replaces only the decorations of the mentions it touches (and of the mentions
 * overlapping them, whose pieces are cut at the changed boundaries). Transactions without a change
 * leave the set as it is.
 */

export const annotationsKey = new PluginKey<DecorationSet>('glose-annotations');

export type DecorationsMeta = { reset: Decoration[] } | { removeKeys: string[]; add: Decoration[] };

export function annotationsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: annotationsKey,
    state: {
      init: () => DecorationSet.empty,
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

/** What drawing needs to know about the text and schema; built once per document. */
export interface DrawContext {
  blocks: Block[];
  map: OffsetMap;
  schema: SchemaIndex;
}

/** Sorted code-point offsets where some mention starts or ends: a mention's pieces are cut there. */
export function boundariesOf(entities: EntityMention[]): number[] {
  const all = new Set<number>();
  for (const m of entities) {
    all.add(m.start);
    all.add(m.end);
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
    Decoration.inline(r.from, r.to, i === list.length - 1 ? { ...attrs, 'data-label-end': '' } : attrs, { key, span, inclusiveStart: false, inclusiveEnd: false }),
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

export function mentionDecorations(m: EntityMention, ctx: DrawContext, boundaries: number[]): Decoration[] {
  const color = ctx.schema.label(m.label)?.color ?? '#dddddd';
  const pending = isPending(m);
  return pieces(`m:${m.id}`, m.end - m.start, ranges(ctx, m.start, m.end, cutsInside(boundaries, m.start, m.end)), {
    nodeName: 'span',
    class: pending ? 'mention pending' : 'mention',
    'data-label': m.label,
    'data-id': m.id,
    style: `--c: ${color}`,
  });
}

export function triggerDecorations(e: EventFrame, ctx: DrawContext): Decoration[] {
  const color = ctx.schema.eventType(e.type)?.color ?? '#555555';
  return pieces(`e:${e.id}`, e.trigger.end - e.trigger.start, ranges(ctx, e.trigger.start, e.trigger.end, []), {
    nodeName: 'span',
    class: isPending(e) ? 'trigger pending' : 'trigger',
    'data-label': e.type,
    'data-id': e.id,
    style: `--c: ${color}`,
  });
}

export function allDecorations(set: AnnotationSet, ctx: DrawContext): Decoration[] {
  const boundaries = boundariesOf(set.entities);
  return sortForNesting([...set.entities.flatMap((m) => mentionDecorations(m, ctx, boundaries)), ...set.events.flatMap((e) => triggerDecorations(e, ctx))]);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The decoration change from one version of a set to the next. Unchanged items keep their object
 * identity through operations, so `!==` finds what changed. Returns null when nothing changed.
 */
export function diffDecorations(prev: AnnotationSet, next: AnnotationSet, ctx: DrawContext): DecorationsMeta | null {
  const prevM = new Map(prev.entities.map((m) => [m.id, m]));
  const nextM = new Map(next.entities.map((m) => [m.id, m]));
  const touched: EntityMention[] = [];
  for (const m of next.entities) if (prevM.get(m.id) !== m) touched.push(m);
  for (const m of prev.entities) {
    if (!nextM.has(m.id)) touched.push(m);
    else if (nextM.get(m.id) !== m) touched.push(m);
  }
  const prevE = new Map(prev.events.map((e) => [e.id, e]));
  const nextE = new Map(next.events.map((e) => [e.id, e]));
  const eventKeys = new Set<string>();
  for (const e of next.events) if (prevE.get(e.id) !== e) eventKeys.add(e.id);
  for (const e of prev.events) if (!nextE.has(e.id)) eventKeys.add(e.id);
  if (touched.length === 0 && eventKeys.size === 0) return null;
  // Many changes at once (accept all, a large merge): one rebuild is cheaper than many finds.
  if (touched.length > 200) return { reset: allDecorations(next, ctx) };

  const ids = new Set(touched.map((m) => m.id));
  for (const m of [...prev.entities, ...next.entities]) if (!ids.has(m.id) && touched.some((t) => overlaps(t, m))) ids.add(m.id);
  const boundaries = boundariesOf(next.entities);
  const add = sortForNesting([
    ...[...ids].flatMap((id) => (nextM.has(id) ? mentionDecorations(nextM.get(id)!, ctx, boundaries) : [])),
    ...[...eventKeys].flatMap((id) => (nextE.has(id) ? triggerDecorations(nextE.get(id)!, ctx) : [])),
  ]);
  return { removeKeys: [...[...ids].map((id) => `m:${id}`), ...[...eventKeys].map((id) => `e:${id}`)], add };
}

/** The set of decorations currently drawn (for tests and for scrolling to a mention). */
export function drawnDecorations(state: EditorState): Decoration[] {
  return annotationsKey.getState(state)?.find() ?? [];
}
