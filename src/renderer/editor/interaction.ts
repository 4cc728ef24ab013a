import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * What the annotator does in the text, turned into selections: the text itself never changes (every
 * transaction that would change it is refused, typing and pasting are stopped before they reach the
 * page), but the caret moves and text can be selected with the mouse or with Shift+arrows. A selection
 * made with the mouse is reported when the button is released (`exact` when Alt is held: it is not
 * snapped to words), one made with the keyboard as it changes. A click is reported as its position.
 */
export interface InteractionCallbacks {
  /** A text selection (or a caret) in ProseMirror positions of the shown page. */
  onSelect(from: number, to: number, exact: boolean): void;
  /**
   * A click (no drag) at a ProseMirror position: the editor picks the annotation drawn there, or puts
   * the caret. Found from the position rather than the clicked element, which a redraw may replace.
   */
  onClick(pos: number): void;
}

export const interactionKey = new PluginKey('glose-interaction');

export function interactionPlugin(callbacks: { current: InteractionCallbacks }): Plugin {
  let pointerDown = false;
  /** From the release of the button to the end of that event: ProseMirror's own update of the selection then is not the user's next one. */
  let releasing = false;
  let downAt = { x: 0, y: 0 };
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
        mousedown: (_view, event) => {
          pointerDown = true;
          downAt = { x: event.clientX, y: event.clientY };
          return false;
        },
        mouseup: (view, event) => {
          pointerDown = false;
          releasing = true;
          setTimeout(() => (releasing = false), 0);
          report(view, event);
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
        // Only the user's own moves: with the focus elsewhere (a button of the side panel), a change is ProseMirror settling the app's.
        if (pointerDown || releasing || !view.hasFocus()) return;
        const { from, to } = view.state.selection;
        callbacks.current.onSelect(from, to, false);
      },
    }),
  });

  /**
   * Reported at once, from the browser's own selection (already where the mouse left it; ProseMirror's
   * state follows a moment later): a key pressed right after the mouse is released must find it.
   */
  function report(view: EditorView, event: MouseEvent) {
    const clicked = Math.abs(event.clientX - downAt.x) + Math.abs(event.clientY - downAt.y) < 4;
    const at = clicked ? view.posAtCoords({ left: event.clientX, top: event.clientY }) : null;
    if (at) return callbacks.current.onClick(at.pos);
    const dom = view.dom.ownerDocument.getSelection();
    if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return;
    const [a, b] = [view.posAtDOM(dom.anchorNode, dom.anchorOffset), view.posAtDOM(dom.focusNode, dom.focusOffset)];
    callbacks.current.onSelect(Math.min(a, b), Math.max(a, b), event.altKey);
  }
}

/** Views whose next selection change came from the app (set by setSelectionFromApp). */
const fromApp = new WeakSet<EditorView>();

/**
 * Puts the app's selection into a transaction without it being reported back as the user's: the text
 * range the app chose (undo, a search hit), or a caret where a text selection was (an annotation is
 * selected now, not text).
 */
export function showSelection(view: EditorView, tr: Transaction, range: number[] | null): void {
  const { selection } = view.state;
  if (range ? selection.from === range[0] && selection.to === range[1] : selection.empty) return;
  fromApp.add(view);
  tr.setSelection(TextSelection.create(tr.doc, range ? range[0] : selection.to, range ? range[1] : selection.to));
}

/** Shows a text range the app decided (a handle being dragged), not reported back as the user's. */
export function setSelectionFromApp(view: EditorView, from: number, to: number): void {
  const tr = view.state.tr;
  showSelection(view, tr, [from, to]);
  if (tr.selectionSet) view.dispatch(tr);
}
