import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOperation, type Operation } from '../../shared/model/operations';
import type { AnnotationSet } from '../../shared/model/types';
import { frConflictNews } from '../../shared/schema';
import { assign } from '../../server/assignments';
import { freshDatabase, listening, PASSWORD, PROJECT, seedProject, startCluster, testDocs, type TestCluster } from '../../server/test-database';
import { commitStep } from '../db/annotation-store';
import { GloseDb } from '../db/database';
import { putStoredSets, setTables } from '../db/set-table';
import { getSet, stripStored } from '../db/store';
import { AppStore, initialState } from './app-store';
import { SyncService } from './sync-service';

/**
 * The app's sync against the real server and database: each "laptop" is a database of its own
 * (fake IndexedDB) with its own SyncService, as two machines have.
 */
let cluster: TestCluster;
let pool: Pool;
let server: { app: FastifyInstance; url: string };
let n = 0;

beforeAll(async () => {
  cluster = await startCluster();
  pool = (await freshDatabase(cluster)).pool;
  await seedProject(pool, { anna: 'annotator', bob: 'annotator', rita: 'reviewer' });
  await assign(pool, PROJECT, { balanced: { perDocument: 2, annotators: ['anna', 'bob'] } });
  server = await listening(pool);
}, 60_000);
afterAll(async () => {
  await server?.app.close();
  await pool?.end();
  await cluster?.stop();
});

/** A machine signed in as `name`; `online` false makes every request fail as an unplugged cable does. */
async function laptop(name: string) {
  const db = new GloseDb(`laptop-${n++}`);
  const app = new AppStore(initialState({ screen: 'corpus' }));
  // `loseAnswer`: the next request reaches the server, its answer never comes back.
  const net = { online: true, loseAnswer: false };
  const sync = new SyncService(db, app, {
    intervalMs: 0,
    fetch: async (input, init) => {
      if (!net.online) throw new TypeError('network is down');
      const response = await fetch(input, init);
      if (!net.loseAnswer) return response;
      net.loseAnswer = false;
      throw new TypeError('connection reset');
    },
  });
  await sync.signIn(server.url, name, PASSWORD);
  const edit = async (docId: string, operation: Operation) => {
    const r = await commitStep(db, { docId, annotator: name }, frConflictNews, { kind: 'apply', transaction: { operation } });
    expect(r.ok).toBe(true);
  };
  const set = async (docId: string, annotator = name) => {
    const s = await getSet(db, docId, annotator);
    return s ? stripStored(s) : undefined;
  };
  return { db, app, sync, net, edit, set, view: () => app.get().sync };
}

const d1 = testDocs[0];
const mention = (id: string, start: number, end: number, label = 'PER') => ({
  kind: 'addMention' as const,
  mention: { id, start, end, text: [...d1.text].slice(start, end).join(''), label, source: 'human' as const },
});

/**
 * What 5 000 commits leave in the log and the set, written at once: committing them one by one through
 * commitStep is the same data but takes minutes under fake IndexedDB.
 */
async function logOffline(db: GloseDb, docId: string, annotator: string, ops: Operation[]): Promise<void> {
  let set: AnnotationSet = { docId, annotator, status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [] };
  for (const operation of ops) {
    const r = applyOperation(set, operation);
    if (!r.ok) throw new Error(r.reason);
    set = r.set;
  }
  await db.transaction('rw', [db.operations, ...setTables(db)], async () => {
    await db.operations.bulkAdd(ops.map((operation, i) => ({ id: crypto.randomUUID(), docId, annotator, operation, at: i })));
    await putStoredSets(db, [{ ...set, updatedAt: 1, revision: ops.length }]);
  });
}

async function serverSet(docId: string, annotator: string): Promise<{ set: AnnotationSet; operations: number } | undefined> {
  const r = await pool.query('SELECT snapshot AS set, operations FROM annotation_sets WHERE project_id = $1 AND doc_id = $2 AND annotator = $3', [
    PROJECT,
    docId,
    annotator,
  ]);
  return r.rows[0];
}

