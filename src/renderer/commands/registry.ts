/**
 * The one registry of user commands. Toolbar buttons, the keyboard, the application menu and the
 * shortcut help all read it, so a command and its key are declared once.
 */
export interface Command<C> {
  /** Also the name the application menu sends (see `onMenuCommand`). */
  id: string;
  title: string;
  group: string;
  /** Key bindings such as `Mod+Shift+Z` (Mod is ⌘ on macOS, Ctrl elsewhere) or `?`. */
  keys?: string[];
  /** Shown as a toolbar button on these screens. */
  toolbar?: Array<'corpus' | 'document' | 'settings'>;
  enabled(ctx: C): boolean;
  perform(ctx: C): void | Promise<void>;
}

export interface KeyLike {
  key: string;
  /** Physical key (`KeyA`); lets Alt+letter match on macOS, where Option changes the character. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Binding {
  key: string;
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

function parse(binding: string): Binding {
  const parts = binding === '+' ? ['+'] : binding.split('+');
  const key = parts.pop()!.toLowerCase();
  const has = (m: string) => parts.includes(m);
  return { key, mod: has('Mod'), ctrl: has('Ctrl'), alt: has('Alt'), shift: has('Shift') };
}

/** A printable character other than a letter (`?`, `/`): Shift is part of typing it, so it is not checked. */
const isSymbol = (key: string) => key.length === 1 && !/[a-z0-9]/.test(key);

export function matchesKey(binding: string, e: KeyLike, isMac: boolean): boolean {
  const b = parse(binding);
  const sameKey = e.key.toLowerCase() === b.key || (/^[a-z]$/.test(b.key) && e.code === `Key${b.key.toUpperCase()}`);
  if (!sameKey) return false;
  const wantCtrl = b.ctrl || (b.mod && !isMac);
  const wantMeta = b.mod && isMac;
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.altKey !== b.alt) return false;
  return isSymbol(b.key) || e.shiftKey === b.shift;
}

/** `Mod+Shift+Z` → `Ctrl+Shift+Z` (or `⌘⇧Z` on macOS), for buttons and the help. */
export function formatKey(binding: string, isMac: boolean): string {
  const b = parse(binding);
  const key = b.key.length === 1 ? b.key.toUpperCase() : b.key[0].toUpperCase() + b.key.slice(1);
  if (isSymbol(b.key) && !b.mod && !b.ctrl && !b.alt) return b.key;
  const mods = isMac
    ? [b.ctrl && '⌃', b.alt && '⌥', b.shift && '⇧', b.mod && '⌘'].filter(Boolean).join('')
    : [(b.mod || b.ctrl) && 'Ctrl+', b.alt && 'Alt+', b.shift && 'Shift+'].filter(Boolean).join('');
  return mods + key;
}

export class CommandRegistry<C> {
  private readonly commands = new Map<string, Command<C>>();

  /** Registers a command; a second command with the same id or the same key is a programming error. */
  register(command: Command<C>): this {
    if (this.commands.has(command.id)) throw new Error(`command ${command.id} is registered twice`);
    for (const key of command.keys ?? []) {
      const other = this.list().find((c) => c.keys?.includes(key));
      if (other) throw new Error(`key ${key} of ${command.id} is already bound to ${other.id}`);
    }
    this.commands.set(command.id, command);
    return this;
  }

  list(): Command<C>[] {
    return [...this.commands.values()];
  }

  get(id: string): Command<C> | undefined {
    return this.commands.get(id);
  }

  forKey(e: KeyLike, isMac: boolean): Command<C> | undefined {
    return this.list().find((c) => c.keys?.some((k) => matchesKey(k, e, isMac)));
  }

  /** Runs a command if it exists and its guard allows it; returns whether it ran. */
  async run(id: string, ctx: C): Promise<boolean> {
    const command = this.commands.get(id);
    if (!command || !command.enabled(ctx)) return false;
    await command.perform(ctx);
    return true;
  }
}
