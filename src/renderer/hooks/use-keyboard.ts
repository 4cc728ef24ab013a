import { useEffect, type RefObject } from 'react';
import type { AppContext } from '../commands/app-commands';
import type { CommandRegistry } from '../commands/registry';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** One keyboard handler for the whole app: it looks the key up in the command registry. */
export function useKeyboard(registry: CommandRegistry<AppContext>, ctx: RefObject<AppContext>, isMac: boolean) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (ctx.current.modal) return; // dialogs handle their own keys
      const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
      if (plain && typing(e.target)) return;
      const command = registry.forKey(e, isMac);
      if (!command) return;
      e.preventDefault();
      void registry.run(command.id, ctx.current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry, ctx, isMac]);
}
