import { useEffect, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import type { Selection } from '../../shared/model/selection';
import type { AnnotationSet } from '../../shared/model/types';
import { posToUtf16, utf16ToPos } from './blocks';
import type { DrawContext } from './decorations';
import { setSelectionFromApp } from './interaction';

/**
 * Dragging a handle of the selected mention moves its start or its end: the text selection shows the
 * new extent while dragging, and the resize is asked for when the button is released (Alt keeps the
 * boundary exact, otherwise it snaps to a word).
 */
export function useHandleDrag(
  host: RefObject<HTMLElement | null>,
  editor: Editor | null,
  ctx: DrawContext,
  set: AnnotationSet,
  selection: Selection,
  onResize: (id: string, start: number, end: number, exact: boolean) => void,
): void {
  useEffect(() => {
    const el = host.current;
    const mention = selection.kind === 'mention' ? set.entities.find((m) => m.id === selection.id) : undefined;
    if (!el || !editor || !mention) return;
    const pos = (cp: number) => utf16ToPos(ctx.blocks, ctx.map.toUtf16(cp));
    const onDown = (down: PointerEvent) => {
      const side = (down.target as HTMLElement | null)?.closest?.('[data-handle]')?.getAttribute('data-handle');
      if (!side) return;
      down.preventDefault();
      down.stopPropagation();
      let { start, end } = mention;
      const move = (e: PointerEvent) => {
        const hit = editor.view.posAtCoords({ left: e.clientX, top: e.clientY });
        if (!hit) return;
        const cp = ctx.map.toCodePoint(posToUtf16(ctx.blocks, hit.pos));
        if (side === 'start') start = Math.min(cp, end - 1);
        else end = Math.max(cp, start + 1);
        setSelectionFromApp(editor.view, pos(start), pos(end));
      };
      const up = (e: PointerEvent) => {
        window.removeEventListener('pointermove', move);
        if (start !== mention.start || end !== mention.end) onResize(mention.id, start, end, e.altKey);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up, { once: true });
    };
    el.addEventListener('pointerdown', onDown, true);
    return () => el.removeEventListener('pointerdown', onDown, true);
  }, [host, editor, ctx, set, selection, onResize]);
}
