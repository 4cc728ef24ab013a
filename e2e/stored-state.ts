/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from '@playwright/test';
import type { Operation } from '../src/shared/model/operations';
import type { AnnotationSet } from '../src/shared/model/types';

/**
 * What IndexedDB holds, read straight from the browser's database (not through the app): the proof that
 * an acknowledged operation is stored is that another connection reads it back.
 */
export interface Stored {
  set: (AnnotationSet & { revision: number }) | undefined;
  /** The operation log of that set, in the order committed. */
  operations: Operation[];
}

export async function readStored(page: Page, docId: string, annotator: string): Promise<Stored> {
  return page.evaluate(
    async ({ docId, annotator }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('glose');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const request = <T>(store: string, query?: IDBValidKey) =>
        new Promise<T>((resolve, reject) => {
          const os = db.transaction(store, 'readonly').objectStore(store);
          const r = query === undefined ? os.getAll() : os.get(query);
          r.onsuccess = () => resolve(r.result as T);
          r.onerror = () => reject(r.error);
        });
      // A set is stored as its head and chunks of its items, named in the head (src/renderer/db/set-table.ts).
      type Head = Omit<NonNullable<Stored['set']>, 'entities' | 'events'> & { chunks: Record<'entities' | 'events', string[]> };
      const head = await request<Head | undefined>('annotationSets', [docId, annotator]);
      const chunks = db.transaction('setChunks', 'readonly').objectStore('setChunks');
      const range = IDBKeyRange.bound([docId, annotator], [docId, annotator, [[]]]);
      const [rows, keys] = await Promise.all(
        [chunks.getAll(range), chunks.getAllKeys(range)].map((r) => new Promise<unknown[]>((resolve) => (r.onsuccess = () => resolve(r.result as unknown[])))),
      );
      const byName = new Map(keys.map((k, i) => [(k as string[]).slice(2).join(' '), (rows[i] as { items: unknown[] }).items]));
      const items = (kind: 'entities' | 'events') => (head?.chunks[kind] ?? []).flatMap((id) => byName.get(`${kind} ${id}`) ?? []);
      const { chunks: _names, ...fields } = head ?? ({} as Partial<Head>);
      const set = head && ({ ...fields, entities: items('entities'), events: items('events') } as unknown as Stored['set']);
      const log = await request<Array<{ seq: number; docId: string; annotator: string; operation: Operation }>>('operations');
      db.close();
      const operations = log
        .filter((o) => o.docId === docId && o.annotator === annotator)
        .sort((a, b) => a.seq - b.seq)
        .map((o) => o.operation);
      return { set, operations };
    },
    { docId, annotator },
  );
}

/** The annotations a tab draws: `id label` for each mention and event, `*` marking a pending suggestion. */
export async function shownItems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = new Set<string>();
    for (const e of document.querySelectorAll('.doc-text [data-id][data-label]')) {
      items.add(`${e.getAttribute('data-id')} ${e.getAttribute('data-label')}${e.classList.contains('pending') ? ' *' : ''}`);
    }
    return [...items].sort();
  });
}

/** The same spelling for a stored set. */
export function storedItems(set: AnnotationSet): string[] {
  const pending = (a: { source?: string }) => (a.source === 'heuristic' ? ' *' : '');
  return [...set.entities.map((m) => `${m.id} ${m.label}${pending(m)}`), ...set.events.map((e) => `${e.id} ${e.type}${pending(e)}`)].sort();
}
