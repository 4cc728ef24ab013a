import type { Command } from '../commands/registry';
import { formatKey } from '../commands/registry';
import { Modal } from './modal';

export function HelpOverlay<C>(props: { commands: Command<C>[]; isMac: boolean; onClose: () => void }) {
  const groups = [...new Set(props.commands.map((c) => c.group))];
  return (
    <Modal title="Keyboard shortcuts" onClose={props.onClose} wide testId="help">
      <div className="help-grid">
        {groups.map((g) => (
          <section key={g}>
            <h3>{g}</h3>
            <dl>
              {props.commands
                .filter((c) => c.group === g)
                .map((c) => (
                  <div key={c.id} className="help-row">
                    <dt>{c.title}</dt>
                    <dd>{c.keys?.length ? c.keys.map((k) => <kbd key={k}>{formatKey(k, props.isMac)}</kbd>) : <span className="muted">—</span>}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
