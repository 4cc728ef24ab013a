import type { AnnotationSet, EntityMention, EventFrame } from '../../shared/model/types';
import { isPending } from '../../shared/model/types';
import type { Operation } from '../../shared/model/operations';
import type { SchemaIndex } from '../../shared/schema/lookup';

interface Props {
  set: AnnotationSet;
  schema: SchemaIndex;
  selected: string | null;
  onSelect: (id: string) => void;
  onOperation: (op: Operation) => void;
}

function PendingButtons(props: { target: { kind: 'entity' | 'event'; id: string }; onOperation: (op: Operation) => void }) {
  const { target } = props;
  const reject: Operation = target.kind === 'entity' ? { kind: 'deleteMention', id: target.id } : { kind: 'deleteEvent', id: target.id };
  return (
    <span className="item-actions">
      <button className="small" title="Accept suggestion" onClick={() => props.onOperation({ kind: 'setSource', target, source: 'human' })}>
        ✓
      </button>
      <button className="small" title="Reject suggestion" onClick={() => props.onOperation(reject)}>
        ✕
      </button>
    </span>
  );
}

function MentionRow(props: Props & { m: EntityMention }) {
  const { m } = props;
  const color = props.schema.label(m.label)?.color;
  return (
    <li className={`item${props.selected === m.id ? ' selected' : ''}${isPending(m) ? ' pending' : ''}`} data-item-id={m.id}>
      <button className="item-main" onClick={() => props.onSelect(m.id)}>
        <span className="chip" style={{ background: color }}>
          {m.label}
        </span>
        <span className="item-text">{m.text}</span>
      </button>
      {isPending(m) && <PendingButtons target={{ kind: 'entity', id: m.id }} onOperation={props.onOperation} />}
    </li>
  );
}

function EventRow(props: Props & { e: EventFrame; textOf: Map<string, string> }) {
  const { e } = props;
  const color = props.schema.eventType(e.type)?.color;
  return (
    <li className={`item event${props.selected === e.id ? ' selected' : ''}${isPending(e) ? ' pending' : ''}`} data-item-id={e.id}>
      <button className="item-main" onClick={() => props.onSelect(e.id)}>
        <span className="chip event-chip" style={{ borderColor: color, color }}>
          {e.type}
        </span>
        <span className="item-text">{e.trigger.text}</span>
      </button>
      {isPending(e) && <PendingButtons target={{ kind: 'event', id: e.id }} onOperation={props.onOperation} />}
      {e.arguments.length > 0 && (
        <ul className="args">
          {e.arguments.map((a) => (
            <li key={`${a.role}:${a.entity}`}>
              <span className="role">{a.role}</span> {props.textOf.get(a.entity) ?? a.entity}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The mentions and events of the shown set, in text order. */
export function SidePanel(props: Props) {
  const entities = [...props.set.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const events = [...props.set.events].sort((a, b) => a.trigger.start - b.trigger.start);
  const textOf = new Map(props.set.entities.map((m) => [m.id, m.text]));
  return (
    <aside className="side" aria-label="Annotations">
      <section>
        <h3>
          Mentions <span className="count">{entities.length}</span>
        </h3>
        {entities.length === 0 ? <p className="muted small-text">None yet.</p> : <ul className="items" data-testid="mention-list">{entities.map((m) => <MentionRow key={m.id} {...props} m={m} />)}</ul>}
      </section>
      <section>
        <h3>
          Events <span className="count">{events.length}</span>
        </h3>
        {events.length === 0 ? <p className="muted small-text">None yet.</p> : <ul className="items" data-testid="event-list">{events.map((e) => <EventRow key={e.id} {...props} e={e} textOf={textOf} />)}</ul>}
      </section>
    </aside>
  );
}
