import { outsideSchema } from '../../shared/formats/schema-json';
import { DocumentView } from '../components/document-view';
import { useActivityReport } from '../hooks/use-activity';
import { useAppState } from '../hooks/use-services';
import { openDocument } from '../services/app-store';
import { useDeferredValue, useMemo } from 'react';

/** One document and one annotator's set: the text with its annotations, and the side panel. */
export function DocumentScreen() {
  const state = useAppState();
  useActivityReport();
  const open = openDocument(state);
  // A warning, not the text: worked out after the text repaints.
  const set = useDeferredValue(open?.session.state.set);
  const schema = state.schemas.active;
  // What the shown set holds that the active schema does not define (kept, drawn in grey).
  const outside = useMemo(
    () => (open && set ? outsideSchema([{ id: open.doc.id, text: open.doc.text, meta: open.doc.meta, ...set }], schema) : []),
    [open?.doc, set, schema],
  );
  if (state.document === 'missing') return <p className="empty">This document is not in the corpus.</p>;
  if (!open) return null;
  return <DocumentView open={open} annotator={state.annotator ?? ''} schema={state.schema} outsideSchema={outside} />;
}
