import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { FastifyInstance } from 'fastify';
import { frConflictNews } from '../shared/schema';
import type { Doc } from '../shared/model/types';
import type { Role } from '../shared/sync/protocol';
import { buildApp } from './app';
import { createUser, signIn } from './auth';
import { createPool } from './db';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { migrate } from './migrations';
import { addDocuments, createProject } from './projects';

/**
 * Integration tests run the real server on a real PostgreSQL: the cluster CI started
 * (GLOSE_TEST_DATABASE_URL, see .ci/run) or, when there is none, one started here for the test file.
 * Each test file gets a database of its own on it.
 */

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface TestCluster {
  url: string;
  embedded: EmbeddedDatabase | null;
  dataDir: string | null;
  stop(): Promise<void>;
}

export async function startCluster(options: { own?: boolean } = {}): Promise<TestCluster> {
  const given = process.env['GLOSE_TEST_DATABASE_URL'];
  if (given && !options.own) return { url: given, embedded: null, dataDir: null, stop: async () => undefined };
  const dataDir = mkdtempSync(join(tmpdir(), 'glose-pg-'));
  // As root PostgreSQL runs as the postgres user, who must be able to reach the data folder inside.
  chmodSync(dataDir, 0o711);
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'data'), port: await freePort() });
  return {
    url: embedded.url,
    embedded,
    dataDir,
    async stop() {
      await embedded.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated database on the cluster, with a pool on it. */
export async function freshDatabase(cluster: TestCluster): Promise<{ url: string; pool: Pool }> {
  const url = await ensureDatabase(cluster.url, `glose_test_${randomBytes(6).toString('hex')}`);
  const pool = createPool(url);
  await migrate(pool);
  return { url, pool };
}

export const PROJECT = 'p';
export const PASSWORD = 'correct horse battery';

export const testDocs: Doc[] = [
  { id: 'd1', text: 'Les forces de Haftar attaquent Tripoli.', meta: { source: 'd1.txt' } },
  { id: 'd2', text: 'Des combats à Derna et à Syrte.', meta: { source: 'd2.txt' } },
  { id: 'd3', text: 'Le gouvernement de Tripoli répond.', meta: { source: 'd3.txt' } },
];

/** A project with documents and these people; returns each person's session token. */
export async function seedProject(pool: Pool, people: Record<string, Role>): Promise<Record<string, string>> {
  await createProject(pool, { id: PROJECT, name: 'Test project', schema: frConflictNews });
  await addDocuments(pool, PROJECT, testDocs);
  const tokens: Record<string, string> = {};
  for (const [name, role] of Object.entries(people)) {
    await createUser(pool, { name, role, password: PASSWORD });
    tokens[name] = (await signIn(pool, name, PASSWORD))!.token;
  }
  return tokens;
}

/** The app listening on a free loopback port (for clients that use fetch); close it after. */
export async function listening(pool: Pool): Promise<{ app: FastifyInstance; url: string }> {
  const app = buildApp(pool);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}` };
}
