import { describe, expect, it } from 'vitest';
import { CommandRegistry, formatKey, matchesKey, type KeyLike } from './registry';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('matchesKey', () => {
  it('reads Mod as Ctrl off macOS and as Meta on macOS', () => {
    expect(matchesKey('Mod+Z', key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesKey('Mod+Z', key('z', { metaKey: true }), false)).toBe(false);
    expect(matchesKey('Mod+Z', key('z', { metaKey: true }), true)).toBe(true);
  });

  it('tells Mod+Z from Mod+Shift+Z', () => {
    expect(matchesKey('Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesKey('Mod+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
  });

  it('matches Alt+letter by the physical key when Option changed the character', () => {
    expect(matchesKey('Alt+A', key('å', { altKey: true, code: 'KeyA' }), true)).toBe(true);
    expect(matchesKey('Alt+A', key('å', { altKey: true, code: 'KeyQ' }), true)).toBe(false);
  });

  it('accepts ? typed with Shift but not with Ctrl', () => {
    expect(matchesKey('?', key('?', { shiftKey: true }), false)).toBe(true);
    expect(matchesKey('?', key('?', { ctrlKey: true }), false)).toBe(false);
  });
});

describe('formatKey', () => {
  it('spells bindings for each platform', () => {
    expect(formatKey('Mod+Shift+O', false)).toBe('Ctrl+Shift+O');
    expect(formatKey('Mod+Shift+O', true)).toBe('⇧⌘O');
    expect(formatKey('?', false)).toBe('?');
  });
});

describe('CommandRegistry', () => {
  const make = () => {
    const log: string[] = [];
    const r = new CommandRegistry<{ on: boolean }>();
    r.register({ id: 'undo', title: 'Undo', group: 'Edit', keys: ['Mod+Z'], enabled: (c) => c.on, perform: () => void log.push('undo') });
    return { r, log };
  };

  it('refuses a second command with the same id or key', () => {
    const { r } = make();
    expect(() => r.register({ id: 'undo', title: 'x', group: 'g', enabled: () => true, perform: () => undefined })).toThrow(/twice/);
    expect(() => r.register({ id: 'other', title: 'x', group: 'g', keys: ['Mod+Z'], enabled: () => true, perform: () => undefined })).toThrow(/already bound/);
  });

  it('finds a command by key and runs it only when its guard allows', async () => {
    const { r, log } = make();
    expect(r.forKey(key('z', { ctrlKey: true }), false)?.id).toBe('undo');
    expect(await r.run('undo', { on: false })).toBe(false);
    expect(await r.run('undo', { on: true })).toBe(true);
    expect(await r.run('missing', { on: true })).toBe(false);
    expect(log).toEqual(['undo']);
  });
});

describe('the app registry', () => {
  it('performs every command the application menu can send', async () => {
    const { MENU_COMMANDS } = await import('../../shared/ipc');
    const { buildRegistry } = await import('./app-commands');
    const ids = buildRegistry()
      .list()
      .map((c) => c.id);
    expect(MENU_COMMANDS.filter((name) => !ids.includes(name))).toEqual([]);
  });
});
