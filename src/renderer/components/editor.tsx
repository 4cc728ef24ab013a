import { useEffect, useMemo, useRef, useState } from 'react';
import { Editor as TiptapEditor, Extension } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import type { Selection } from '../../shared/model/selection';
import type { AnnotationSet, Doc } from '../../shared/model/types';
import type { SchemaIndex } from '../../shared/schema/lookup';
import type { OffsetMap } from '../../shared/text/offsets';
import { blocksToJson, layoutBlocks, layoutPages, pageBlocks, pageOf, posToUtf16, utf16ToPos } from '../editor/blocks';
import { allDecorations, annotationsKey, annotationsPlugin, diffDecorations, type DrawContext } from '../editor/decorations';
import { interactionPlugin, showSelection, type InteractionCallbacks } from '../editor/interaction';
import { overlayDecorations, overlayKey, overlayPlugin, type Overlay } from '../editor/overlay';
import { useHandleDrag } from '../editor/use-handle-drag';
import { useHoverUses } from '../editor/use-hover-uses';
import { PageBar } from './page-bar';

export interface EditorProps {
  doc: Doc;
  map: OffsetMap;
  set: AnnotationSet;
  selection: Selection;
  schema: SchemaIndex;
  hits: Overlay['hits'];
  currentHit: number;
  /** A selection the user made in the text (code points). */
  onSelect(selection: Selection): void;
  /** A mention's boundaries dragged to new places (code points). */
  onResize(id: string, start: number, end: number, exact: boolean): void;
}

/**
 * Around every commit React saves and restores the selection of the focused element when it is an input
 * or `contentEditable === 'true'`, and for an editable element it counts the characters of ALL its DOM to
 * do so (ReactInputSelection: ~10 ms per commit in a large article, on every step). ProseMirror keeps this
 * editor's selection itself and React renders nothing inside it, so the editor answers another value
 * than 'true' here (the attribute, which the browser and ProseMirror go by, stays contenteditable="true").
 */
function hideSelectionFromReact(dom: HTMLElement): void {
  Object.defineProperty(dom, 'contentEditable', { configurable: true, get: () => 'inherit' });
}

const selectedId = (selection: Selection) => (selection.kind === 'mention' || selection.kind === 'event' ? selection.id : null);

const EMPTY = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Where in the text (UTF-16) the selection is, to show the page that holds it. */
function anchorOf(set: AnnotationSet, selection: Selection, map: OffsetMap): number | null {
  if (selection.kind === 'range') return map.toUtf16(selection.start);
  if (selection.kind === 'mention') {
    const m = set.entities.find((e) => e.id === selection.id);
    return m ? map.toUtf16(m.start) : null;
  }
  const id = selection.kind === 'event' ? selection.id : selection.kind === 'role' ? selection.eventId : null;
  const e = id ? set.events.find((ev) => ev.id === id) : undefined;
  return e ? map.toUtf16(e.trigger.start) : null;
}

/**
 * The text selection that shows the app's selection: a range as it is; for a selected mention or event
 * a caret inside it, so that the caret never wanders off the selected annotation (where the next caret
 * ProseMirror reports would deselect it); none otherwise.
 */
function textRangeOf(set: AnnotationSet, selection: Selection): { start: number; end: number } | null {
  if (selection.kind === 'range') return selection;
  if (selection.kind !== 'mention' && selection.kind !== 'event') return null;
  const span = selection.kind === 'mention' ? set.entities.find((e) => e.id === selection.id) : set.events.find((e) => e.id === selection.id)?.trigger;
  // Inside the annotation, not on its boundary, where the handles' widgets are.
  const at = span && (span.end - span.start > 1 ? span.end - 1 : span.end);
  return span ? { start: at!, end: at! } : null;
}

/** Whether the selected mention or event spans the code point (its end included). */
function covers(set: AnnotationSet, selection: Selection, at: number): boolean {
  if (selection.kind !== 'mention' && selection.kind !== 'event') return false;
  const m = selection.kind === 'mention' ? set.entities.find((e) => e.id === selection.id) : undefined;
  const span = m ?? set.events.find((e) => e.id === selection.id)?.trigger;
  return !!span && span.start <= at && at <= span.end;
}

/** The innermost mention or trigger drawn over a code point (what a click there picks). */
function annotationAt(set: AnnotationSet, at: number): Selection | null {
  let best: { size: number; selection: Selection } | null = null;
  const consider = (start: number, end: number, selection: Selection) => {
    if (start <= at && at < end && (!best || end - start < best.size)) best = { size: end - start, selection };
  };
  for (const m of set.entities) consider(m.start, m.end, { kind: 'mention', id: m.id });
  for (const e of set.events) consider(e.trigger.start, e.trigger.end, { kind: 'event', id: e.id });
  return best ? (best as { selection: Selection }).selection : null;
}

/**
 * The document text in a TipTap editor whose text never changes: the caret moves and text is selected
 * as in any editor, and annotations are decorations updated from the difference between the previous
 * and the new set. A very long article is drawn a page (~150 000 characters) at a time.
 */
