/**
 * The team server the e2e tests sign in to (playwright.config.ts starts it): a fresh database on the
 * cluster CI started (GLOSE_TEST_DATABASE_URL) or on an embedded PostgreSQL of its own, the seed
 * articles as the project's corpus, each assigned to both annotators, and four people whose password
 * is E2E_PASSWORD. Stops (and removes its database files) on SIGTERM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTextDocument } from '../src/shared/text/load';
import { assign } from '../src/server/assignments';
import { createUser } from '../src/server/auth';
import { freshDatabase, startCluster } from '../src/server/test-database';
import { buildApp } from '../src/server/app';
import { addDocuments, createProject } from '../src/server/projects';
import { frConflictNews } from '../src/shared/schema';

/** Also written in e2e/team.spec.ts. */
const E2E_PASSWORD = 'e2e-password';
const port = Number(process.env['E2E_SERVER_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4173) + 1);

const cluster = await startCluster();
const { pool } = await freshDatabase(cluster);
await createProject(pool, { id: 'default', name: 'Seeds', schema: frConflictNews });
const seeds = join(import.meta.dirname, '..', 'seeds');
const docs = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => {
    const loaded = loadTextDocument(f, new Uint8Array(readFileSync(join(seeds, f))));
    return loaded.ok ? [loaded.doc] : [];
  });
await addDocuments(pool, 'default', docs);
for (const [name, role] of [
  ['lena', 'lead'],
  ['anna', 'annotator'],
  ['bob', 'annotator'],
  ['rita', 'reviewer'],
] as const)
  await createUser(pool, { name, role, password: E2E_PASSWORD });
await assign(pool, 'default', { balanced: { perDocument: 2, annotators: ['anna', 'bob'] } });
const server = buildApp(pool);
await server.listen({ host: '127.0.0.1', port });
console.log(`e2e team server on http://127.0.0.1:${port}`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  await pool.end();
  await cluster.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
