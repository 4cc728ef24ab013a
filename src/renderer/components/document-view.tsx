import { useEffect } from 'react';
import { STATUSES } from '../../shared/model/types';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { useServices } from '../hooks/use-services';
import { pendingCount } from '../../shared/model/suggestions';
import type { OpenDocument } from '../services/app-store';
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

export function DocumentView(props: Props) {
  const services = useServices();
  const { doc, session } = props.open;
  const { set, selection } = session.state;
  const selected = selection.kind === 'mention' || selection.kind === 'event' ? selection.id : null;
  useEffect(() => {
    if (selected) reveal(selected);
  }, [selected]);
  const pending = pendingCount(set);
  return (
    <div className="document">
      {selected && <style>{`.editor [data-id="${CSS.escape(selected)}"] { outline: 2px solid var(--accent); outline-offset: 1px; }`}</style>}
      <div className="doc-bar">
        <span className="doc-id">{doc.id}</span>
        {doc.meta.date && <span className="muted">{doc.meta.date}</span>}
        <label className="inline">
          Set
          <select value={set.annotator} onChange={(e) => services.run('show-set', { annotator: e.target.value })} aria-label="Annotation set">
            {props.open.annotators.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        {set.annotator !== props.annotator && <span className="other-set">editing {set.annotator}’s set</span>}
        <label className="inline">
          Status
          <select value={set.status} aria-label="Status" onChange={(e) => services.run('set-status', { status: e.target.value })}>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        {pending > 0 && (
          <span className="pending-bar" data-testid="pending-bar">
            <span>
              {pending} pending suggestion{pending === 1 ? '' : 's'}
            </span>
            <button className="small" onClick={() => services.run('accept-pending')}>
              Accept all
            </button>
            <button className="small" onClick={() => services.run('reject-pending')}>
              Reject all
            </button>
          </span>
        )}
        {session.lastError && <span className="error-text">{session.lastError}</span>}
      </div>
      {props.outsideSchema.length > 0 && (
        <div className="warning schema-warning" data-testid="outside-schema">
          Not in {props.schema.schema.name}@{props.schema.schema.version} (kept, drawn in grey): {props.outsideSchema.join('; ')}
        </div>
      )}
      <div className="doc-body">
        <Editor doc={doc} set={set} schema={props.schema} onPick={(id) => services.run('select', { selection: kindOf(set, id) })} />
        <SidePanel set={set} schema={props.schema} selected={selected} />
      </div>
    </div>
  );
}

/** The selection a click on an annotation's id makes: its mention or its event. */
function kindOf(set: OpenDocument['session']['state']['set'], id: string) {
  return set.events.some((e) => e.id === id) ? { kind: 'event' as const, id } : { kind: 'mention' as const, id };
}
