import { useState, type FormEvent } from 'react';
import { useAppState, useServices } from '../hooks/use-services';
import { syncText } from '../components/sync-indicator';
import { TeamPanel } from './team-panel';

/**
 * The team server: where it is and who signs in (no server is the default: the app works alone,
 * offline). Signed in, the person's name is the annotator, and the lead gets the team panel.
 */
export function ServerSettings() {
  const services = useServices();
  const { sync } = useAppState();
  return (
    <section className="settings" data-testid="server-settings">
      <h2>Team server</h2>
      {sync.server ? (
        <>
          <p className="hint" data-testid="signed-in">
            Signed in to <strong>{sync.server.url}</strong> as <strong>{sync.server.user.name}</strong> ({sync.server.user.role}), project{' '}
            <strong>{sync.server.project}</strong>. {syncText(sync)}
            {sync.detail ? ` — ${sync.detail}` : ''}
          </p>
          <div className="settings-actions">
            <button onClick={() => void services.sync.syncNow()}>Sync now</button>
            <button onClick={() => void services.sync.signOut()}>Sign out</button>
          </div>
          <p className="hint">
            {sync.server.user.role === 'annotator'
              ? 'You see the documents assigned to you and your own sets only.'
              : 'You see every set of the project; the gold set you adjudicate is stored there too.'}
          </p>
          {sync.server.user.role === 'lead' && <TeamPanel />}
        </>
      ) : (
        <SignInForm />
      )}
    </section>
  );
}

function SignInForm() {
  const services = useServices();
  const [url, setUrl] = useState('http://127.0.0.1:4480');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await services.sync.signIn(url, name, password);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="sign-in" onSubmit={(e) => void submit(e)}>
      <p className="hint">
        Without a server Glose keeps everything on this machine. With one, your operations are sent when you are online and everyone&apos;s work arrives here.
      </p>
      <label>
        Server address <input aria-label="Server address" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label>
        Name <input aria-label="Name" value={name} autoComplete="username" onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Password <input aria-label="Password" type="password" value={password} autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !name || !password}>
        Sign in
      </button>
      {problem && (
        <p className="warning" role="alert" data-testid="sign-in-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
