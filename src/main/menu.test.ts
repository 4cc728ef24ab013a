import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../shared/ipc';
import { menuTemplate } from './menu';

/** Every item of the menu tree, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function clickAll(platform: NodeJS.Platform, devBuild = false) {
  const sent: string[] = [];
  let about = 0;
  const template = menuTemplate({ send: (c) => sent.push(c), showAbout: () => about++ }, platform, devBuild);
  for (const i of flatten(template)) i.click?.(undefined as never, undefined, undefined as never);
  return { template, sent, about };
}

describe('application menu', () => {
  it('sends each renderer command exactly once when every item is clicked', () => {
    const { sent, about } = clickAll('linux');
    const expected = [
      'open-files',
      'open-folder',
      'import',
      'export',
      'backup',
      'restore',
      'preannotate-document',
      'preannotate-corpus',
      'set-annotator',
      'settings',
      'undo',
      'redo',
      'help',
    ];
    expect([...sent].sort()).toEqual(expected.sort());
    expect([...MENU_COMMANDS].sort()).toEqual(expected.sort());
    expect(about).toBe(1);
  });

  it('has the File, Annotate, Settings and Help menus', () => {
    const { template } = clickAll('linux');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'Annotate', 'Settings', 'View', 'help']);
    const file = flatten(template[0]!.submenu as MenuItemConstructorOptions[])
      .map((i) => i.label)
      .filter(Boolean);
    expect(file).toEqual(['Open files…', 'Open folder…', 'Import…', 'Export…', 'Back up everything…', 'Restore a backup…']);
    const annotate = (template[2]!.submenu as MenuItemConstructorOptions[]).map((i) => i.label);
    expect(annotate).toEqual(['Pre-annotate document', 'Pre-annotate corpus']);
  });

  it("leaves undo and redo to the app, never to Chromium's text undo", () => {
    const roles = flatten(clickAll('linux').template).map((i) => i.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    expect(roles).not.toContain('editMenu');
  });

  it('offers reload and DevTools in a development build only', () => {
    const roles = (devBuild: boolean, platform: NodeJS.Platform) =>
      flatten(clickAll(platform, devBuild).template).map((i) => String(i.role ?? '').toLowerCase());
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const production = roles(false, platform);
      for (const role of ['reload', 'forcereload', 'toggledevtools', 'viewmenu']) expect(production).not.toContain(role);
      expect(production).toEqual(expect.arrayContaining(['resetzoom', 'zoomin', 'zoomout', 'togglefullscreen']));
      expect(roles(true, platform)).toContain('viewmenu');
    }
  });

  it('shows the keys it is given beside their items, without registering them', () => {
    const template = menuTemplate({ send: () => undefined, showAbout: () => undefined }, 'linux', false, { export: 'Mod+E', help: '?' });
    const items = flatten(template);
    expect(items.find((i) => i.label === 'Export…')).toMatchObject({ accelerator: 'CommandOrControl+E', registerAccelerator: false });
    expect(items.find((i) => i.label === 'Keyboard shortcuts')).toMatchObject({ accelerator: '?', registerAccelerator: false });
    expect(items.filter((i) => i.accelerator)).toHaveLength(2);
  });

  it('adds the application menu on macOS only', () => {
    expect(clickAll('darwin').template[0]!.role).toBe('appMenu');
    expect(clickAll('win32').template[0]!.label).toBe('File');
  });
});
