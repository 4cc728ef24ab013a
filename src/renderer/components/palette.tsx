import { useMemo, useState } from 'react';
import { keysOf } from '../commands/bindings';
import { formatKey } from '../commands/keys';
import { useAppState, useServices } from '../hooks/use-services';
import { Modal } from './modal';

interface Entry {
  id: string;
  args?: unknown;
  title: string;
  group: string;
  key?: string;
}

/**
 * The command palette (Ctrl+K): every command that applies now, and every label and event type with
 * its arguments, found by typing a few letters of its title (each typed word must appear). Enter
 * runs the first, the arrow keys choose another.
 */
export function Palette(props: { onClose: () => void }) {
  const services = useServices();
  const state = useAppState();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  // The state the palette was opened on: commands are judged on it, not on the palette being open.
  const [opened] = useState(() => ({ ...state, dialog: null }));
  const entries = useMemo(() => {
    const out: Entry[] = [];
    for (const c of services.registry.list()) {
      if (c.id === 'palette') continue;
      const variants = c.needsArgs ? opened.bindings.filter((b) => b.command === c.id && b.args !== undefined).map((b) => b.args) : [undefined];
      for (const args of variants) {
        if (!services.registry.enabled(c.id, opened, services, args)) continue;
        out.push({ id: c.id, args, title: services.registry.title(c.id, args), group: c.group, key: keysOf(opened.bindings, c.id, args)[0] });
      }
    }
    return out;
  }, [services, opened]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = entries.filter((e) => words.every((w) => `${e.title} ${e.group}`.toLowerCase().includes(w)));
  const run = (e: Entry | undefined) => {
    if (!e) return;
    props.onClose();
    services.registry.run(e.id, services.app.get(), services, e.args);
  };
  return (
    <Modal title="Commands" onClose={props.onClose} testId="palette">
      <input
        className="palette-input"
        aria-label="Command"
        placeholder="Type a command or a label…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, shown.length - 1));
          else if (e.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') run(shown[index]);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="palette-list" role="listbox" aria-label="Matching commands">
        {shown.slice(0, 50).map((e, i) => (
          <li
            key={`${e.id}${JSON.stringify(e.args ?? null)}`}
            role="option"
            aria-selected={i === index}
            className={i === index ? 'current' : undefined}
            onMouseDown={() => run(e)}
          >
            <span className="muted">{e.group}</span> {e.title}
            {e.key && <kbd>{formatKey(e.key, services.isMac)}</kbd>}
          </li>
        ))}
        {!shown.length && <li className="muted">No command matches.</li>}
      </ul>
    </Modal>
  );
}
