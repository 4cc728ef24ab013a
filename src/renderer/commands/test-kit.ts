import { vi } from 'vitest';
import { NO_SELECTION, type Selection } from '../../shared/model/selection';
import { createState, runStep } from '../../shared/model/state';
import type { AnnotationSet, Doc } from '../../shared/model/types';
import { frConflictNews } from '../../shared/schema';
import { OffsetMap } from '../../shared/text/offsets';
import type { CorpusRow } from '../db/corpus-rows';
import { headOf } from '../db/set-table';
import { AppStore, initialState, openDocument, type AppState } from '../services/app-store';
import type { Route } from '../services/route';
import type { Services } from '../services/services';
import { defaultBindings, schemaBindings } from './bindings';
import { createRegistry } from './index';

/**
 * Commands tested as Excalidraw tests its actions: through the registry, on a state built in a line,
 * with services that record what was asked of them. Dispatched steps go through the real pure state.
 */
export const TEXT = 'Les forces de Haftar ont attaqué Derna.';
export const doc: Doc = { id: 'd1', text: TEXT, meta: { source: 'd1.txt' } };

export function docSet(over: Partial<AnnotationSet> = {}): AnnotationSet {
  return { docId: 'd1', annotator: 'alice', status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [], ...over };
}

/** A corpus list row of a document with one annotator's set (see db/corpus-rows.ts). */
export function corpusRow(id: string, title: string, set?: Partial<AnnotationSet>): CorpusRow {
  const stored = set && headOf({ ...docSet({ docId: id, ...set }), updatedAt: 0, revision: 0 });
  return {
    doc: { id, text: title, meta: { source: `${id}.txt` } },
    title,
    set: stored,
    annotators: stored ? [{ annotator: stored.annotator, status: stored.status }] : [],
    gold: null,
    stats: undefined,
    assigned: [],
  };
}

export function harness(options: { set?: AnnotationSet; selection?: Selection; route?: Route; rows?: CorpusRow[] } = {}) {
  const registry = createRegistry();
  const route = options.route ?? ({ screen: 'document', docId: 'd1' } as Route);
  const state: AppState = {
    ...initialState(route),
    annotator: 'alice',
    bindings: [...defaultBindings(registry.list()), ...schemaBindings(frConflictNews)],
    document:
      route.screen === 'document'
        ? {
            doc,
            map: new OffsetMap(TEXT),
            title: TEXT,
            annotators: ['alice'],
            session: { state: createState(options.set ?? docSet(), undefined, options.selection ?? NO_SELECTION), saveState: 'saved' },
          }
        : null,
    corpus: { ...initialState(route).corpus, rows: options.rows ?? null },
  };
  const app = new AppStore(state);
  const step = vi.fn((s: Parameters<Services['documents']['step']>[0]) => {
    const open = openDocument(app.get());
    if (!open) return false;
    const result = runStep(open.session.state, s);
    if (result.ok) app.update({ document: { ...open, session: { ...open.session, state: result.state } } });
    return result.ok;
  });
  const services = {
    isMac: false,
    app,
    registry,
    documents: { step },
    navigate: vi.fn(),
    notify: vi.fn(),
    showDialog: vi.fn(),
    corpus: {
      openTextFiles: vi.fn(),
      openFolder: vi.fn(),
      annotators: vi.fn(async () => ['alice']),
      documents: vi.fn(async () => [doc]),
    },
    imports: { importFiles: vi.fn() },
    preannotation: { start: vi.fn() },
    corpusList: {
      setSort: vi.fn(async () => undefined),
      moveCursor: vi.fn((cursor: string | null, focused: boolean) => app.update((s) => ({ corpus: { ...s.corpus, cursor, focused } }))),
    },
  } as unknown as Services;
  Object.assign(services, {
    run: (id: string, args?: unknown) => registry.run(id, app.get(), services, args),
    enabled: (id: string, args?: unknown) => registry.enabled(id, app.get(), services, args),
  });
  const current = () => openDocument(app.get())!.session.state;
  return { services, app, registry, step, current };
}
