import { describe, expect, it } from 'vitest';
import { frConflictNews } from '../../shared/schema';
import { conflicts, defaultBindings, keysOf, resolveKey, schemaBindings, withOverrides, type Binding } from './bindings';
import type { KeyLike } from './keys';
import { createRegistry } from './index';

const press = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
const b = (key: string, command: string, weight: number, when?: string): Binding => ({ key, command, weight, when, source: 'default' });

describe('binding precedence', () => {
  const escape = [b('Escape', 'leave', 0), b('Escape', 'close-panel', 10, 'screen == document'), b('Escape', 'clear', 20, 'screen == document')];
  const ctx = { screen: 'document' };

  it('tries the heaviest binding first, and a declining command lets the next one have the key', () => {
    const applies = (on: string[]) => (x: Binding) => on.includes(x.command);
    expect(resolveKey(escape, press('Escape'), ctx, false, applies(['clear', 'close-panel', 'leave']))?.command).toBe('clear');
    expect(resolveKey(escape, press('Escape'), ctx, false, applies(['close-panel', 'leave']))?.command).toBe('close-panel');
    expect(resolveKey(escape, press('Escape'), ctx, false, applies(['leave']))?.command).toBe('leave');
  });

  it('a disabled command never swallows its key: with none enabled nothing runs', () => {
    expect(resolveKey(escape, press('Escape'), ctx, false, () => false)).toBeUndefined();
  });

  it('a binding whose context does not hold is not tried', () => {
    const tried: string[] = [];
    resolveKey(escape, press('Escape'), { screen: 'corpus' }, false, (x) => (tried.push(x.command), false));
    expect(tried).toEqual(['leave']);
  });

  it('a plain letter never fires while the user types in a field', () => {
    const letters = [b('P', 'label', 100), b('Mod+P', 'print', 0)];
    expect(resolveKey(letters, press('p'), { inputFocus: true }, false, () => true)).toBeUndefined();
    expect(resolveKey(letters, press('p', { ctrlKey: true }), { inputFocus: true }, false, () => true)?.command).toBe('print');
  });
});

describe('the app bindings', () => {
  const registry = createRegistry();
  const all = [...defaultBindings(registry.list()), ...schemaBindings(frConflictNews)];

  it('makes every label and event type of the schema a binding with its arguments', () => {
    expect(keysOf(all, 'label-selection', { label: 'PER' })).toEqual(['P']);
    expect(keysOf(all, 'create-event', { type: 'Conflict.Attack' })).toEqual(['Shift+A']);
    expect(schemaBindings(frConflictNews)).toHaveLength(frConflictNews.entities.length + frConflictNews.events.length + 1);
    expect(keysOf(all, 'cycle-attribute', { name: 'realis' })).toEqual(['R']);
    expect(keysOf(all, 'pick-role', { index: 2 })).toEqual(['2']);
  });

  it('lets the user replace a command’s keys, and says when a key is then shared', () => {
    const mine = withOverrides(all, [{ command: 'export', keys: ['Mod+I'] }]);
    expect(keysOf(mine, 'export')).toEqual(['Mod+I']);
    expect(keysOf(mine, 'import')).toEqual(['Mod+I']);
    const shared = conflicts(mine).find((c) => c.key === 'Mod+I');
    expect(shared?.bindings.map((x) => x.command)).toEqual(['export', 'import']);
    expect(conflicts(all)).toEqual([]);
  });

  it('an unbound command has no keys, and going back to the default restores them', () => {
    expect(keysOf(withOverrides(all, [{ command: 'undo', keys: [] }]), 'undo')).toEqual([]);
    expect(keysOf(withOverrides(all, []), 'undo')).toEqual(['Mod+Z']);
  });
});
