import { frameOf } from '../../shared/model/frames';
import type { Selection } from '../../shared/model/selection';
import { isPending, type AnnotationSet, type EventFrame } from '../../shared/model/types';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { readableTextOn } from '../../shared/schema/palette';
import { useServices } from '../hooks/use-services';

/**
 * The selected event's frame: its type (retype), its attributes (realis), and each role of the type
 * with its number key, the labels it takes, its fillers (✕ removes one, ✓ accepts a suggested one)
 * and, when it is the picked role, how to fill it.
 */
export function FramePanel(props: { set: AnnotationSet; event: EventFrame; selection: Selection; schema: SchemaIndex }) {
  const services = useServices();
  const { event, schema } = props;
  const type = schema.eventType(event.type);
  const picked = props.selection.kind === 'role' ? props.selection.role : null;
  const attributes = schema.schema.attributes.filter((a) => a.appliesTo === 'event');
  const color = type?.color ?? '#777777';
  return (
    <section className="frame-panel" data-testid="frame-panel">
      <h3>Event frame</h3>
      <div className="frame-head">
        <span className="chip event-chip" style={{ background: color, color: readableTextOn(color) }}>
          {event.type}
        </span>
        <strong className="frame-trigger">{event.trigger.text}</strong>
        {isPending(event) && (
          <button className="small" onClick={() => services.run('accept-frame', { eventId: event.id })}>
            ✓ Accept frame
          </button>
        )}
        <button className="small" title="Delete the event (Delete)" onClick={() => services.run('delete-selection', { id: event.id })}>
          Delete
        </button>
        <button className="small" title="Close the frame (Escape)" onClick={() => services.run('select', { selection: { kind: 'none' } })}>
          Done
        </button>
      </div>
      <label className="inline">
        Type
        <select aria-label="Event type" value={event.type} onChange={(e) => services.run('create-event', { type: e.target.value })}>
          {schema.schema.events.map((t) => (
            <option key={t.name}>{t.name}</option>
          ))}
        </select>
      </label>
      {attributes.map((a) => {
        const value = String(event.attributes?.[a.name] ?? a.default ?? '');
        return (
          <div key={a.name} className="segmented attribute" role="radiogroup" aria-label={a.name}>
            <span className="muted">{a.name}</span>
            {a.values.map((v) => (
              <button
                key={v}
                role="radio"
                aria-checked={value === v}
                className={value === v ? 'small on' : 'small'}
                onClick={() => services.run('set-event-attribute', { eventId: event.id, name: a.name, value: v })}
              >
                {v}
              </button>
            ))}
          </div>
        );
      })}
      <ol className="roles">
        {frameOf(props.set, schema, event).map(({ role, fillers }, i) => (
          <li key={role.name} className={picked === role.name ? 'role-row picked' : 'role-row'} data-role-row={role.name}>
            <button className="role-pick" title={`Pick ${role.name} (${i + 1})`} onClick={() => services.run('pick-role', { role: role.name })}>
              <kbd>{i + 1}</kbd> <span className="role">{role.name}</span> <span className="muted small-text">{role.labels.join(' ')}</span>
            </button>
            <span className="fillers">
              {fillers.length === 0 && <span className="muted">—</span>}
              {fillers.map((m) => (
                <span key={m.id} className={isPending(m) ? 'filler pending' : 'filler'}>
                  <button className="link" onClick={() => services.run('select', { selection: { kind: 'mention', id: m.id } })}>
                    {m.text}
                  </button>
                  {isPending(m) && (
                    <button
                      className="icon"
                      title="Accept this argument"
                      aria-label={`Accept ${role.name} ${m.text}`}
                      onClick={() => services.run('accept-argument', { eventId: event.id, role: role.name, mentionId: m.id })}
                    >
                      ✓
                    </button>
                  )}
                  <button
                    className="icon"
                    title="Remove this argument"
                    aria-label={`Remove ${role.name} ${m.text}`}
                    onClick={() => services.run('remove-argument', { eventId: event.id, role: role.name, mentionId: m.id })}
                  >
                    ✕
                  </button>
                </span>
              ))}
            </span>
            {picked === role.name && <p className="hint small-text">Click a mention, or Tab to one and Enter; or select new text and press its label’s key.</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
