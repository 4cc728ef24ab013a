import type { AppContext } from '../commands/app-commands';
import type { CommandRegistry } from '../commands/registry';
import { formatKey } from '../commands/registry';
import type { SaveState } from '../db/session';

const SAVE_TEXT: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', error: 'Not saved!' };

export function Header(props: {
  registry: CommandRegistry<AppContext>;
  ctx: AppContext;
  isMac: boolean;
  annotator: string | null;
  saveState: SaveState | null;
  title: string;
}) {
  const { registry, ctx } = props;
  const buttons = registry.list().filter((c) => c.toolbar?.includes(ctx.screen));
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
            disabled={!c.enabled(ctx)}
            title={c.keys?.length ? `${c.title} (${formatKey(c.keys[0], props.isMac)})` : c.title}
            onClick={() => void registry.run(c.id, ctx)}
          >
            {c.title}
          </button>
        ))}
      </nav>
      {props.saveState && (
        <span className={`save save-${props.saveState}`} data-testid="save-state" role="status">
          {SAVE_TEXT[props.saveState]}
        </span>
      )}
      <button className="annotator-button" title="Change annotator name" data-testid="annotator" onClick={() => void registry.run('set-annotator', ctx)}>
        <span className="muted">annotator </span>
        <span data-testid="annotator-name">{props.annotator ?? '—'}</span>
      </button>
      <button className="icon help-button" title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts" onClick={() => void registry.run('help', ctx)}>
        ?
      </button>
    </header>
  );
}
