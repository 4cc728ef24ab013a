/**
 * Sync throughput: 20 simulated clients push 1 000 operations each (20 at a time, as a client syncing
 * while its annotator works) to ONE server process (`src/server/main.ts`, a child process) on
 * PostgreSQL (the cluster of GLOSE_TEST_DATABASE_URL, or an embedded one started here).
 * - sync_ops_per_s: operations committed per second of wall time, all clients together;
 * - sync_p95_ms: 95th percentile of the time from sending a push to its answer, i.e. until its
 *   operations are committed on the server;
 * - sync_lost_ops: operations answered "committed" that the database does not hold, plus the
 *   clients whose set on the server differs from the one they computed (must be 0).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { applyOperation, type Operation } from '../src/shared/model/operations';
import type { AnnotationSet } from '../src/shared/model/types';
import type { PushResponse, SyncOperation } from '../src/shared/sync/protocol';
import { assign } from '../src/server/assignments';
import { createUser, signIn } from '../src/server/auth';
import { addDocuments, createProject } from '../src/server/projects';
import { freePort, freshDatabase, startCluster, testDocs } from '../src/server/test-database';
import { frConflictNews } from '../src/shared/schema';
import type { BenchResult } from './run';

const CLIENTS = 20;
const OPS = 1000;
const BATCH = 20;
const PASSWORD = 'bench-password';

function operationsOf(client: number, text: string): Operation[] {
  const word = { start: 0, end: [...text].indexOf(' ') };
  const span = { ...word, text: [...text].slice(word.start, word.end).join('') };
  const ops: Operation[] = [];
  for (let i = 0; i < 200; i++) ops.push({ kind: 'addMention', mention: { id: `c${client}-${i}`, ...span, label: 'ORG', source: 'human' } });
  for (let i = 0; ops.length < OPS; i++) ops.push({ kind: 'relabelMention', id: `c${client}-${i % 200}`, label: i % 2 ? 'ORG' : 'PER' });
  return ops;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

export async function run(): Promise<BenchResult> {
  const cluster = await startCluster();
  const { url, pool } = await freshDatabase(cluster);
  await createProject(pool, { id: 'bench', name: 'bench', schema: frConflictNews });
  await addDocuments(pool, 'bench', testDocs);
  const names = Array.from({ length: CLIENTS }, (_, i) => `client${i}`);
  for (const name of names) await createUser(pool, { name, role: 'annotator', password: PASSWORD });
  await assign(pool, 'bench', { balanced: { perDocument: CLIENTS, annotators: names } });
  const tokens = await Promise.all(names.map(async (n) => (await signIn(pool, n, PASSWORD))!.token));
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--project', 'bench'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready) => server.stdout!.on('data', (c: Buffer) => String(c).includes('glose server on') && ready()));

  const latencies: number[] = [];
  const committed: string[] = [];
  const expected: AnnotationSet[] = [];
  const started = performance.now();
  await Promise.all(
    names.map(async (annotator, c) => {
      const doc = testDocs[c % testDocs.length];
      const ops = operationsOf(c, doc.text);
      let set: AnnotationSet = { docId: doc.id, annotator, status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [] };
      for (const op of ops) set = (applyOperation(set, op) as { set: AnnotationSet }).set;
      expected.push(set);
      for (let i = 0; i < ops.length; i += BATCH) {
        const operations: SyncOperation[] = ops
          .slice(i, i + BATCH)
          .map((operation) => ({ id: randomUUID(), docId: doc.id, annotator, operation, at: Date.now() }));
        const sent = performance.now();
        const response = await fetch(`http://127.0.0.1:${port}/api/projects/bench/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[c]}` },
          body: JSON.stringify({ operations }),
        });
        const answer = (await response.json()) as PushResponse;
        latencies.push(performance.now() - sent);
        committed.push(...answer.outcomes.filter((o) => o.result === 'committed').map((o) => o.id));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const inLog = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM operations WHERE project_id = 'bench' AND id = ANY($1::uuid[])", [committed]))
    .rows[0].n;
  let differing = 0;
  for (const set of expected) {
    const r = await pool.query<{ snapshot: AnnotationSet }>(
      "SELECT snapshot FROM annotation_sets WHERE project_id = 'bench' AND doc_id = $1 AND annotator = $2",
      [set.docId, set.annotator],
    );
    if (JSON.stringify(r.rows[0]?.snapshot) !== JSON.stringify(set)) differing++;
  }
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  await pool.end();
  await cluster.stop();
  return {
    figures: {
      sync_ops_per_s: Math.round(committed.length / seconds),
      sync_p95_ms: Math.round(percentile(latencies, 0.95)),
      sync_lost_ops: committed.length - inLog + (CLIENTS * OPS - committed.length) + differing,
    },
    details: {
      clients: CLIENTS,
      operations_per_client: OPS,
      operations_per_push: BATCH,
      committed: committed.length,
      seconds: Number(seconds.toFixed(2)),
      sync_p50_ms: Math.round(percentile(latencies, 0.5)),
    },
  };
}
