import { useCallback, useEffect, useState } from 'react';
import type { AnnotationSet, Doc, Status } from '../../shared/model/types';
import { STATUSES } from '../../shared/model/types';
import type { Operation } from '../../shared/model/operations';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { pendingCount } from '../preannotate/merge';
import { Editor } from './editor';
import { SidePanel } from './side-panel';

interface Props {
  doc: Doc;
  set: AnnotationSet;
  /** Annotators with a stored set for this document (the current one is always offered). */
  annotators: string[];
  /** The current annotator: changes to another person's set are allowed but flagged. */
  annotator: string;
  schema: SchemaIndex;
  /** What in the set the active schema does not define (kept, drawn in grey). */
  outsideSchema: string[];
  onOperation: (op: Operation) => void;
  onShowSet: (annotator: string) => void;
  onAcceptAll: () => void;
  onRejectAll: () => void;
  lastError?: string;
}

function scrollToAnnotation(id: string) {
  const el = document.querySelector<HTMLElement>(`.editor [data-id="${CSS.escape(id)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 900);
}

export function DocumentView(props: Props) {
  const { doc, set } = props;
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => setSelected(null), [doc.id, set.annotator]);
  const pending = pendingCount(set);
  const onSelect = useCallback((id: string) => {
    setSelected(id);
    scrollToAnnotation(id);
  }, []);
  return (
    <div className="document">
      <div className="doc-bar">
        <span className="doc-id">{doc.id}</span>
        {doc.meta.date && <span className="muted">{doc.meta.date}</span>}
        <label className="inline">
          Set
          <select value={set.annotator} onChange={(e) => props.onShowSet(e.target.value)} aria-label="Annotation set">
            {props.annotators.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        {set.annotator !== props.annotator && <span className="other-set">editing {set.annotator}’s set</span>}
        <label className="inline">
          Status
          <select value={set.status} aria-label="Status" onChange={(e) => props.onOperation({ kind: 'setStatus', status: e.target.value as Status })}>
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
            <button className="small" onClick={props.onAcceptAll}>
              Accept all
            </button>
            <button className="small" onClick={props.onRejectAll}>
              Reject all
            </button>
          </span>
        )}
        {props.lastError && <span className="error-text">{props.lastError}</span>}
      </div>
      {props.outsideSchema.length > 0 && (
        <div className="warning schema-warning" data-testid="outside-schema">
          Not in {props.schema.schema.name}@{props.schema.schema.version} (kept, drawn in grey): {props.outsideSchema.join('; ')}
        </div>
      )}
      <div className="doc-body">
        <Editor
          doc={doc}
          set={set}
          schema={props.schema}
          onPick={(id) => {
            setSelected(id);
            document.querySelector(`[data-item-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
          }}
        />
        <SidePanel set={set} schema={props.schema} selected={selected} onSelect={onSelect} onOperation={props.onOperation} />
      </div>
    </div>
  );
}
