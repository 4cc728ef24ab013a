import { useEffect, useState } from 'react';
import type { AnnotatorProgress, Role } from '../../shared/sync/protocol';
import { useServices } from '../hooks/use-services';

/** The lead's tools: the corpus and schema to the project, people, balanced assignment, progress per annotator. */
export function TeamPanel() {
  const services = useServices();
  const [progress, setProgress] = useState<AnnotatorProgress[] | null>(null);
  const [perDocument, setPerDocument] = useState(2);
  const [person, setPerson] = useState({ name: '', role: 'annotator' as Role, password: '' });
  const refresh = () =>
    void services.team.progress().then(
      (p) => setProgress(p),
      () => setProgress(null),
    );
  useEffect(refresh, [services]);
  const then = (work: Promise<unknown>) => void work.then(refresh);
  return (
    <div className="team-panel" data-testid="team-panel">
      <h3>Project</h3>
      <div className="settings-actions">
        <button onClick={() => then(services.team.sendCorpus())}>Send the local corpus to the project</button>
        <button onClick={() => then(services.team.sendSchema())}>Make the active schema the project&apos;s</button>
      </div>
      <h3>People</h3>
      <form
        className="settings-actions"
        onSubmit={(e) => {
          e.preventDefault();
          then(services.team.addPerson(person.name, person.role, person.password).then((ok) => ok && setPerson({ ...person, name: '', password: '' })));
        }}
      >
        <input aria-label="New person's name" placeholder="name" value={person.name} onChange={(e) => setPerson({ ...person, name: e.target.value })} />
        <select aria-label="Role" value={person.role} onChange={(e) => setPerson({ ...person, role: e.target.value as Role })}>
          <option value="annotator">annotator</option>
          <option value="reviewer">reviewer</option>
          <option value="lead">lead</option>
        </select>
        <input
          aria-label="New person's password"
          type="password"
          placeholder="password (8+)"
          value={person.password}
          onChange={(e) => setPerson({ ...person, password: e.target.value })}
        />
        <button type="submit" disabled={!person.name || person.password.length < 8}>
          Add
        </button>
      </form>
      <h3>Assignment</h3>
      <div className="settings-actions">
        <label>
          Each document to{' '}
          <input
            aria-label="Annotators per document"
            type="number"
            min={1}
            value={perDocument}
            onChange={(e) => setPerDocument(Math.max(1, Number(e.target.value)))}
          />{' '}
          annotators
        </label>
        <button onClick={() => then(services.team.assignBalanced(perDocument))}>Assign, balanced</button>
      </div>
      <h3>Progress</h3>
      {progress && progress.length ? (
        <table className="progress-table" data-testid="team-progress">
          <thead>
            <tr>
              <th>Annotator</th>
              <th>Assigned</th>
              <th>Started</th>
              <th>Done</th>
              <th>Operations</th>
            </tr>
          </thead>
          <tbody>
            {progress.map((p) => (
              <tr key={p.annotator} data-annotator={p.annotator}>
                <td>{p.annotator}</td>
                <td>{p.assigned}</td>
                <td>{p.started}</td>
                <td>{p.done}</td>
                <td>{p.operations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">Nothing assigned yet.</p>
      )}
      <button onClick={refresh}>Refresh progress</button>
    </div>
  );
}
