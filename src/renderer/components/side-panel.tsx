import { memo, useEffect, useMemo, useState } from 'react';
import { readableTextOn } from '../../shared/schema/palette';
import type { AnnotationSet, EntityMention, EventFrame } from '../../shared/model/types';
import { isPending } from '../../shared/model/types';
import { pendingCount } from '../../shared/model/suggestions';
import { frameOf } from '../../shared/model/frames';
import type { Selection } from '../../shared/model/selection';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { useServices } from '../hooks/use-services';
import { FramePanel } from './frame-panel';
import { SelectionTools } from './selection-tools';
import type { OffsetMap } from '../../shared/text/offsets';
import { SuggestionTools } from './suggestion-tools';

interface Props {
  set: AnnotationSet;
  map: OffsetMap;
  schema: SchemaIndex;
  selection: Selection;
}

type Run = (id: string, args?: unknown) => boolean;

/** ✓ and ✕ of a pending suggestion, run as commands like the keys that do the same. */
function PendingButtons(props: { id: string; confidence?: number; run: Run }) {
  return (
    <span className="item-actions">
      {props.confidence !== undefined && (
        <span className="confidence" title="confidence of the suggestion">
          {props.confidence.toFixed(2)}
        </span>
      )}
      <button className="small" title="Accept suggestion" onClick={() => props.run('accept-suggestion', { id: props.id })}>
        ✓
      </button>
      <button className="small" title="Reject suggestion" onClick={() => props.run('reject-suggestion', { id: props.id })}>
        ✕
      </button>
    </span>
  );
}

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
      <button
        className="item-main"
        onClick={() => props.run('select', { selection: { kind: 'mention', id: m.id } })}
        title={isPending(m) ? `suggestion (${m.source})` : undefined}
      >
        <span className="item-text">{m.text}</span>
      </button>
      {isPending(m) && <PendingButtons id={m.id} confidence={m.confidence} run={props.run} />}
      <span className="chip" style={{ background: color, color: color && readableTextOn(color) }}>
        {m.label}
      </span>
    </li>
  );
});

