import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { AnnotationSet } from '../../shared/model/types';
import type { Selection } from '../../shared/model/selection';
import { spanToRanges } from './blocks';
import type { DrawContext } from './decorations';

/**
 * What is drawn over the annotations and changes with the selection rather than with the set: the
 * selected annotation and the handles of a selected mention, and search hits. Few
 * items, so the set is rebuilt whole when one of them changes (the annotations plugin is incremental).
 */
export const overlayKey = new PluginKey<DecorationSet>('glose-overlay');

export function overlayPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: overlayKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const next = tr.getMeta(overlayKey) as Decoration[] | undefined;
        return next ? DecorationSet.create(tr.doc, next) : set;
      },
    },
    props: {
      decorations: (state: EditorState) => overlayKey.getState(state),
    },
  });
}

export interface Overlay {
  selection: Selection;
  /** Search hits, code points; `current` is the one the user is on. */
  hits: Array<{ start: number; end: number }>;
  current: number;
}

function handle(side: 'start' | 'end'): () => HTMLElement {
  return () => {
    const el = document.createElement('span');
    el.className = `handle handle-${side}`;
    el.dataset.handle = side;
    el.setAttribute('aria-hidden', 'true');
    el.title = side === 'start' ? 'Drag to move the start' : 'Drag to move the end';
    return el;
  };
}

/** The overlay's decorations for the page drawn with `ctx`. */
export function overlayDecorations(set: AnnotationSet, overlay: Overlay, ctx: DrawContext): Decoration[] {
  const out: Decoration[] = [];
  const inline = (start: number, end: number, attrs: Record<string, string>) => {
    for (const r of spanToRanges(ctx.blocks, ctx.map, start, end)) out.push(Decoration.inline(r.from, r.to, attrs));
  };
  const { selection } = overlay;
  const selectedId = selection.kind === 'mention' || selection.kind === 'event' ? selection.id : null;
  const selected = selectedId ? (set.entities.find((m) => m.id === selectedId) ?? set.events.find((e) => e.id === selectedId)) : undefined;
  if (selected) {
    const span = 'trigger' in selected ? selected.trigger : selected;
    inline(span.start, span.end, { class: 'selected' });
  }
  if (selection.kind === 'mention') {
    const m = set.entities.find((e) => e.id === selection.id);
    const ranges = m ? spanToRanges(ctx.blocks, ctx.map, m.start, m.end) : [];
    if (ranges.length) {
      out.push(Decoration.widget(ranges[0].from, handle('start'), { side: 1, key: `hs:${m!.id}:${m!.start}`, ignoreSelection: true }));
      out.push(Decoration.widget(ranges.at(-1)!.to, handle('end'), { side: -1, key: `he:${m!.id}:${m!.end}`, ignoreSelection: true }));
    }
  }
  // A selected event (or one of its roles): its arguments named in the text, the keyboard's candidate apart.
  const eventId = selection.kind === 'event' ? selection.id : selection.kind === 'role' ? selection.eventId : null;
  const event = eventId ? set.events.find((e) => e.id === eventId) : undefined;
  if (event) {
    if (selection.kind === 'role') inline(event.trigger.start, event.trigger.end, { class: 'selected' });
    const byId = new Map(set.entities.map((m) => [m.id, m]));
    for (const a of event.arguments) {
      const m = byId.get(a.entity);
      if (!m) continue;
      const ranges = spanToRanges(ctx.blocks, ctx.map, m.start, m.end);
      ranges.forEach((r, i) => out.push(Decoration.inline(r.from, r.to, i === 0 ? { class: 'argument', 'data-role': a.role } : { class: 'argument' })));
    }
    const candidate = selection.kind === 'role' && selection.candidate ? byId.get(selection.candidate) : undefined;
    if (candidate) inline(candidate.start, candidate.end, { class: 'candidate' });
  }
  overlay.hits.forEach((h, i) => inline(h.start, h.end, { class: i === overlay.current ? 'hit current' : 'hit' }));
  return out;
}
