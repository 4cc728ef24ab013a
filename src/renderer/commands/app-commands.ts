import { CommandRegistry } from './registry';

/** What commands can see and do; the App builds it on every render. */
export interface AppContext {
  screen: 'corpus' | 'document' | 'settings';
  /** A dialog is open: keyboard shortcuts other than the dialog's own are off. */
  modal: boolean;
  /** A pre-annotation run is going on. */
  busy: boolean;
  canUndo: boolean;
  canRedo: boolean;
  pendingCount: number;
  openTextFiles(): Promise<void>;
  openFolder(): Promise<void>;
  importFiles(): Promise<void>;
  showExport(): void;
  askAnnotator(): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  acceptAll(): Promise<void>;
  rejectAll(): Promise<void>;
  preannotateDocument(): void;
  preannotateCorpus(): void;
  showHelp(): void;
  showCorpus(): void;
  showSettings(): void;
}

const always = () => true;
const idle = (c: AppContext) => !c.busy;

/** Every user command, registered once. Ids double as application-menu command names. */
export function buildRegistry(): CommandRegistry<AppContext> {
  return new CommandRegistry<AppContext>()
    .register({
      id: 'corpus',
      title: 'Corpus',
      group: 'Navigate',
      keys: ['Escape'],
      toolbar: ['document', 'settings'],
      enabled: (c) => c.screen !== 'corpus',
      perform: (c) => c.showCorpus(),
    })
    .register({
      id: 'settings',
      title: 'Schema',
      group: 'Navigate',
      keys: ['Mod+,'],
      toolbar: ['corpus', 'document'],
      enabled: (c) => c.screen !== 'settings',
      perform: (c) => c.showSettings(),
    })
    .register({ id: 'open-files', title: 'Open files…', group: 'File', keys: ['Mod+O'], toolbar: ['corpus'], enabled: idle, perform: (c) => c.openTextFiles() })
    .register({
      id: 'open-folder',
      title: 'Open folder…',
      group: 'File',
      keys: ['Mod+Shift+O'],
      toolbar: ['corpus'],
      enabled: idle,
      perform: (c) => c.openFolder(),
    })
    .register({
      id: 'import',
      title: 'Import…',
      group: 'File',
      keys: ['Mod+I'],
      toolbar: ['corpus', 'document'],
      enabled: idle,
      perform: (c) => c.importFiles(),
    })
    .register({
      id: 'export',
      title: 'Export…',
      group: 'File',
      keys: ['Mod+E'],
      toolbar: ['corpus', 'document'],
      enabled: idle,
      perform: (c) => c.showExport(),
    })
    .register({
      id: 'undo',
      title: 'Undo',
      group: 'Edit',
      keys: ['Mod+Z'],
      toolbar: ['document'],
      enabled: (c) => c.screen === 'document' && c.canUndo,
      perform: (c) => c.undo(),
    })
    .register({
      id: 'redo',
      title: 'Redo',
      group: 'Edit',
      keys: ['Mod+Shift+Z', 'Mod+Y'],
      toolbar: ['document'],
      enabled: (c) => c.screen === 'document' && c.canRedo,
      perform: (c) => c.redo(),
    })
    .register({
      id: 'accept-pending',
      title: 'Accept all suggestions',
      group: 'Edit',
      keys: ['Alt+A'],
      enabled: (c) => c.screen === 'document' && c.pendingCount > 0,
      perform: (c) => c.acceptAll(),
    })
    .register({
      id: 'reject-pending',
      title: 'Reject all suggestions',
      group: 'Edit',
      keys: ['Alt+R'],
      enabled: (c) => c.screen === 'document' && c.pendingCount > 0,
      perform: (c) => c.rejectAll(),
    })
    .register({
      id: 'preannotate-document',
      title: 'Pre-annotate document',
      group: 'Annotate',
      keys: ['Mod+Shift+P'],
      toolbar: ['document'],
      enabled: (c) => idle(c) && c.screen === 'document',
      perform: (c) => c.preannotateDocument(),
    })
    .register({
      id: 'preannotate-corpus',
      title: 'Pre-annotate corpus',
      group: 'Annotate',
      keys: ['Mod+Alt+P'],
      toolbar: ['corpus'],
      enabled: idle,
      perform: (c) => c.preannotateCorpus(),
    })
    .register({ id: 'set-annotator', title: 'Set annotator name…', group: 'Annotate', enabled: idle, perform: (c) => c.askAnnotator() })
    .register({ id: 'help', title: 'Keyboard shortcuts', group: 'Help', keys: ['?'], enabled: always, perform: (c) => c.showHelp() });
}
