import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * What the annotator does in the text, turned into selections: the text itself never changes (every
 * transaction that would change it is refused, typing and pasting are stopped before they reach the
 * page), but the caret moves and text can be selected with the mouse or with Shift+arrows. A selection
 * made with the mouse is reported when the button is released (`exact` when Alt is held: it is not
 * snapped to words), one made with the keyboard as it changes. A click on an annotation reports the
 * innermost one clicked.
 */
export interface InteractionCallbacks {
  /** A text selection (or a caret) in ProseMirror positions of the shown page. */
  onSelect(from: number, to: number, exact: boolean): void;
  /** A click on an annotation's element, by its `data-id`. */
  onPick(id: string): void;
}

export const interactionKey = new PluginKey('glose-interaction');

export function interactionPlugin(callbacks: { current: InteractionCallbacks }): Plugin {
  let pointerDown = false;
  return new Plugin({
    key: interactionKey,
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      handleKeyDown(_view, event) {
        // The commands have these keys (window listener); the text must not see them.
        return event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete';
      },
      handleDOMEvents: {
        beforeinput: (_view, event) => (event.preventDefault(), true),
        cut: (_view, event) => (event.preventDefault(), true),
        mousedown: () => {
          pointerDown = true;
          return false;
        },
        mouseup: (view, event) => {
          pointerDown = false;
          // After ProseMirror has settled the selection of this click or drag.
          setTimeout(() => report(view, event), 0);
          return false;
        },
      },
    },
    view: () => ({
      update(view, previous) {
        if (view.state.selection.eq(previous.selection)) return;
        if (fromApp.has(view)) {
          fromApp.delete(view);
          return;
        }
        if (pointerDown) return;
        const { from, to } = view.state.selection;
        callbacks.current.onSelect(from, to, false);
      },
    }),
  });

  function report(view: EditorView, event: MouseEvent) {
    const { from, to } = view.state.selection;
    const id = (event.target as HTMLElement | null)?.closest?.('[data-id]')?.getAttribute('data-id');
    if (from === to && id) callbacks.current.onPick(id);
    else callbacks.current.onSelect(from, to, event.altKey);
  }
}

/** Views whose next selection change came from the app (set by setSelectionFromApp). */
const fromApp = new WeakSet<EditorView>();

/** Shows a selection the app decided (undo, a search hit) without reporting it back as the user's. */
export function setSelectionFromApp(view: EditorView, from: number, to: number): void {
  const { selection } = view.state;
  if (selection.from === from && selection.to === to) return;
  fromApp.add(view);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
}
