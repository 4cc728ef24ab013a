import { keysOf } from '../commands/bindings';
import { formatKey } from '../commands/keys';
import { GROUPS } from '../commands/registry';
import { useAppState, useServices } from '../hooks/use-services';
import { Modal } from './modal';

/**
 * The shortcut sheet, read from the registry and the bindings in force: a command with arguments bound
 * to a key (a label of the schema) is listed once per binding, under its own title.
 */
export function HelpOverlay(props: { onClose: () => void }) {
  const services = useServices();
  const { bindings } = useAppState();
  const rows = services.registry.list().flatMap((c) => {
    const withArgs = bindings.filter((b) => b.command === c.id && b.args !== undefined);
    const plain = { id: c.id, group: c.group, title: c.title, keys: keysOf(bindings, c.id) };
    const bound = withArgs.map((b) => ({
      id: `${c.id}:${JSON.stringify(b.args)}`,
      group: c.group,
      title: services.registry.title(c.id, b.args),
      keys: [b.key],
    }));
    return c.needsArgs ? bound : [plain, ...bound];
  });
  return (
    <Modal title="Keyboard shortcuts" onClose={props.onClose} wide testId="help">
      <div className="help-grid">
        {GROUPS.filter((g) => rows.some((r) => r.group === g)).map((g) => (
          <section key={g}>
            <h3>{g}</h3>
            <dl>
              {rows
                .filter((r) => r.group === g)
                .map((r) => (
                  <div key={r.id} className="help-row">
                    <dt>{r.title}</dt>
                    <dd>{r.keys.length ? r.keys.map((k) => <kbd key={k}>{formatKey(k, services.isMac)}</kbd>) : <span className="muted">—</span>}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
