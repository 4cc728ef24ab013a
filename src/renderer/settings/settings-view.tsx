import { nextVersion, schemaRef, type Schema } from '../../shared/schema';
import type { SchemaState } from '../db/schemas';
import { SchemaEditor } from './schema-editor';

export interface SettingsActions {
  onSave(schema: Schema): void;
  onActivate(schema: Schema): void;
  onImport(): void;
  onExport(kind: 'json' | 'conf'): void;
}

/**
 * The schema screen: which version is active, the stored annotations it does not cover, import and
 * export of schema files, and the editor. `mismatches` is null while they are being counted.
 */
export function SettingsView(props: { schemas: SchemaState; mismatches: string[] | null } & SettingsActions) {
  const { active, library } = props.schemas;
  const ref = schemaRef(active);
  return (
    <div className="settings" data-testid="settings">
      <h2>Annotation schema</h2>
      <p className="hint">
        The active schema is <strong data-testid="active-schema">{ref}</strong>: the editor, the pre-annotator, imports and exports use it. Saving an edit
        creates a new version; earlier versions stay known, so annotations made under them remain readable.
      </p>
      <div className="settings-actions">
        <button onClick={props.onImport}>Import schema (JSON or annotation.conf)…</button>
        <button onClick={() => props.onExport('json')}>Export as JSON</button>
        <button onClick={() => props.onExport('conf')}>Export as brat annotation.conf</button>
        <label>
          Use version{' '}
          <select aria-label="Known schema versions" value={ref} onChange={(e) => props.onActivate(library.find((s) => schemaRef(s) === e.target.value)!)}>
            {library.map((s) => (
              <option key={schemaRef(s)}>{schemaRef(s)}</option>
            ))}
          </select>
        </label>
      </div>
      <MismatchReport schemaRef={ref} mismatches={props.mismatches} />
      <SchemaEditor key={ref} schema={active} versionFor={(name) => nextVersion(library, name)} onSave={props.onSave} />
    </div>
  );
}

function MismatchReport({ schemaRef: ref, mismatches }: { schemaRef: string; mismatches: string[] | null }) {
  if (mismatches === null) return <p className="hint">Checking the stored annotations against {ref}…</p>;
  if (mismatches.length === 0)
    return (
      <p className="hint" data-testid="schema-mismatches">
        Every stored annotation fits {ref}.
      </p>
    );
  return (
    <div className="warning" data-testid="schema-mismatches">
      <strong>Stored annotations that {ref} does not define.</strong> They are kept, shown in grey and exported as they are; relabel them or bring the label
      back.
      <ul>
        {mismatches.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
