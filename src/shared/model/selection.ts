import type { AnnotationSet } from './types';

/**
 * What the user has selected in an open document. Commands read it, undo puts it back.
 * Offsets are code points of the document text, like every offset of the model.
 */
export type Selection =
  | { kind: 'none' }
  /** Text; a caret when `start === end`. Commands snap it to whole words unless it is `exact`. */
  | { kind: 'range'; start: number; end: number; exact?: boolean }
  | { kind: 'mention'; id: string }
  | { kind: 'event'; id: string }
  /**
   * One role of an event, waiting for a filler: `candidate` is the mention the keyboard is on (Enter
   * fills the role with it), `range` text selected meanwhile (a label key makes it a mention and fills
   * the role in one gesture).
   */
  | { kind: 'role'; eventId: string; role: string; candidate?: string; range?: { start: number; end: number; exact?: boolean } };

export const NO_SELECTION: Selection = { kind: 'none' };

export const caret = (at: number): Selection => ({ kind: 'range', start: at, end: at });

export function sameSelection(a: Selection, b: Selection): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The selection, or none when it names a mention or event the set no longer has. */
export function validSelection(set: Pick<AnnotationSet, 'entities' | 'events'>, selection: Selection): Selection {
  switch (selection.kind) {
    case 'mention':
      return set.entities.some((m) => m.id === selection.id) ? selection : NO_SELECTION;
    case 'event':
      return set.events.some((e) => e.id === selection.id) ? selection : NO_SELECTION;
    case 'role':
      return set.events.some((e) => e.id === selection.eventId) ? selection : NO_SELECTION;
    default:
      return selection;
  }
}
