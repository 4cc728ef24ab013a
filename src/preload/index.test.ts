import { beforeAll, describe, expect, it, vi } from 'vitest';

// The preload runs only inside Electron: stand in for the two objects it uses.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn(async (..._args: unknown[]) => 'reply'),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, l: (...a: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(l);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, l: (...a: unknown[]) => void) => electron.listeners.get(channel)?.delete(l),
  },
}));

type Api = import('../shared/platform').PlatformApi;
let api: Api;

beforeAll(async () => {
  await import('./index');
  api = electron.exposed.get('glose') as Api;
});

function emit(channel: string, ...args: unknown[]) {
  for (const l of electron.listeners.get(channel) ?? []) l({ sender: 'ipcRenderer' }, ...args);
}

describe('preload bridge', () => {
  it('exposes only window.glose, with exactly the platform API', () => {
    expect([...electron.exposed.keys()]).toEqual(['glose']);
    expect(Object.keys(api).sort()).toEqual(['kind', 'onMenuCommand', 'openFiles', 'openFolder', 'openTextFiles', 'saveFile', 'setMenuKeys']);
    expect(api.kind).toBe('electron');
  });

  it('forwards each request to its channel with its arguments and no paths', async () => {
    const bytes = new Uint8Array([1, 2]);
    await api.openTextFiles();
    await api.openFolder();
    await api.openFiles(['.jsonl']);
    await api.saveFile('gold.jsonl', bytes);
    await api.setMenuKeys({ export: 'Mod+E' });
    expect(electron.invoke.mock.calls).toEqual([
      ['glose:open-text-files'],
      ['glose:open-folder'],
      ['glose:open-files', ['.jsonl']],
      ['glose:save-file', 'gold.jsonl', bytes],
      ['glose:set-menu-keys', { export: 'Mod+E' }],
    ]);
  });

  it('passes registered menu commands, and only those, to the listener without the IPC event, until unsubscribed', () => {
    const got: unknown[][] = [];
    const off = api.onMenuCommand((...args) => got.push(args));
    emit('glose:menu-command', 'export');
    emit('glose:menu-command', 42);
    // Strings that are not registered command ids never reach the page.
    for (const junk of ['reload', 'toggle-devtools', 'toString', '__proto__', 'export ', 'EXPORT', '']) emit('glose:menu-command', junk);
    emit('glose:menu-command', 'undo');
    off();
    emit('glose:menu-command', 'import');
    expect(got).toEqual([['export'], ['undo']]);
    expect(electron.listeners.get('glose:menu-command')?.size).toBe(0);
  });
});