describe('sync with the team server', () => {
  it('the same annotator on two laptops converges to one set, every operation applied once', async () => {
    const [a, b] = [await laptop('anna'), await laptop('anna')];
    await a.edit('d1', mention('A1', 14, 20)); // Haftar
    await b.edit('d1', mention('B1', 31, 38, 'GPE')); // Tripoli
    await a.sync.syncNow();
    await b.sync.syncNow(); // B's pull brings A1 under B1, which B keeps
    await a.sync.syncNow();
    await a.edit('d1', { kind: 'relabelMention', id: 'B1', label: 'LOC' });
    await b.edit('d1', { kind: 'deleteMention', id: 'A1' });
    // Interleaved: B pushes before A, A's push lands on B's deletion and its answer is lost, so A pushes it again.
    await b.sync.syncNow();
    a.net.loseAnswer = true;
    await a.sync.syncNow();
    expect([a.view().status, a.view().waiting]).toEqual(['offline', 1]);
    await b.sync.syncNow();
    await a.sync.syncNow();
    const [onA, onB, onServer] = [await a.set('d1'), await b.set('d1'), await serverSet('d1', 'anna')];
    expect(onA).toEqual(onServer!.set);
    expect(onB).toEqual(onServer!.set);
    expect(onServer!.set.entities.map((m) => `${m.id}:${m.label}`)).toEqual(['B1:LOC']);
    expect(onServer!.operations).toBe(4);
    expect([a.view().status, b.view().status, a.view().waiting]).toEqual(['synced', 'synced', 0]);
  });

  it('a week offline: 5 000 operations wait, are counted, and are all committed once back online', async () => {
    const bob = await laptop('bob');
    bob.net.online = false;
    const doc = (await pool.query<{ doc_id: string }>("SELECT doc_id FROM assignments WHERE annotator = 'bob' ORDER BY doc_id LIMIT 1")).rows[0].doc_id;
    const text = testDocs.find((d) => d.id === doc)!.text;
    const word = { start: 0, end: [...text].indexOf(' ') };
    const addFirst = (i: number): Operation => ({
      kind: 'addMention',
      mention: { id: `T${i}`, ...word, text: [...text].slice(word.start, word.end).join(''), label: 'ORG' },
    });
    const ops: Operation[] = [
      ...Array.from({ length: 1000 }, (_, i) => addFirst(i)),
      ...Array.from({ length: 4000 }, (_, i): Operation => ({ kind: 'relabelMention', id: `T${i % 1000}`, label: i % 2 ? 'ORG' : 'PER' })),
    ];
    await logOffline(bob.db, doc, 'bob', ops);
    await bob.sync.syncNow();
    expect([bob.view().status, bob.view().waiting]).toEqual(['offline', 5000]);
    bob.net.online = true;
    await bob.sync.syncNow();
    expect([bob.view().status, bob.view().waiting]).toEqual(['synced', 0]);
    const onServer = await serverSet(doc, 'bob');
    expect(onServer!.operations).toBe(5000);
    expect(await bob.set(doc)).toEqual(onServer!.set);
  }, 120_000);

  it('an operation the server refuses is shown with its reason, and the set becomes the server’s', async () => {
    const anna = await laptop('anna');
    await anna.sync.syncNow();
    const before = await anna.set('d1');
    await anna.edit('d1', mention('X1', 0, 3, 'ALIEN'));
    await anna.sync.syncNow();
    expect(anna.view().status).toBe('refused');
    expect(anna.view().refused).toEqual({ count: 1, reason: 'entity X1: unknown label ALIEN' });
    expect(await anna.set('d1')).toEqual(before);
    anna.sync.dismissRefusals();
    expect(anna.view().status).toBe('synced');
  });

  it('a reviewer gets every annotator’s sets as ordinary stored sets, and the gold set goes back like any set', async () => {
    const rita = await laptop('rita');
    await rita.sync.syncNow();
    const sets = await rita.db.annotationSets.toArray();
    expect([...new Set(sets.map((s) => s.annotator))].sort()).toEqual(['anna', 'bob']);
    expect(await rita.db.documents.count()).toBe(testDocs.length);
    await rita.edit('d1', mention('G1', 14, 20));
    await rita.sync.syncNow();
    const gold = await rita.set('d1', 'rita');
    expect(gold?.entities.map((m) => m.id)).toEqual(['G1']);
    await commitStep(rita.db, { docId: 'd1', annotator: 'gold' }, frConflictNews, { kind: 'apply', transaction: { operation: mention('G2', 31, 38, 'GPE') } });
    await rita.sync.syncNow();
    expect((await serverSet('d1', 'gold'))?.set.entities.map((m) => m.id)).toEqual(['G2']);
    expect(rita.view().status).toBe('synced');
  });

  it('a wrong password is refused with the server’s reason and nothing is configured', async () => {
    const db = new GloseDb(`laptop-${n++}`);
    const app = new AppStore(initialState({ screen: 'corpus' }));
    const sync = new SyncService(db, app, { intervalMs: 0 });
    await expect(sync.signIn(server.url, 'anna', 'wrong password')).rejects.toThrow('this name and password do not match');
    await expect(sync.signIn('http://example.org', 'anna', PASSWORD)).rejects.toThrow(/use https/);
    expect(app.get().sync.status).toBe('off');
  });
});