export function Editor(props: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<TiptapEditor | null>(null);
  const drawn = useRef<AnnotationSet | null>(null);
  const blocks = useMemo(() => layoutBlocks(props.doc.text), [props.doc.text]);
  const pages = useMemo(() => layoutPages(blocks), [blocks]);
  const [pageIndex, setPage] = useState(0);
  const page = pages[Math.min(pageIndex, pages.length - 1)];
  const ctx: DrawContext = useMemo(
    () => ({
      blocks: pageBlocks(blocks, page),
      map: props.map,
      schema: props.schema,
      start: props.map.toCodePoint(page.from),
      end: props.map.toCodePoint(page.to),
    }),
    [blocks, page, props.map, props.schema],
  );

  /** The set and selection as rendered last: a new editor is drawn with them, and the selection's page is found in that set. */
  const latestSet = useRef(props.set);
  latestSet.current = props.set;
  const latestSelection = useRef(props.selection);
  latestSelection.current = props.selection;
  /** The mention or event drawn as selected. */
  const drawnSelected = useRef<string | null>(null);
  const callbacks = useRef<InteractionCallbacks>({ onSelect: () => undefined, onClick: () => undefined });
  const toCp = (pos: number) => props.map.toCodePoint(posToUtf16(ctx.blocks, pos));
  callbacks.current = {
    onSelect(from, to, exact) {
      const [start, end] = [toCp(from), toCp(to)];
      // A caret that stays on the selected annotation (the click that picked it, settling) keeps it selected.
      if (start === end && covers(props.set, props.selection, start)) return;
      props.onSelect({ kind: 'range', start, end, ...(exact ? { exact } : {}) });
    },
    onClick(pos) {
      const at = toCp(pos);
      props.onSelect(annotationAt(props.set, at) ?? { kind: 'range', start: at, end: at });
    },
  };

  useEffect(() => {
    const selected = selectedId(latestSelection.current);
    const instance = new TiptapEditor({
      element: host.current!,
      extensions: [
        Document,
        Paragraph,
        Text,
        Extension.create({
          name: 'gloseAnnotations',
          addProseMirrorPlugins: () => [
            annotationsPlugin(() => allDecorations(latestSet.current, ctx, selected)),
            overlayPlugin(),
            interactionPlugin(callbacks),
          ],
        }),
      ],
      // TipTap draws its content bare, then again once its plugins are in: the page's text comes below, in one state with its decorations.
      content: EMPTY,
      editorProps: {
        attributes: {
          class: 'doc-text',
          'aria-label': 'Document text',
          'aria-readonly': 'true',
          'data-command-keys': '',
          spellcheck: 'false',
          lang: String(props.doc.meta.lang ?? 'fr'),
        },
      },
    });
    const doc = instance.schema.nodeFromJSON(blocksToJson(props.doc.text, ctx.blocks));
    instance.view.updateState(EditorState.create({ doc, plugins: instance.state.plugins }));
    hideSelectionFromReact(instance.view.dom);
    drawn.current = latestSet.current;
    drawnSelected.current = selected;
    setEditor(instance);
    return () => {
      instance.destroy();
      setEditor(null);
    };
  }, [ctx, props.doc]);

  // One transaction per change: the annotations (incremental when the same set changed, drawn whole
  // otherwise), the overlay (handles, the selected item, search hits) and the app's text selection.
  useEffect(() => {
    const view = editor?.view;
    if (!view) return;
    const prev = drawn.current;
    const selected = { before: drawnSelected.current, after: selectedId(props.selection) };
    const same = prev && prev.docId === props.set.docId && prev.annotator === props.set.annotator;
    const meta = same ? diffDecorations(prev, props.set, ctx, selected) : { reset: allDecorations(props.set, ctx, selected.after) };
    drawn.current = props.set;
    drawnSelected.current = selected.after;
    const tr = view.state.tr;
    if (meta) tr.setMeta(annotationsKey, meta);
    tr.setMeta(overlayKey, overlayDecorations(props.set, { selection: props.selection, hits: props.hits, current: props.currentHit }, ctx));
    const pos = (cp: number) => utf16ToPos(ctx.blocks, props.map.toUtf16(cp));
    const range = textRangeOf(props.set, props.selection);
    showSelection(view, tr, range && [pos(range.start), pos(range.end)]);
    view.dispatch(tr);
  }, [editor, props.set, props.selection, props.hits, props.currentHit, ctx, props.map]);

  // Show the page that holds the selection when the selection changes (not when the set does).
  useEffect(() => {
    const at = anchorOf(latestSet.current, props.selection, props.map);
    if (at !== null) setPage(pageOf(pages, at));
  }, [props.selection, props.map, pages]);

  useHandleDrag(host, editor, ctx, props.set, props.selection, props.onResize);
  const uses = useHoverUses(host, props.set);

  return (
    <div className="editor" data-testid="editor">
      {pages.length > 1 && <PageBar index={pages.indexOf(page)} count={pages.length} onPage={setPage} />}
      <div ref={host} />
      {uses && (
        <div className="hover-uses" role="tooltip" style={{ left: uses.x, top: uses.y }} data-testid="hover-uses">
          {uses.lines.map((l) => (
            <div key={l}>{l}</div>
          ))}
        </div>
      )}
      {pages.length > 1 && <PageBar index={pages.indexOf(page)} count={pages.length} onPage={setPage} />}
    </div>
  );
}
