import { useEffect, useRef, useState, type RefObject } from 'react';
import { usesOf } from '../../shared/model/frames';
import type { AnnotationSet } from '../../shared/model/types';

export interface HoverUses {
  lines: string[];
  x: number;
  y: number;
}

/**
 * Which events use the mention under the pointer (`Victim of Life.Die “tués”`), for a small card
 * beside it. Read from the set as it is when the pointer arrives, and drawn outside ProseMirror's DOM:
 * writing into the editor's elements (a title) would make ProseMirror take them for a change of text.
 */
export function useHoverUses(host: RefObject<HTMLElement | null>, set: AnnotationSet): HoverUses | null {
  const latest = useRef(set);
  latest.current = set;
  const [shown, setShown] = useState<HoverUses | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const onOver = (e: MouseEvent) => {
      const target = (e.target as HTMLElement | null)?.closest?.<HTMLElement>('.mention[data-id]');
      const lines = target?.dataset.id ? usesOf(latest.current, target.dataset.id) : [];
      if (!target || !lines.length) return setShown(null);
      const box = target.getBoundingClientRect();
      setShown({ lines, x: box.left, y: box.bottom + 4 });
    };
    const onOut = (e: MouseEvent) => {
      if (!(e.relatedTarget as HTMLElement | null)?.closest?.('.mention[data-id]')) setShown(null);
    };
    el.addEventListener('mouseover', onOver);
    el.addEventListener('mouseout', onOut);
    return () => {
      el.removeEventListener('mouseover', onOver);
      el.removeEventListener('mouseout', onOut);
    };
  }, [host]);
  return shown;
}
