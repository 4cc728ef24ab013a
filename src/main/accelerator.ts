/**
 * The renderer's key chords (`Mod+Shift+O`, `Alt+ArrowDown`, `?`; see src/renderer/commands/keys.ts) as
 * Electron accelerators (`CommandOrControl+Shift+O`, `Alt+Down`), for the menu to show. Null for a chord
 * Electron cannot show, and on macOS for a key without Ctrl, ⌘ or Alt: macOS always registers a menu's
 * keys, so a plain `?` there would open the shortcut sheet while the user types a question mark.
 */

const KEY_NAMES: Record<string, string> = {
  arrowup: 'Up',
  arrowdown: 'Down',
  arrowleft: 'Left',
  arrowright: 'Right',
  escape: 'Esc',
  enter: 'Enter',
  backspace: 'Backspace',
  delete: 'Delete',
  tab: 'Tab',
  space: 'Space',
  ' ': 'Space',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  insert: 'Insert',
  '+': 'Plus',
};

/** Printable characters Electron's accelerators name as they are. */
const PUNCTUATION = new Set([...')!@#$%^&*(:;<=>,_-.?/~`{}[]|\\\'"']);

const MODIFIERS: Record<string, string> = { Mod: 'CommandOrControl', Ctrl: 'Control', Alt: 'Alt', Shift: 'Shift' };

function keyName(key: string): string | null {
  const lower = key.toLowerCase();
  if (KEY_NAMES[lower]) return KEY_NAMES[lower];
  if (/^[a-z0-9]$/.test(lower)) return lower.toUpperCase();
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return lower.toUpperCase();
  return PUNCTUATION.has(key) ? key : null;
}

export function chordToAccelerator(chord: string, platform: NodeJS.Platform): string | null {
  const parts = chord === '+' ? ['+'] : chord.split('+');
  const key = keyName(parts.pop() ?? '');
  if (!key || parts.some((m) => !(m in MODIFIERS))) return null;
  const mods = ['Mod', 'Ctrl', 'Alt', 'Shift'].filter((m) => parts.includes(m));
  if (platform === 'darwin' && !mods.some((m) => m !== 'Shift') && !/^F\d+$/.test(key)) return null;
  return [...mods.map((m) => MODIFIERS[m]), key].join('+');
}
