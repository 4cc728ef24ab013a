import { MENU_COMMANDS } from '../../shared/ipc';
import type { MenuKeys, PlatformApi } from '../../shared/platform';
import { defaultBindings, keysOf, schemaBindings, withOverrides, type Binding, type KeyOverride } from '../commands/bindings';
import type { CommandRegistry } from '../commands/registry';
import type { GloseDb } from '../db/database';
import { ANNOTATOR_KEY, getSetting, putSetting } from '../db/store';
import type { AppStore } from './app-store';
import { THEMES, type ThemeChoice } from './theme';

const KEYS_KEY = 'keybindings';

/** The first key of each application-menu command (what its menu item shows). */
export function menuKeys(bindings: Binding[]): MenuKeys {
  const keys: MenuKeys = {};
  for (const id of MENU_COMMANDS) {
    const key = keysOf(bindings, id)[0];
    if (key) keys[id] = key;
  }
  return keys;
}
const THEME_KEY = 'theme';

/**
 * The user's settings: who is annotating, and their own keys. The bindings in the app state are made
 * again whenever the active schema (its label and event keys) or the user's keys change, and the
 * application menu is told the keys of its commands.
 */
export class SettingsService {
  private overrides: KeyOverride[] = [];
  private boundTo: unknown = null;
  private shownKeys = '';

  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
    private readonly registry: CommandRegistry,
    private readonly platform: Pick<PlatformApi, 'setMenuKeys'>,
  ) {
    app.subscribe(() => {
      if (app.get().schemas.active !== this.boundTo) this.rebind();
    });
  }

  async load(): Promise<void> {
    const [annotator, overrides, theme] = await Promise.all([
      getSetting<string>(this.db, ANNOTATOR_KEY),
      getSetting<KeyOverride[]>(this.db, KEYS_KEY),
      getSetting<ThemeChoice>(this.db, THEME_KEY),
    ]);
    this.overrides = Array.isArray(overrides) ? overrides : [];
    this.app.update({ theme: THEMES.includes(theme as ThemeChoice) ? (theme as ThemeChoice) : 'system' });
    this.rebind();
    this.app.update(annotator ? { annotator } : { dialog: { kind: 'annotator', required: true } });
  }

  async setAnnotator(name: string): Promise<void> {
    await putSetting(this.db, ANNOTATOR_KEY, name);
    this.app.update({ annotator: name, dialog: null });
  }

  async setTheme(theme: ThemeChoice): Promise<void> {
    this.app.update({ theme });
    await putSetting(this.db, THEME_KEY, theme);
  }

  keyOverrides(): KeyOverride[] {
    return this.overrides;
  }

  /** Saves the user's keys for a command (an empty list unbinds it); null goes back to the defaults. */
  async setKeys(command: string, args: unknown, keys: string[] | null): Promise<void> {
    const others = this.overrides.filter((o) => !(o.command === command && JSON.stringify(o.args ?? null) === JSON.stringify(args ?? null)));
    this.overrides = keys === null ? others : [...others, { command, args, keys }];
    await putSetting(this.db, KEYS_KEY, this.overrides);
    this.rebind();
  }

  private rebind(): void {
    const schema = this.app.get().schemas.active;
    this.boundTo = schema;
    const bindings = withOverrides([...defaultBindings(this.registry.list()), ...schemaBindings(schema)], this.overrides);
    this.app.update({ bindings });
    const keys = menuKeys(bindings);
    if (JSON.stringify(keys) === this.shownKeys) return;
    this.shownKeys = JSON.stringify(keys);
    // The menu only shows keys: a host that cannot take them costs the user nothing they rely on.
    this.platform.setMenuKeys(keys).catch(() => undefined);
  }
}
