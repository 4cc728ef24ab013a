import { useEffect, useMemo, useRef } from 'react';
import { Editor as TiptapEditor, Extension } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import type { AnnotationSet, Doc } from '../../shared/model/types';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { OffsetMap } from '../../shared/text/offsets';
import { blocksToJson, layoutBlocks } from '../editor/blocks';
import { allDecorations, annotationsKey, annotationsPlugin, diffDecorations, type DrawContext } from '../editor/decorations';

const Annotations = Extension.create({
  name: 'gloseAnnotations',
  addProseMirrorPlugins: () => [annotationsPlugin()],
});

/**
 * The document text in a read-only TipTap editor. Annotations are never part of the content: they are
 * decorations, updated from the difference between the previous and the new annotation set.
 */
export function Editor(props: { doc: Doc; set: AnnotationSet; schema: SchemaIndex; onPick?: (id: string) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<TiptapEditor | null>(null);
  const drawn = useRef<AnnotationSet | null>(null);
  const onPick = useRef(props.onPick);
  onPick.current = props.onPick;
  const ctx: DrawContext = useMemo(() => {
    return { blocks: layoutBlocks(props.doc.text), map: new OffsetMap(props.doc.text), schema: props.schema };
  }, [props.doc.text, props.schema]);

  useEffect(() => {
    const instance = new TiptapEditor({
      element: host.current!,
      extensions: [Document, Paragraph, Text, Annotations],
      content: blocksToJson(props.doc.text, ctx.blocks),
      editable: false,
      editorProps: {
        attributes: { class: 'doc-text', 'aria-label': 'Document text', lang: String(props.doc.meta.lang ?? 'fr') },
        handleClick(_view, _pos, event) {
          const id = (event.target as HTMLElement | null)?.closest('[data-id]')?.getAttribute('data-id');
          if (id) onPick.current?.(id);
          return false;
        },
      },
    });
    editor.current = instance;
    drawn.current = null;
    return () => {
      instance.destroy();
      editor.current = null;
    };
  }, [ctx, props.doc]);

  useEffect(() => {
    const view = editor.current?.view;
    if (!view) return;
    const prev = drawn.current;
    const meta =
      prev && prev.docId === props.set.docId && prev.annotator === props.set.annotator
        ? diffDecorations(prev, props.set, ctx)
        : { reset: allDecorations(props.set, ctx) };
    drawn.current = props.set;
    if (meta) view.dispatch(view.state.tr.setMeta(annotationsKey, meta));
  }, [props.set, ctx]);

  return <div className="editor" ref={host} data-testid="editor" />;
}
