import type { Cardinality, Schema } from '../../shared/schema';
import { RemoveButton, type Edit } from './labels-editor';
import { addEventType, addRole, removeEventType, removeRole, toggleRoleLabel, updateEventType, updateRole } from './schema-draft';

const CARDINALITIES: { value: Cardinality; text: string }[] = [
  { value: '*', text: 'any number (*)' },
  { value: '?', text: 'at most one (?)' },
  { value: '1', text: 'exactly one (1)' },
  { value: '+', text: 'at least one (+)' },
];

/** One event type: its header fields, then a row per role with the labels a filler may carry. */
function EventTypeCard({ draft, edit, t }: { draft: Schema; edit: Edit; t: number }) {
  const type = draft.events[t];
  return (
    <div className="event-card" data-testid={`event-type-${t}`} style={{ borderLeftColor: type.color }}>
      <div className="event-card-head">
        <input
          type="color"
          aria-label={`Colour of ${type.name}`}
          value={type.color}
          onChange={(e) => edit((d) => updateEventType(d, t, { color: e.target.value }))}
        />
        <input
          className="name"
          aria-label={`Name of event type ${t + 1}`}
          value={type.name}
          onChange={(e) => edit((d) => updateEventType(d, t, { name: e.target.value.trim() }))}
        />
        <input
          className="key"
          aria-label={`Key of ${type.name}`}
          maxLength={1}
          value={type.key}
          onChange={(e) => edit((d) => updateEventType(d, t, { key: e.target.value }))}
        />
        <input
          className="description"
          aria-label={`Description of ${type.name}`}
          value={type.description}
          onChange={(e) => edit((d) => updateEventType(d, t, { description: e.target.value }))}
        />
        <RemoveButton what={`event type ${type.name}`} onClick={() => edit((d) => removeEventType(d, t))} />
      </div>
      <table className="schema-table roles">
        <tbody>
          {type.roles.map((role, r) => (
            <tr key={r}>
              <td>
                <input
                  className="name"
                  aria-label={`${type.name} role ${r + 1}`}
                  value={role.name}
                  onChange={(e) => edit((d) => updateRole(d, t, r, { name: e.target.value.trim() }))}
                />
              </td>
              <td>
                <select
                  aria-label={`How many ${role.name}`}
                  value={role.cardinality ?? '*'}
                  onChange={(e) => edit((d) => updateRole(d, t, r, { cardinality: e.target.value as Cardinality }))}
                >
                  {CARDINALITIES.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.text}
                    </option>
                  ))}
                </select>
              </td>
              <td className="role-labels">
                {draft.entities.map((label) => (
                  <label key={label.name} className="role-chip" style={{ '--c': label.color } as React.CSSProperties}>
                    <input
                      type="checkbox"
                      aria-label={`${type.name}.${role.name} allows ${label.name}`}
                      checked={role.labels.includes(label.name)}
                      onChange={() => edit((d) => toggleRoleLabel(d, t, r, label.name))}
                    />
                    {label.name}
                  </label>
                ))}
              </td>
              <td>
                <RemoveButton what={`role ${role.name} of ${type.name}`} onClick={() => edit((d) => removeRole(d, t, r))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button className="small" onClick={() => edit((d) => addRole(d, t))}>
        Add role to {type.name}
      </button>
    </div>
  );
}

export function EventTypesEditor({ draft, edit }: { draft: Schema; edit: Edit }) {
  return (
    <section className="schema-section" aria-label="Event types">
      <h3>Event types</h3>
      {draft.events.map((_, t) => (
        <EventTypeCard key={t} draft={draft} edit={edit} t={t} />
      ))}
      <button className="small" onClick={() => edit(addEventType)}>
        Add event type
      </button>
    </section>
  );
}