/** An event of the list: type, trigger, its attribute values, filled roles and the roles left empty; a click goes to it. */
const EventRow = memo(function EventRow(props: RowProps & { e: EventFrame; set: AnnotationSet }) {
  const { e } = props;
  const color = props.schema.eventType(e.type)?.color;
  const frame = frameOf(props.set, props.schema, e);
  const attributes = Object.entries(e.attributes ?? {}).filter(([, v]) => typeof v === 'string');
  const select = () => props.run('select', { selection: { kind: 'event', id: e.id } });
  return (
    <li
      className={`item event${props.selected ? ' selected' : ''}${isPending(e) ? ' pending' : ''}`}
      data-item-id={e.id}
      onClick={(ev) => !(ev.target as HTMLElement).closest('button') && select()}
    >
      <button className="item-main" onClick={select}>
        <span className="chip event-chip" style={{ background: color, color: color && readableTextOn(color) }}>
          {e.type}
        </span>
        <span className="item-text">{e.trigger.text}</span>
        {attributes.map(([k, v]) => (
          <span key={k} className="attribute-value" title={k}>
            {String(v)}
          </span>
        ))}
      </button>
      {isPending(e) && <PendingButtons id={e.id} confidence={e.confidence} run={props.run} />}
      <ul className="args">
        {frame
          .filter((r) => r.fillers.length)
          .flatMap((r) =>
            r.fillers.map((m) => (
              <li key={`${r.role.name}:${m.id}`}>
                <span className="role">{r.role.name}</span> {m.text}
              </li>
            )),
          )}
        {frame.some((r) => !r.fillers.length) && (
          <li className="muted">
            empty:{' '}
            {frame
              .filter((r) => !r.fillers.length)
              .map((r) => r.role.name)
              .join(', ')}
          </li>
        )}
      </ul>
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

type Show = 'all' | 'pending' | 'accepted';

/** The filters of the mention list: pending or accepted, and which labels. */
function Filters(props: { show: Show; onShow: (s: Show) => void; labels: Array<[string, number]>; hidden: Set<string>; onToggle: (label: string) => void }) {
  return (
    <div className="filters">
      <div className="segmented" role="radiogroup" aria-label="Show mentions">
        {(['all', 'pending', 'accepted'] as const).map((s) => (
          <button key={s} role="radio" aria-checked={props.show === s} className={props.show === s ? 'small on' : 'small'} onClick={() => props.onShow(s)}>
            {s}
          </button>
        ))}
      </div>
      <div className="label-filters">
        {props.labels.map(([label, n]) => (
          <button
            key={label}
            className={props.hidden.has(label) ? 'small off' : 'small'}
            aria-pressed={!props.hidden.has(label)}
            data-label-filter={label}
            onClick={() => props.onToggle(label)}
          >
            {label} <span className="count">{n}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

/** The mentions of the shown set grouped by label, with filters; the events; tools for the suggestions. Renders only when its props change. */
export const SidePanel = memo(function SidePanel(props: Props) {
  const services = useServices();
  const [limit, setLimit] = useState({ entities: PAGE, events: PAGE });
  const [show, setShow] = useState<Show>('all');
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  useEffect(() => setLimit({ entities: PAGE, events: PAGE }), [props.set.docId, props.set.annotator]);
  const order = useMemo(() => new Map(props.schema.schema.entities.map((l, i) => [l.name, i])), [props.schema]);
  const byLabel = useMemo(() => {
    const counts = new Map<string, number>();
    for (const m of props.set.entities) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
    return [...counts].sort((a, b) => (order.get(a[0]) ?? 99) - (order.get(b[0]) ?? 99) || a[0].localeCompare(b[0]));
  }, [props.set.entities, order]);
  const entities = useMemo(
    () =>
      props.set.entities
        .filter((m) => !hidden.has(m.label) && (show === 'all' || (show === 'pending') === isPending(m)))
        .sort(
          (a, b) =>
            (order.get(a.label) ?? 99) - (order.get(b.label) ?? 99) ||
            (a.label === b.label ? 0 : a.label.localeCompare(b.label)) ||
            a.start - b.start ||
            b.end - a.end,
        ),
    [props.set.entities, hidden, show, order],
  );
  const events = useMemo(() => [...props.set.events].sort((a, b) => a.trigger.start - b.trigger.start), [props.set.events]);
  const row = { schema: props.schema, run: services.run };
  const shown = entities.slice(0, limit.entities);
  const selected = props.selection.kind === 'mention' || props.selection.kind === 'event' ? props.selection.id : null;
  const frameEvent =
    props.selection.kind === 'event' || props.selection.kind === 'role'
      ? props.set.events.find((e) => e.id === (props.selection.kind === 'role' ? props.selection.eventId : selected))
      : undefined;
  return (
    <aside className="side" aria-label="Annotations">
      <SelectionTools selection={props.selection} map={props.map} schema={props.schema} />
      {frameEvent && <FramePanel set={props.set} event={frameEvent} selection={props.selection} schema={props.schema} />}
      {pendingCount(props.set) > 0 && <SuggestionTools set={props.set} schema={props.schema} />}
      <section>
        <h3>
          Mentions <span className="count">{props.set.entities.length}</span>
        </h3>
        <Filters
          show={show}
          onShow={setShow}
          labels={byLabel}
          hidden={hidden}
          onToggle={(l) => setHidden((h) => new Set(h.has(l) ? [...h].filter((x) => x !== l) : [...h, l]))}
        />
        {entities.length === 0 ? (
          <p className="muted small-text">{props.set.entities.length ? 'None with these filters.' : 'None yet: select text and press a label’s key.'}</p>
        ) : (
          <div data-testid="mention-list">
            {groupsOf(shown).map(([label, items]) => (
              <div key={label} className="group">
                <h4 className="group-head">
                  {label} <span className="count">{byLabel.find(([l]) => l === label)?.[1] ?? 0}</span>
                </h4>
                <ul className="items">
                  {items.map((m) => (
                    <MentionRow key={m.id} {...row} selected={selected === m.id} m={m} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
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
              <EventRow key={e.id} {...row} selected={selected === e.id} e={e} set={props.set} />
            ))}
          </ul>
        )}
        <More shown={limit.events} total={events.length} onMore={() => setLimit((l) => ({ ...l, events: l.events + PAGE }))} />
      </section>
    </aside>
  );
});

/** Consecutive mentions of one label, in the order given. */
function groupsOf(mentions: EntityMention[]): Array<[string, EntityMention[]]> {
  const groups: Array<[string, EntityMention[]]> = [];
  for (const m of mentions) {
    const last = groups.at(-1);
    if (last && last[0] === m.label) last[1].push(m);
    else groups.push([m.label, [m]]);
  }
  return groups;
}
