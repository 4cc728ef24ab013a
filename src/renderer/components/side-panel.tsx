import { memo, useEffect, useMemo, useState } from 'react';
import { readableTextOn } from '../../shared/schema/palette';
import type { AnnotationSet, EntityMention, EventFrame } from '../../shared/model/types';
import { isPending } from '../../shared/model/types';
import { useServices } from '../hooks/use-services';
import type { SchemaIndex } from '../../shared/schema/lookup';

interface Props {
  set: AnnotationSet;
  schema: SchemaIndex;
  selected: string | null;
}

/** ✓ and ✕ of a pending suggestion, run as commands like the keys that do the same. */
function PendingButtons(props: { id: string; run: Run }) {
  return (
    <span className="item-actions">
      <button className="small" title="Accept suggestion" onClick={() => props.run('accept-suggestion', { id: props.id })}>
        ✓
      </button>
      <button className="small" title="Reject suggestion" onClick={() => props.run('reject-suggestion', { id: props.id })}>
        ✕
      </button>
    </span>
  );
}

type Run = (id: string, args?: unknown) => boolean;

interface RowProps {
  schema: SchemaIndex;
  selected: boolean;
  run: Run;
}

/** Rows are memoised: an operation changes one item, and only its row renders again. */
const MentionRow = memo(function MentionRow(props: RowProps & { m: EntityMention }) {
  const { m } = props;
  const color = props.schema.label(m.label)?.color;
  return (
    <li className={`item${props.selected ? ' selected' : ''}${isPending(m) ? ' pending' : ''}`} data-item-id={m.id}>
      <button className="item-main" onClick={() => props.run('select', { selection: { kind: 'mention', id: m.id } })}>
        <span className="chip" style={{ background: color, color: color && readableTextOn(color) }}>
          {m.label}
        </span>
        <span className="item-text">{m.text}</span>
      </button>
      {isPending(m) && <PendingButtons id={m.id} run={props.run} />}
    </li>
  );
});

const EventRow = memo(function EventRow(props: RowProps & { e: EventFrame; textOf: Map<string, string> }) {
  const { e } = props;
  const color = props.schema.eventType(e.type)?.color;
  return (
    <li className={`item event${props.selected ? ' selected' : ''}${isPending(e) ? ' pending' : ''}`} data-item-id={e.id}>
      <button className="item-main" onClick={() => props.run('select', { selection: { kind: 'event', id: e.id } })}>
        <span className="chip event-chip" style={{ borderColor: color, color }}>
          {e.type}
        </span>
        <span className="item-text">{e.trigger.text}</span>
      </button>
      {isPending(e) && <PendingButtons id={e.id} run={props.run} />}
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
});

/** Long lists render in pages: thousands of rows at once would make opening a document slow. */
const PAGE = 300;

function More(props: { shown: number; total: number; onMore: () => void }) {
  if (props.shown >= props.total) return null;
  return (
    <button className="small more" onClick={props.onMore}>
      Show {Math.min(PAGE, props.total - props.shown)} more of {props.total - props.shown}
    </button>
  );
}

/** The mentions and events of the shown set, in text order. */
export function SidePanel(props: Props) {
  const [limit, setLimit] = useState({ entities: PAGE, events: PAGE });
  useEffect(() => setLimit({ entities: PAGE, events: PAGE }), [props.set.docId, props.set.annotator]);
  const entities = [...props.set.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const events = [...props.set.events].sort((a, b) => a.trigger.start - b.trigger.start);
  const textOf = useMemo(() => new Map(props.set.entities.map((m) => [m.id, m.text])), [props.set.entities]);
  const services = useServices();
  const row = { schema: props.schema, run: services.run };
  return (
    <aside className="side" aria-label="Annotations">
      <section>
        <h3>
          Mentions <span className="count">{entities.length}</span>
        </h3>
        {entities.length === 0 ? (
          <p className="muted small-text">None yet.</p>
        ) : (
          <ul className="items" data-testid="mention-list">
            {entities.slice(0, limit.entities).map((m) => (
              <MentionRow key={m.id} {...row} selected={props.selected === m.id} m={m} />
            ))}
          </ul>
        )}
        <More shown={limit.entities} total={entities.length} onMore={() => setLimit((l) => ({ ...l, entities: l.entities + PAGE }))} />
      </section>
      <section>
        <h3>
          Events <span className="count">{events.length}</span>
        </h3>
        {events.length === 0 ? (
          <p className="muted small-text">None yet.</p>
        ) : (
          <ul className="items" data-testid="event-list">
            {events.slice(0, limit.events).map((e) => (
              <EventRow key={e.id} {...row} selected={props.selected === e.id} e={e} textOf={textOf} />
            ))}
          </ul>
        )}
        <More shown={limit.events} total={events.length} onMore={() => setLimit((l) => ({ ...l, events: l.events + PAGE }))} />
      </section>
    </aside>
  );
}
