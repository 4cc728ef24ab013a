import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuKeys } from '../../shared/platform';
import { createRegistry } from '../commands';
import { GloseDb } from '../db/database';
import { AppStore, initialState } from './app-store';
import { SettingsService } from './settings-service';

let n = 0;
let db: GloseDb;
afterEach(async () => db?.delete());

describe('the keys the application menu shows', () => {
  it('are sent when the bindings are made, again when the user changes a key, and not when nothing changed', async () => {
    db = new GloseDb(`settings-test-${n++}`);
    const sent: MenuKeys[] = [];
    const platform = { setMenuKeys: vi.fn(async (keys: MenuKeys) => void sent.push(keys)) };
    const app = new AppStore(initialState({ screen: 'corpus' }));
    const settings = new SettingsService(db, app, createRegistry(), platform);
    await settings.load();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ export: 'Mod+E', import: 'Mod+I', undo: 'Mod+Z', 'open-folder': 'Mod+Shift+O' });
    // Label keys and other commands' keys are not the menu's.
    expect(Object.keys(sent[0]).every((id) => !id.startsWith('label'))).toBe(true);
    await settings.setKeys('export', undefined, ['Mod+Shift+X']);
    expect(sent.at(-1)).toMatchObject({ export: 'Mod+Shift+X' });
    await settings.setKeys('undo', undefined, []);
    expect(sent.at(-1)?.undo).toBeUndefined();
    const count = sent.length;
    app.update({ notice: 'something else changed' });
    await settings.setTheme('dark');
    expect(sent).toHaveLength(count);
  });
});
