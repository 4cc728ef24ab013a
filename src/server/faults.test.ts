import 'fake-indexeddb/auto';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../shared/model/operations';
import { GloseDb } from '../renderer/db/database';
import { pushedSeq } from '../renderer/db/sync-store';
import { AppStore, initialState } from '../renderer/services/app-store';
import { SyncService } from '../renderer/services/sync-service';
import { assign } from './assignments';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { freePort, freshDatabase, PASSWORD, PROJECT, seedProject, startCluster, testDocs, type TestCluster } from './test-database';

/**
 * Killing the server process, then the database, in the middle of a client's push: every operation
 * the client was told "committed" is in the database after the restart, and the client, syncing
 * again, ends with every operation committed exactly once.
 */
let cluster: TestCluster;
let database: EmbeddedDatabase;
let url: string;
let pool: Pool;
let server: ChildProcess | null = null;
let port: number;
const root = join(import.meta.dirname, '..', '..');

async function startServer(): Promise<void> {
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--project', PROJECT], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, failed) => {
    server!.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('glose server on') && ready());
    server!.once('exit', (code) => failed(new Error(`the server stopped (${code})`)));
  });
}

function killServer(): Promise<void> {
  const child = server!;
  server = null;
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

beforeAll(async () => {
  cluster = await startCluster({ own: true });
  database = cluster.embedded!;
  ({ url, pool } = await freshDatabase(cluster));
  await seedProject(pool, { anna: 'annotator' });
  await assign(pool, PROJECT, { assignments: [{ docId: 'd1', annotator: 'anna' }] });
  port = await freePort();
  await startServer();
}, 120_000);
afterAll(async () => {
  if (server) await killServer();
  await pool?.end().catch(() => undefined);
  await database?.stop();
  await cluster?.stop();
});

const text = testDocs[0].text;
const haftar = { start: 14, end: 20, text: [...text].slice(14, 20).join('') };

/** A laptop with `count` operations waiting (a mention of its own, then relabels of it). */
async function laptopWithQueue(name: string, count: number) {
  const id = `T-${name}`;
  const db = new GloseDb(name);
  const app = new AppStore(initialState({ screen: 'corpus' }));
  const sync = new SyncService(db, app, { intervalMs: 0 });
  await sync.signIn(`http://127.0.0.1:${port}`, 'anna', PASSWORD);
  const ops: Operation[] = [{ kind: 'addMention', mention: { id, ...haftar, label: 'PER' } }];
  for (let i = 1; i < count; i++) ops.push({ kind: 'relabelMention', id, label: i % 2 ? 'ORG' : 'PER' });
  await db.operations.bulkAdd(ops.map((operation, i) => ({ id: crypto.randomUUID(), docId: 'd1', annotator: 'anna', operation, at: i })));
  return { db, app, sync };
}

/** Waits until the client has been told some operations are committed, then runs `fault`. */
async function duringPush(db: GloseDb, fault: () => Promise<void>): Promise<number> {
  for (let i = 0; i < 2000 && (await pushedSeq(db)) === 0; i++) await new Promise((r) => setTimeout(r, 2));
  await fault();
  return pushedSeq(db);
}

async function logged(ids: string[]): Promise<number> {
  const r = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM operations WHERE id = ANY($1::uuid[])', [ids]);
  return r.rows[0].n;
}

describe('faults during a push', () => {
  it('the server killed mid-push loses nothing acknowledged; syncing again commits the rest once', async () => {
    const { db, app, sync } = await laptopWithQueue('faults-server', 3000);
    const all = (await db.operations.toArray()).map((o) => o.id);
    const round = sync.syncNow();
    const acknowledged = await duringPush(db, killServer);
    await round;
    expect(app.get().sync.status).toBe('offline');
    expect(acknowledged).toBeGreaterThan(0);
    expect(acknowledged).toBeLessThan(3000);
    const told = (await db.operations.where('seq').belowOrEqual(acknowledged).toArray()).map((o) => o.id);
    expect(await logged(told)).toBe(told.length);
    await startServer();
    await sync.syncNow();
    expect(app.get().sync).toMatchObject({ status: 'synced', waiting: 0 });
    expect(await logged(all)).toBe(3000);
  }, 120_000);

  it('the database killed mid-push loses nothing acknowledged; once it is back the rest is committed once', async () => {
    const { db, app, sync } = await laptopWithQueue('faults-database', 3000);
    const all = (await db.operations.toArray()).map((o) => o.id);
    const round = sync.syncNow();
    const acknowledged = await duringPush(db, () => database.kill());
    await round;
    expect(app.get().sync.status).toMatch(/failed|offline/);
    const dataDir = join(cluster.dataDir!, 'data');
    database = await startEmbeddedPostgres({ dataDir, port: Number(new URL(cluster.url).port) });
    const told = (await db.operations.where('seq').belowOrEqual(acknowledged).toArray()).map((o) => o.id);
    expect(told.length).toBeGreaterThan(0);
    expect(await logged(told)).toBe(told.length);
    await sync.syncNow();
    expect(app.get().sync).toMatchObject({ status: 'synced', waiting: 0 });
    expect(await logged(all)).toBe(3000);
  }, 120_000);
});
