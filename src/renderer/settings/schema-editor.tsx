import { useState } from 'react';
import { schemaRef, type Schema } from '../../shared/schema';
import { draftProblems } from './schema-draft';
import { AttributesEditor, LabelsEditor } from './labels-editor';
import { EventTypesEditor } from './event-types-editor';

/**
 * Edits a copy of the active schema. Saving never overwrites a version: it stores the draft as the
 * next version, so annotations made under the previous one stay readable and their differences reported.
 */
export function SchemaEditor(props: { schema: Schema; versionFor: (name: string) => number; onSave: (schema: Schema) => void }) {
  const [draft, setDraft] = useState(props.schema);
  const edit = (f: (d: Schema) => Schema) => setDraft((d) => f(d));
  const dirty = draft !== props.schema;
  const problems = dirty ? draftProblems(draft) : [];
  const version = props.versionFor(draft.name);
  return (
    <div className="schema-editor" data-testid="schema-editor">
      <div className="schema-bar">
        <label>
          Name <input className="name" aria-label="Schema name" value={draft.name} onChange={(e) => edit((d) => ({ ...d, name: e.target.value.trim() }))} />
        </label>
        <span className="muted">{dirty ? `unsaved changes to ${schemaRef(props.schema)}` : `editing ${schemaRef(props.schema)}`}</span>
        <span className="spacer" />
        <button disabled={!dirty} onClick={() => setDraft(props.schema)}>
          Discard changes
        </button>
        <button className="primary" disabled={!dirty || problems.length > 0} onClick={() => props.onSave({ ...draft, version })}>
          Save as {schemaRef({ name: draft.name, version })}
        </button>
      </div>
      {problems.length > 0 && (
        <ul className="problems" role="alert" data-testid="schema-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <LabelsEditor draft={draft} edit={edit} />
      <EventTypesEditor draft={draft} edit={edit} />
      <AttributesEditor draft={draft} edit={edit} />
    </div>
  );
}
