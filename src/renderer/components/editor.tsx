import { useEffect, useMemo, useRef, useState } from 'react';
import { Editor as TiptapEditor, Extension } from '@tiptap/core';
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

  const callbacks = useRef<InteractionCallbacks>({ onSelect: () => undefined, onPick: () => undefined });
  callbacks.current = {
    onSelect(from, to, exact) {
      const [start, end] = [from, to].map((pos) => props.map.toCodePoint(posToUtf16(ctx.blocks, pos)));
      props.onSelect({ kind: 'range', start, end, ...(exact ? { exact } : {}) });
    },
    onPick(id) {
      props.onSelect(props.set.events.some((e) => e.id === id) ? { kind: 'event', id } : { kind: 'mention', id });
    },
  };

  useEffect(() => {
    const instance = new TiptapEditor({
      element: host.current!,
      extensions: [
        Document,
        Paragraph,
        Text,
        Extension.create({ name: 'gloseAnnotations', addProseMirrorPlugins: () => [annotationsPlugin(), overlayPlugin(), interactionPlugin(callbacks)] }),
      ],
      content: blocksToJson(props.doc.text, ctx.blocks),
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
    drawn.current = null;
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
    const same = prev && prev.docId === props.set.docId && prev.annotator === props.set.annotator;
    const meta = prev === props.set ? null : same ? diffDecorations(prev, props.set, ctx) : { reset: allDecorations(props.set, ctx) };
    drawn.current = props.set;
    const tr = view.state.tr;
    if (meta) tr.setMeta(annotationsKey, meta);
    tr.setMeta(overlayKey, overlayDecorations(props.set, { selection: props.selection, hits: props.hits, current: props.currentHit }, ctx));
    const s = props.selection;
    const range = s.kind === 'range' ? [utf16ToPos(ctx.blocks, props.map.toUtf16(s.start)), utf16ToPos(ctx.blocks, props.map.toUtf16(s.end))] : null;
    showSelection(view, tr, range);
    view.dispatch(tr);
  }, [editor, props.set, props.selection, props.hits, props.currentHit, ctx, props.map]);

  // Show the page that holds the selection when the selection changes (not when the set does).
  const latestSet = useRef(props.set);
  latestSet.current = props.set;
  useEffect(() => {
    const at = anchorOf(latestSet.current, props.selection, props.map);
    if (at !== null) setPage(pageOf(pages, at));
  }, [props.selection, props.map, pages]);

  useHandleDrag(host, editor, ctx, props.set, props.selection, props.onResize);

  return (
    <div className="editor" data-testid="editor">
      {pages.length > 1 && <PageBar index={pages.indexOf(page)} count={pages.length} onPage={setPage} />}
      <div ref={host} />
      {pages.length > 1 && <PageBar index={pages.indexOf(page)} count={pages.length} onPage={setPage} />}
    </div>
  );
}
