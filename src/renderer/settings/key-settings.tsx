import { useEffect, useState } from 'react';
import { conflicts, keysOf, type Binding } from '../commands/bindings';
import { chordOf, formatKey } from '../commands/keys';
import type { AnyCommand } from '../commands/registry';
import { useAppState, useServices } from '../hooks/use-services';

interface Row {
  command: string;
  args?: unknown;
  title: string;
  group: string;
}

/** Every command once (unless it needs arguments), plus one row per arguments a binding gives it (each label of the schema). */
function rowsOf(commands: AnyCommand[], bindings: Binding[], title: (id: string, args?: unknown) => string): Row[] {
  return commands.flatMap((c) => {
    const seen = new Set<string>();
    const withArgs = bindings.filter(
      (b) => b.command === c.id && b.args !== undefined && !seen.has(JSON.stringify(b.args)) && seen.add(JSON.stringify(b.args)),
    );
    const plain = c.needsArgs ? [] : [{ command: c.id, title: c.title, group: c.group }];
    return [...plain, ...withArgs.map((b) => ({ command: c.id, args: b.args, title: title(c.id, b.args), group: c.group }))];
  });
}

const sameRow = (a: Row | null, b: Row) => a !== null && a.command === b.command && JSON.stringify(a.args ?? null) === JSON.stringify(b.args ?? null);

/**
 * The keyboard settings: every command with its keys; change one by pressing the new chord, remove it,
 * or go back to the default. A chord another command already takes is said before it is saved, and
 * every key that several commands share is listed with the order in which they are tried.
 */
export function KeySettings() {
  const services = useServices();
  const { bindings } = useAppState();
  const [recording, setRecording] = useState<Row | null>(null);
  const [clash, setClash] = useState<{ row: Row; chord: string; others: string[] } | null>(null);
  const rows = rowsOf(services.registry.list(), bindings, (id, args) => services.registry.title(id, args));
  const fmt = (k: string) => formatKey(k, services.isMac);
  const overridden = services.settings.keyOverrides();

  useEffect(() => {
    if (!recording) return;
    const onKey = (e: KeyboardEvent) => {
      e.preventDefault();
      e.stopPropagation();
      if (e.key === 'Escape') return setRecording(null);
      const chord = chordOf(e, services.isMac);
      if (!chord) return;
      const others = bindings.filter(
        (b) => b.key.toLowerCase() === chord.toLowerCase() && !sameRow(recording, { command: b.command, args: b.args, title: '', group: '' }),
      );
      setRecording(null);
      if (others.length) setClash({ row: recording, chord, others: others.map((b) => services.registry.title(b.command, b.args)) });
      else void services.settings.setKeys(recording.command, recording.args, [chord]);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [recording, bindings, services]);

  const shared = conflicts(bindings);
  return (
    <section className="settings key-settings" data-testid="key-settings">
      <h2>Keyboard</h2>
      <p className="hint">Change a command's key by pressing the new one. Keys are saved at once and used everywhere: menus, buttons, the shortcut sheet.</p>
      {clash && (
        <div className="warning" role="alert" data-testid="key-clash">
          {fmt(clash.chord)} is already used by {clash.others.join(', ')}. Bound to both, the first that applies in the moment runs, yours first.{' '}
          <button
            className="small"
            onClick={() => {
              void services.settings.setKeys(clash.row.command, clash.row.args, [clash.chord]);
              setClash(null);
            }}
          >
            Use it anyway
          </button>{' '}
          <button className="small" onClick={() => setClash(null)}>
            Cancel
          </button>
        </div>
      )}
      {shared.length > 0 && (
        <div className="hint" data-testid="key-conflicts">
          Keys shared by several commands (tried in this order, the first that applies runs):
          <ul>
            {shared.map((c) => (
              <li key={`${c.key}${c.bindings.map((b) => b.command).join()}`}>
                <kbd>{fmt(c.key)}</kbd> {c.bindings.map((b) => services.registry.title(b.command, b.args)).join(' → ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table className="keys-table">
        <tbody>
          {rows.map((r) => {
            const keys = keysOf(bindings, r.command, r.args);
            const own = overridden.some((o) => o.command === r.command && JSON.stringify(o.args ?? null) === JSON.stringify(r.args ?? null));
            return (
              <tr key={`${r.command}${JSON.stringify(r.args ?? null)}`} data-key-row={r.title}>
                <td className="muted">{r.group}</td>
                <td>{r.title}</td>
                <td>{keys.length ? keys.map((k) => <kbd key={k}>{fmt(k)}</kbd>) : <span className="muted">—</span>}</td>
                <td className="key-actions">
                  <button className="small" onClick={() => setRecording(r)}>
                    {sameRow(recording, r) ? 'Press a key… (Esc cancels)' : 'Change'}
                  </button>
                  {keys.length > 0 && (
                    <button className="small" onClick={() => void services.settings.setKeys(r.command, r.args, [])}>
                      Remove
                    </button>
                  )}
                  {own && (
                    <button className="small" onClick={() => void services.settings.setKeys(r.command, r.args, null)}>
                      Default
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
