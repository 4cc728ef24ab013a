import { useAppState, useServices } from '../hooks/use-services';
import { keysOf } from '../commands/bindings';
import { formatKey } from '../commands/keys';
import { openDocument } from '../services/app-store';
import type { SaveState } from '../session/document-session';
import { SyncIndicator } from './sync-indicator';

const SAVE_TEXT: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', error: 'Not saved!' };

/** The top bar: where the user is, the screen's commands, whether the work is saved, who is annotating. */
export function Header(props: { title: string }) {
  const services = useServices();
  const state = useAppState();
  const screen = state.route.screen;
  const buttons = services.registry.list().filter((c) => c.toolbar?.includes(screen));
  const session = openDocument(state)?.session;
  const saveState = session?.saveState;
  const hint = (id: string, title: string) => {
    const key = keysOf(state.bindings, id)[0];
    return key ? `${title} (${formatKey(key, services.isMac)})` : title;
  };
  return (
    <header className="app-head">
      <span className="brand">glose</span>
      <span className="crumb" title={props.title}>
        {props.title}
      </span>
      <nav className="toolbar" aria-label="Commands">
        {buttons.map((c) => (
          <button
            key={c.id}
            data-command={c.id}
            disabled={!services.registry.enabled(c.id, state, services)}
            title={hint(c.id, c.title)}
            onClick={() => services.run(c.id)}
          >
            {c.title}
          </button>
        ))}
      </nav>
      {saveState && (
        <span
          className={`save save-${saveState}`}
          data-testid="save-state"
          role="status"
          title={saveState === 'error' ? `${session?.lastError ?? 'Not saved'}. What is shown is what is stored.` : undefined}
        >
          {SAVE_TEXT[saveState]}
        </span>
      )}
      <SyncIndicator />
      <button className="annotator-button" title="Change annotator name" data-testid="annotator" onClick={() => services.run('set-annotator')}>
        <span className="muted">annotator </span>
        <span data-testid="annotator-name">{state.annotator ?? '—'}</span>
      </button>
      <button className="icon help-button" title={hint('help', 'Keyboard shortcuts')} aria-label="Keyboard shortcuts" onClick={() => services.run('help')}>
        ?
      </button>
    </header>
  );
}
