import { describe, expect, it } from 'vitest';
import { chordOf, formatKey, matchesKey, schemaKeyChord, type KeyLike } from './keys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('key chords', () => {
  it('reads Mod as Ctrl off macOS and as Meta on macOS', () => {
    expect(matchesKey('Mod+Z', key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesKey('Mod+Z', key('z', { metaKey: true }), false)).toBe(false);
    expect(matchesKey('Mod+Z', key('z', { metaKey: true }), true)).toBe(true);
  });

  it('tells Mod+Z from Mod+Shift+Z, and a schema key p from P', () => {
    expect(matchesKey('Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesKey('Mod+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesKey(schemaKeyChord('p'), key('p'), false)).toBe(true);
    expect(matchesKey(schemaKeyChord('A'), key('A', { shiftKey: true }), false)).toBe(true);
    expect(matchesKey(schemaKeyChord('A'), key('a'), false)).toBe(false);
  });

  it('matches Alt+letter by the physical key when Option changed the character', () => {
    expect(matchesKey('Alt+A', key('å', { altKey: true, code: 'KeyA' }), true)).toBe(true);
    expect(matchesKey('Alt+A', key('å', { altKey: true, code: 'KeyQ' }), true)).toBe(false);
  });

  it('accepts ? typed with Shift but not with Ctrl', () => {
    expect(matchesKey('?', key('?', { shiftKey: true }), false)).toBe(true);
    expect(matchesKey('?', key('?', { ctrlKey: true }), false)).toBe(false);
  });

  it('spells chords for each platform', () => {
    expect(formatKey('Mod+Shift+O', false)).toBe('Ctrl+Shift+O');
    expect(formatKey('Mod+Shift+O', true)).toBe('⇧⌘O');
    expect(formatKey('?', false)).toBe('?');
  });

  it('records a key press as the chord that matches it again', () => {
    const presses = [
      key('e', { ctrlKey: true, code: 'KeyE' }),
      key('å', { altKey: true, code: 'KeyA' }),
      key('?', { shiftKey: true }),
      key('Escape'),
      key('F2'),
    ];
    for (const e of presses) expect(matchesKey(chordOf(e, false)!, e, false)).toBe(true);
    expect(chordOf(key('e', { ctrlKey: true, code: 'KeyE' }), false)).toBe('Mod+E');
    expect(chordOf(key('Shift', { shiftKey: true }), false)).toBeNull();
  });
});
