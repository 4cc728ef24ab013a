/**
 * The one typed interface through which the renderer reaches the platform. Two hosts implement it:
 * the Electron preload bridge (IPC to main, native dialogs) and the web host (file inputs, downloads).
 * The renderer never imports Node or Electron.
 */

/** A file the user picked; only its name (never a path the renderer could reuse) and its bytes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Commands the application menu can send to the renderer (the renderer's command registry runs them). */
export type MenuCommand = string;

/**
 * The key each menu command has in the renderer now, as bindings spell it (`Mod+Shift+O`): the menu
 * shows it beside the item. Commands without a key are left out.
 */
export type MenuKeys = Partial<Record<string, string>>;

export interface PlatformApi {
  readonly kind: 'electron' | 'web';
  /** Lets the user pick `.txt` articles. Empty when cancelled. */
  openTextFiles(): Promise<PickedFile[]>;
  /** Lets the user pick a folder; returns its `.txt` files. Empty when cancelled. */
  openFolder(): Promise<PickedFile[]>;
  /** Lets the user pick files of the given extensions (e.g. `['.jsonl']`). Empty when cancelled. */
  openFiles(extensions: string[]): Promise<PickedFile[]>;
  /** Saves text under a name the user confirms; false when cancelled. */
  saveFile(suggestedName: string, content: string | Uint8Array): Promise<boolean>;
  /** Tells the application menu the keys of its commands (whenever the user's bindings change); nothing on the web. */
  setMenuKeys(keys: MenuKeys): Promise<void>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
