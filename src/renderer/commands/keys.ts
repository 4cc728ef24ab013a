/**
 * Key chords as data: `Mod+Shift+Z` (Mod is ⌘ on macOS, Ctrl elsewhere), `Alt+A`, `?`, `Escape`.
 * Bindings, the menus, the palette and the shortcut sheet all spell keys this way.
 */

export interface KeyLike {
  key: string;
  /** Physical key (`KeyA`); lets Alt+letter match on macOS, where Option changes the character. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Chord {
  key: string;
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

function parse(chord: string): Chord {
  const parts = chord === '+' ? ['+'] : chord.split('+');
  const key = parts.pop()!.toLowerCase();
  const has = (m: string) => parts.includes(m);
  return { key, mod: has('Mod'), ctrl: has('Ctrl'), alt: has('Alt'), shift: has('Shift') };
}

/** A printable character other than a letter or digit (`?`, `/`): Shift is part of typing it, so it is not checked. */
const isSymbol = (key: string) => key.length === 1 && !/[a-z0-9]/.test(key);

export function matchesKey(chord: string, e: KeyLike, isMac: boolean): boolean {
  const b = parse(chord);
  const sameKey = e.key.toLowerCase() === b.key || (/^[a-z]$/.test(b.key) && e.code === `Key${b.key.toUpperCase()}`);
  if (!sameKey) return false;
  const wantCtrl = b.ctrl || (b.mod && !isMac);
  const wantMeta = b.mod && isMac;
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.altKey !== b.alt) return false;
  return isSymbol(b.key) || e.shiftKey === b.shift;
}

/** Keys a text field uses for itself (editing, moving the caret) when pressed without Ctrl, ⌘ or Alt. */
const FIELD_KEYS = new Set(['enter', 'backspace', 'delete', 'arrowleft', 'arrowright', 'arrowup', 'arrowdown', 'home', 'end', 'tab', ' ', 'space']);

/** A chord that types or edits in a text field (a letter, Enter, Backspace…): commands leave it to the field. */
export function isFieldChord(chord: string): boolean {
  const b = parse(chord);
  return !b.mod && !b.ctrl && !b.alt && (b.key.length === 1 || FIELD_KEYS.has(b.key));
}

/** Keys spelt as they are printed on the keyboard. */
const KEY_NAMES: Record<string, string> = { arrowup: '↑', arrowdown: '↓', arrowleft: '←', arrowright: '→' };

/** `Mod+Shift+Z` → `Ctrl+Shift+Z` (or `⇧⌘Z` on macOS), for buttons, menus and the help. */
export function formatKey(chord: string, isMac: boolean): string {
  const b = parse(chord);
  const key = KEY_NAMES[b.key] ?? (b.key.length === 1 ? b.key.toUpperCase() : b.key[0].toUpperCase() + b.key.slice(1));
  if (isSymbol(b.key) && !b.mod && !b.ctrl && !b.alt) return b.key;
  const mods = isMac
    ? [b.ctrl && '⌃', b.alt && '⌥', b.shift && '⇧', b.mod && '⌘'].filter(Boolean).join('')
    : [(b.mod || b.ctrl) && 'Ctrl+', b.alt && 'Alt+', b.shift && 'Shift+'].filter(Boolean).join('');
  return mods + key;
}

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/**
 * The chord a key press spells, in the canonical form bindings use (for recording a new binding in the
 * settings); null while only modifiers are down. Letters are named by their physical key so that Alt
 * on macOS records `Alt+A`, not `Alt+å`.
 */
export function chordOf(e: KeyLike, isMac: boolean): string | null {
  if (MODIFIER_KEYS.has(e.key)) return null;
  const letter = /^Key([A-Z])$/.exec(e.code ?? '');
  const base = letter ? letter[1] : e.key.length === 1 ? e.key.toUpperCase() : e.key;
  const symbol = base.length === 1 && isSymbol(base.toLowerCase());
  const mods = [(isMac ? e.metaKey : e.ctrlKey) && 'Mod', isMac && e.ctrlKey && 'Ctrl', e.altKey && 'Alt', e.shiftKey && !symbol && 'Shift'].filter(Boolean);
  return [...mods, base].join('+');
}

/** A schema's one-character key (`p`, `A`) as a chord: an upper-case letter is typed with Shift. */
export function schemaKeyChord(key: string): string {
  return /^\p{Lu}$/u.test(key) ? `Shift+${key}` : key.toUpperCase();
}
