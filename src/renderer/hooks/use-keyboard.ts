import { useEffect } from 'react';
import { resolveKey } from '../commands/bindings';
import { whenContext } from '../commands/context';
import type { Services } from '../services/services';

/** Focus in a field that takes typed text; the annotation editor (`data-command-keys`) gives its keys to the commands. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  !target.closest('[data-command-keys]') &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * One keyboard handler for the whole app. The bindings of the key are tried in order; the first whose
 * command applies runs and takes the key. While a dialog is open, its own handlers have the keys.
 */
export function useKeyboard(services: Services) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const state = services.app.get();
      if (state.dialog || state.progress) return;
      const ctx = whenContext(state, typing(e.target));
      const binding = resolveKey(state.bindings, e, ctx, services.isMac, (b) => services.registry.enabled(b.command, state, services, b.args));
      if (!binding) return;
      e.preventDefault();
      services.registry.run(binding.command, state, services, binding.args);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [services]);
}
