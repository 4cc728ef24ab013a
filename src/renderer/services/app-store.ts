import type { InputError } from '../../shared/model/types';
import { SchemaIndex } from '../../shared/schema/lookup';
import { frConflictNews } from '../../shared/schema';
import type { Doc } from '../../shared/model/types';
import type { OffsetMap } from '../../shared/text/offsets';
import type { Binding } from '../commands/bindings';
import type { CorpusRow } from '../db/corpus-rows';
import type { SchemaState } from '../db/schemas';
import type { SessionSnapshot } from '../session/document-session';
import { DEFAULT_SORT, type CorpusSort } from './corpus-view';
import type { Route } from './route';
import { SYNC_OFF, type SyncView } from './sync-view';
import type { ThemeChoice } from './theme';

/** A long run (pre-annotation, an import) with its progress; `summary` is set when it is over. */
export interface Progress {
  title: string;
  done: number;
  total: number;
  /** What is counted (`documents` when absent). */
  unit?: string;
  /** What is being done now (`Reading big.jsonl…`). */
  detail?: string;
  summary?: string;
  /** Cancel for this run; pre-annotation's when absent. */
  cancel?: () => void;
}

export type Dialog =
  | { kind: 'annotator'; required: boolean }
  | { kind: 'export'; annotators: string[] }
  | { kind: 'help' }
  | { kind: 'palette' }
  | { kind: 'remove-document'; docId: string }
  | { kind: 'errors'; title: string; errors: InputError[]; importValid?: { count: number; run: () => Promise<void> } }
  /** Restoring a backup over stored work: what it replaces and what comes instead. */
  | { kind: 'restore'; file: string; createdAt: string; replaced: string; incoming: string; run: () => Promise<void> }
  /** Marking done while suggestions are pending: take them, drop them or keep them. */
  | { kind: 'done-pending'; pending: number }
  /** Retyping an event whose new type cannot keep some of its arguments: which ones go. */
  | { kind: 'confirm-retype'; eventId: string; type: string; lost: string[] }
  /** Deleting a mention that fills roles: the roles it would leave. */
  | { kind: 'confirm-delete'; id: string; roles: string[] }
  /** Labelling (or removing) every occurrence of a string: how many in the document and in the corpus. */
  | { kind: 'occurrences'; mode: 'label' | 'remove'; text: string; label: string; inDocument: number; inCorpus: { documents: number; count: number } | null };

/** The search box: in the open document, or across the corpus. `current` is the hit the user is on. */
export interface Search {
  scope: 'document' | 'corpus';
  query: string;
  current: number;
}

/** The document on screen: its text, who has a set for it, and the open set's state. */
export interface OpenDocument {
  doc: Doc;
  /** Code points ↔ UTF-16 of the text, built once per opened document. */
  map: OffsetMap;
  /** Its first line, for the header. */
  title: string;
  /** Annotators whose set can be shown, the current annotator first. */
  annotators: string[];
  session: SessionSnapshot;
}

/** The corpus list: its rows (null while they load), their order, and where the keyboard is in it. */
export interface CorpusView {
  rows: CorpusRow[] | null;
  sort: CorpusSort;
  /** The row the arrow keys move from (roving focus); kept while the user is in a document. */
  cursor: string | null;
  /** The keyboard focus is in the list: Enter and Delete act on the cursor's row only then. */
  focused: boolean;
}

/**
 * Everything the shell, the screens and the commands read, as one value. It changes only through
 * `AppStore.update`; the services write it, React renders it (useSyncExternalStore), commands read it.
 */
export interface AppState {
  route: Route;
  annotator: string | null;
  dialog: Dialog | null;
  notice: string | null;
  progress: Progress | null;
  schemas: SchemaState;
  /** Lookups into `schemas.active`. */
  schema: SchemaIndex;
  /** null when no document is routed; `missing` when the routed one is not in the corpus. */
  document: OpenDocument | 'loading' | 'missing' | null;
  corpus: CorpusView;
  bindings: Binding[];
  search: Search | null;
  theme: ThemeChoice;
  /** Sync with the team server: off unless the user signed in to one (settings, Server). */
  sync: SyncView;
}

export function initialState(route: Route): AppState {
  return {
    route,
    annotator: null,
    dialog: null,
    notice: null,
    progress: null,
    schemas: { active: frConflictNews, library: [frConflictNews] },
    schema: new SchemaIndex(frConflictNews),
    document: null,
    corpus: { rows: null, sort: DEFAULT_SORT, cursor: null, focused: false },
    bindings: [],
    search: null,
    theme: 'system',
    sync: SYNC_OFF,
  };
}

/** The open document, when one is loaded. */
export function openDocument(state: AppState): OpenDocument | null {
  return typeof state.document === 'object' ? state.document : null;
}

export class AppStore {
  private state: AppState;
  private readonly listeners = new Set<() => void>();

  constructor(initial: AppState) {
    this.state = initial;
  }

  get = (): AppState => this.state;

  update(patch: Partial<AppState> | ((state: AppState) => Partial<AppState>)): void {
    const change = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** A pre-annotation run is going on: file commands wait for it. */
export function isBusy(state: AppState): boolean {
  return state.progress !== null && state.progress.summary === undefined;
}
