import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import type { Selection } from '../../shared/model/selection';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { documentHits } from '../commands/search';
import { useAppState, useServices } from '../hooks/use-services';
import { openDocument, type OpenDocument } from '../services/app-store';
import { afterPaint } from '../session/after-paint';
import { DocBar } from './doc-bar';
import { Editor } from './editor';
import { SidePanel } from './side-panel';

interface Props {
  open: OpenDocument;
  /** The current annotator: changes to another person's set are allowed but flagged. */
  annotator: string;
  schema: SchemaIndex;
  /** What in the set the active schema does not define (kept, drawn in grey). */
  outsideSchema: string[];
}

const NO_HITS: Array<{ start: number; end: number }> = [];

/** Brings the selected mention or event into view in the text and in the side panel, and flashes it. */
function reveal(id: string) {
  const inText = document.querySelector<HTMLElement>(`.editor [data-id="${CSS.escape(id)}"]`);
  const scroller = inText?.closest('.editor');
  if (inText && scroller) {
    const box = inText.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) inText.scrollIntoView({ block: 'center' });
    inText.classList.add('flash');
    setTimeout(() => inText.classList.remove('flash'), 900);
  }
  document.querySelector(`[data-item-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
}

/** The document screen's body: its bar, the search, the text with its annotations, the side panel. */
export function DocumentView(props: Props) {
  const services = useServices();
  const state = useAppState();
  const { doc, session, map } = props.open;
  const { set, selection } = session.state;
  // The side panel's list follows a change of the set a moment later, in a render of its own: the text
  // repaints first. The selection is not deferred: no row is ever shown selected that is not.
  const panelSet = useDeferredValue(set);
  const selected = selection.kind === 'mention' || selection.kind === 'event' ? selection.id : null;
  useEffect(() => {
    // After the frame is painted: the selection shows at once, the scrolling follows (an animation
    // frame's callback runs before that frame is painted, and its layout and scrolling held it up).
    if (!selected) return;
    let live = true;
    void afterPaint().then(() => live && reveal(selected));
    return () => {
      live = false;
    };
  }, [selected]);
  const hits = useMemo(() => documentHits(state), [state.search?.query, props.open.doc, map]);
  const onSelect = useCallback(
    (s: Selection) => {
      // With a role picked, a click on a mention fills it, and selected text waits for a label key.
      const current = openDocument(services.app.get())?.session.state.selection;
      if (current?.kind === 'role' && s.kind === 'mention') return services.run('fill-role', { mentionId: s.id });
      if (current?.kind === 'role' && s.kind === 'range') {
        const role = { kind: 'role' as const, eventId: current.eventId, role: current.role };
        return services.run('select', { selection: s.end > s.start ? { ...role, range: s } : role });
      }
      return services.run('select', { selection: s });
    },
    [services],
  );
  const onResize = useCallback(
    (id: string, start: number, end: number, exact: boolean) => services.run('resize-mention', { id, start, end, exact }),
    [services],
  );
  return (
    <div className="document">
      <DocBar open={props.open} annotator={props.annotator} />
      {props.outsideSchema.length > 0 && (
        <div className="warning schema-warning" data-testid="outside-schema">
          Not in {props.schema.schema.name}@{props.schema.schema.version} (kept, drawn in grey): {props.outsideSchema.join('; ')}
        </div>
      )}
      <div className="doc-body">
        <Editor
          doc={doc}
          map={map}
          set={set}
          selection={selection}
          schema={props.schema}
          hits={state.search?.scope === 'document' ? hits : NO_HITS}
          currentHit={state.search?.current ?? -1}
          onSelect={onSelect}
          onResize={onResize}
        />
        <SidePanel set={panelSet} map={map} schema={props.schema} selection={selection} />
      </div>
    </div>
  );
}
