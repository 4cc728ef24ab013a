import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frConflictNews } from '../shared/schema';
import type { PullResponse, PushResponse } from '../shared/sync/protocol';
import { buildApp } from './app';
import { assign } from './assignments';
import { signIn } from './auth';
import { freshDatabase, PASSWORD, PROJECT, seedProject, startCluster, type TestCluster } from './test-database';

/**
 * Every route, tried as nobody, as an annotator, a reviewer and the lead, on the real server and
 * database; then what each role sees of the same project.
 */
let cluster: TestCluster;
let pool: Pool;
let app: FastifyInstance;
let tokens: Record<string, string>;
const routes = new Set<string>();

beforeAll(async () => {
  cluster = await startCluster();
  pool = (await freshDatabase(cluster)).pool;
  tokens = await seedProject(pool, { lena: 'lead', rita: 'reviewer', anna: 'annotator', bob: 'annotator' });
  await assign(pool, PROJECT, {
    assignments: [
      { docId: 'd1', annotator: 'anna' },
      { docId: 'd2', annotator: 'bob' },
    ],
  });
  app = buildApp(pool);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.add(`${method} ${r.url}`);
  });
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app?.close();
  await pool?.end();
  await cluster?.stop();
});

type Who = 'nobody' | 'anna' | 'rita' | 'lena';
const WHO: Who[] = ['nobody', 'anna', 'rita', 'lena'];
const P = `/api/projects/${PROJECT}`;
const op = (annotator: string) => ({
  id: randomUUID(),
  docId: 'd1',
  annotator,
  at: 1,
  operation: { kind: 'setStatus', status: 'in-progress' },
});

/** Each route: the request, and the status expected for nobody, an annotator, a reviewer and the lead. */
const TABLE: { route: string; body?: () => unknown; url?: string; expect: [number, number, number, number] }[] = [
  { route: 'GET /api/me', expect: [401, 200, 200, 200] },
  { route: 'GET /api/users', expect: [401, 403, 403, 200] },
  { route: 'POST /api/users', body: () => ({ name: `p${randomUUID().slice(0, 8)}`, role: 'annotator', password: PASSWORD }), expect: [401, 403, 403, 201] },
  { route: 'GET /api/projects', expect: [401, 200, 200, 200] },
  { route: 'POST /api/projects', body: () => ({ id: `x${randomUUID().slice(0, 8)}`, name: 'another' }), expect: [401, 403, 403, 201] },
  { route: 'GET /api/projects/:project', url: P, expect: [401, 200, 200, 200] },
  { route: 'PUT /api/projects/:project/schema', url: `${P}/schema`, body: () => frConflictNews, expect: [401, 403, 403, 200] },
  { route: 'GET /api/projects/:project/documents', url: `${P}/documents`, expect: [401, 200, 200, 200] },
  {
    route: 'POST /api/projects/:project/documents',
    url: `${P}/documents`,
    body: () => ({ documents: [{ id: 'd9', text: 'Texte.', meta: { source: 'd9.txt' } }] }),
    expect: [401, 403, 403, 200],
  },
  { route: 'GET /api/projects/:project/assignments', url: `${P}/assignments`, expect: [401, 200, 200, 200] },
  {
    route: 'POST /api/projects/:project/assignments',
    url: `${P}/assignments`,
    body: () => ({ assignments: [{ docId: 'd3', annotator: 'bob' }] }),
    expect: [401, 403, 403, 200],
  },
  { route: 'GET /api/projects/:project/progress', url: `${P}/progress`, expect: [401, 403, 403, 200] },
  { route: 'GET /api/projects/:project/documents/:doc/decisions', url: `${P}/documents/d1/decisions`, expect: [401, 403, 200, 200] },
  {
    route: 'PUT /api/projects/:project/documents/:doc/decisions',
    url: `${P}/documents/d1/decisions`,
    body: () => ({ item: 'T1', decision: 'accept' }),
    expect: [401, 403, 200, 200],
  },
  { route: 'POST /api/projects/:project/push', url: `${P}/push`, body: () => ({ operations: [] }), expect: [401, 200, 200, 200] },
  { route: 'GET /api/projects/:project/pull', url: `${P}/pull?after=0`, expect: [401, 200, 200, 200] },
];

async function call(method: string, url: string, who: Who | string | null, body?: unknown) {
  const headers: Record<string, string> = who && who !== 'nobody' ? { authorization: `Bearer ${tokens[who] ?? who}` } : {};
  return app.inject({ method: method as 'GET', url, headers, payload: body as object | undefined });
}

