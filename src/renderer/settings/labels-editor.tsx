import type { Schema } from '../../shared/schema';
import { addAttribute, addLabel, removeAttribute, removeLabel, updateAttribute, updateLabel } from './schema-draft';

export type Edit = (f: (draft: Schema) => Schema) => void;

export function RemoveButton({ what, onClick }: { what: string; onClick: () => void }) {
  return (
    <button className="small" aria-label={`Remove ${what}`} onClick={onClick}>
      Remove
    </button>
  );
}

/** Entity labels: colour, name, key, description; one row each. */
export function LabelsEditor({ draft, edit }: { draft: Schema; edit: Edit }) {
  return (
    <section className="schema-section" aria-label="Entity labels">
      <h3>Entity labels</h3>
      <table className="schema-table">
        <thead>
          <tr>
            <th>Colour</th>
            <th>Name</th>
            <th>Key</th>
            <th>Description</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {draft.entities.map((label, i) => (
            <tr key={i} data-testid={`label-row-${i}`}>
              <td>
                <input
                  type="color"
                  aria-label={`Colour of ${label.name}`}
                  value={label.color}
                  onChange={(e) => edit((d) => updateLabel(d, i, { color: e.target.value }))}
                />
              </td>
              <td>
                <input
                  className="name"
                  aria-label={`Name of label ${i + 1}`}
                  value={label.name}
                  onChange={(e) => edit((d) => updateLabel(d, i, { name: e.target.value.trim() }))}
                />
              </td>
              <td>
                <input
                  className="key"
                  aria-label={`Key of ${label.name}`}
                  maxLength={1}
                  value={label.key}
                  onChange={(e) => edit((d) => updateLabel(d, i, { key: e.target.value }))}
                />
              </td>
              <td>
                <input
                  className="description"
                  aria-label={`Description of ${label.name}`}
                  value={label.description}
                  onChange={(e) => edit((d) => updateLabel(d, i, { description: e.target.value }))}
                />
              </td>
              <td>
                <RemoveButton what={`label ${label.name}`} onClick={() => edit((d) => removeLabel(d, i))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button className="small" onClick={() => edit(addLabel)}>
        Add label
      </button>
    </section>
  );
}

const splitValues = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Attributes of mentions or events (realis…): name, what they apply to, values, default. */
export function AttributesEditor({ draft, edit }: { draft: Schema; edit: Edit }) {
  return (
    <section className="schema-section" aria-label="Attributes">
      <h3>Attributes</h3>
      <table className="schema-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Applies to</th>
            <th>Values (comma-separated)</th>
            <th>Default</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {draft.attributes.map((a, i) => (
            <tr key={i}>
              <td>
                <input
                  className="name"
                  aria-label={`Name of attribute ${i + 1}`}
                  value={a.name}
                  onChange={(e) => edit((d) => updateAttribute(d, i, { name: e.target.value.trim() }))}
                />
              </td>
              <td>
                <select
                  aria-label={`What ${a.name} applies to`}
                  value={a.appliesTo}
                  onChange={(e) => edit((d) => updateAttribute(d, i, { appliesTo: e.target.value as 'entity' | 'event' }))}
                >
                  <option value="entity">mentions</option>
                  <option value="event">events</option>
                </select>
              </td>
              <td>
                <input
                  key={a.values.join(',')}
                  className="description"
                  aria-label={`Values of ${a.name}`}
                  defaultValue={a.values.join(', ')}
                  onBlur={(e) => edit((d) => updateAttribute(d, i, { values: splitValues(e.target.value) }))}
                />
              </td>
              <td>
                <select
                  aria-label={`Default of ${a.name}`}
                  value={a.default ?? ''}
                  onChange={(e) => edit((d) => updateAttribute(d, i, { default: e.target.value || undefined }))}
                >
                  <option value="">(none)</option>
                  {a.values.map((v) => (
                    <option key={v}>{v}</option>
                  ))}
                </select>
              </td>
              <td>
                <RemoveButton what={`attribute ${a.name}`} onClick={() => edit((d) => removeAttribute(d, i))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button className="small" onClick={() => edit(addAttribute)}>
        Add attribute
      </button>
    </section>
  );
}
