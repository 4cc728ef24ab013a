import { describe, expect, it } from 'vitest';
import { chordToAccelerator } from './accelerator';

describe('key chords as Electron accelerators', () => {
  it.each([
    ['Mod+O', 'CommandOrControl+O'],
    ['Mod+Shift+O', 'CommandOrControl+Shift+O'],
    ['Shift+Mod+z', 'CommandOrControl+Shift+Z'],
    ['Ctrl+Alt+P', 'Control+Alt+P'],
    ['Alt+ArrowDown', 'Alt+Down'],
    ['Mod+Enter', 'CommandOrControl+Enter'],
    ['Mod+,', 'CommandOrControl+,'],
    ['Escape', 'Esc'],
    ['?', '?'],
    ['F2', 'F2'],
    ['Delete', 'Delete'],
  ])('%s → %s (Linux, Windows)', (chord, accelerator) => {
    expect(chordToAccelerator(chord, 'linux')).toBe(accelerator);
    expect(chordToAccelerator(chord, 'win32')).toBe(accelerator);
  });

  it('shows on macOS only chords with Ctrl, ⌘ or Alt (or a function key): macOS registers every menu key', () => {
    expect(chordToAccelerator('Mod+Shift+Z', 'darwin')).toBe('CommandOrControl+Shift+Z');
    expect(chordToAccelerator('Alt+ArrowUp', 'darwin')).toBe('Alt+Up');
    expect(chordToAccelerator('F5', 'darwin')).toBe('F5');
    for (const plain of ['?', 'N', 'Shift+N', 'Escape', 'Delete']) expect(chordToAccelerator(plain, 'darwin')).toBeNull();
  });

  it('gives nothing for what Electron cannot show', () => {
    for (const chord of ['Mod+é', 'Hyper+A', 'Mod+MediaPlay', '', 'Mod+']) expect(chordToAccelerator(chord, 'linux')).toBeNull();
  });
});