describe('every route, as each role and as nobody', () => {
  it.each(TABLE)('$route', async ({ route, url, body, expect: statuses }) => {
    const [method, path] = route.split(' ');
    const got = [];
    for (const who of WHO) got.push((await call(method, url ?? path, who, body?.())).statusCode);
    expect(got).toEqual(statuses);
  });

  it('the table covers every route the server has, and only sign-in and sign-out are tried apart', () => {
    const tried = new Set([...TABLE.map((t) => t.route), 'POST /api/sign-in', 'POST /api/sign-out']);
    expect([...routes].filter((r) => !r.startsWith('OPTIONS')).sort()).toEqual([...tried].sort());
  });

  it('a forged or signed-out token is refused everywhere, and an unknown route asks for a session first', async () => {
    expect((await call('GET', '/api/me', 'forged-token')).statusCode).toBe(401);
    const session = (await signIn(pool, 'anna', PASSWORD))!.token;
    expect((await call('POST', '/api/sign-out', session)).statusCode).toBe(200);
    expect((await call('GET', '/api/me', session)).statusCode).toBe(401);
    expect((await call('GET', '/api/nothing', null)).statusCode).toBe(401);
    expect((await call('GET', '/api/nothing', 'anna')).statusCode).toBe(404);
  });

  it('signs in with the right password only, without saying which of name and password was wrong', async () => {
    const ok = await app.inject({ method: 'POST', url: '/api/sign-in', payload: { name: 'rita', password: PASSWORD } });
    expect(ok.json()).toMatchObject({ user: { name: 'rita', role: 'reviewer' }, projects: expect.arrayContaining([{ id: PROJECT, name: 'Test project' }]) });
    const wrong = await app.inject({ method: 'POST', url: '/api/sign-in', payload: { name: 'rita', password: 'nope' } });
    const nobody = await app.inject({ method: 'POST', url: '/api/sign-in', payload: { name: 'zed', password: 'nope' } });
    expect([wrong.statusCode, nobody.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(nobody.json());
    const stored = await pool.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE name = 'rita'");
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('what each role sees and may write', () => {
  const pullAs = async (who: Who) => (await call('GET', `${P}/pull?after=0`, who)).json() as PullResponse;
  const pushAs = async (who: Who, ops: unknown[]) => (await call('POST', `${P}/push`, who, { operations: ops })).json() as PushResponse;

  it('an annotator writes only their own set of an assigned document; only a reviewer or the lead writes gold', async () => {
    const results = await pushAs('anna', [op('anna'), op('bob'), op('gold'), { ...op('anna'), docId: 'd2' }]);
    expect(results.outcomes.map((o) => (o.result === 'refused' ? o.reason : o.result))).toEqual([
      'committed',
      "you may change your own sets only (this one is bob's)",
      'only a reviewer or the lead writes the gold set',
      'document d2 is not assigned to you',
    ]);
    expect((await pushAs('rita', [op('gold')])).outcomes[0].result).toBe('committed');
  });

  it('an annotator pulls only their assigned documents and their own sets; a reviewer pulls every set, gold included', async () => {
    await pushAs('lena', [{ ...op('lena'), docId: 'd2' }]);
    const anna = await pullAs('anna');
    expect(anna.documents.map((d) => d.id)).toEqual(['d1']);
    expect(anna.sets.map((s) => `${s.set.docId}/${s.set.annotator}`)).toEqual(['d1/anna']);
    expect(anna.assignments).toEqual([{ docId: 'd1', annotator: 'anna' }]);
    const rita = await pullAs('rita');
    expect(rita.sets.map((s) => `${s.set.docId}/${s.set.annotator}`).sort()).toEqual(['d1/anna', 'd1/gold', 'd2/lena']);
    expect(rita.documents.map((d) => d.id)).toEqual(expect.arrayContaining(['d1', 'd2', 'd3']));
    const docs = (await call('GET', `${P}/documents`, 'anna')).json() as { id: string }[];
    expect(docs.map((d) => d.id)).toEqual(['d1']);
  });

  it('the lead sees progress per annotator: assigned, started, done, operations', async () => {
    await pushAs('anna', [{ ...op('anna'), operation: { kind: 'setStatus', status: 'done' } }]);
    const progress = (await call('GET', `${P}/progress`, 'lena')).json() as { annotator: string }[];
    expect(progress.find((p) => p.annotator === 'anna')).toEqual({ annotator: 'anna', assigned: 1, started: 1, done: 1, operations: 2 });
    expect(progress.find((p) => p.annotator === 'bob')).toMatchObject({ annotator: 'bob', started: 0, done: 0, operations: 0 });
  });
});
