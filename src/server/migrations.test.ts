import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from './db';
import { ensureDatabase } from './embedded-postgres';
import { migrate, MIGRATIONS } from './migrations';
import { startCluster, type TestCluster } from './test-database';

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(async () => cluster?.stop());

describe('migrations at start', () => {
  it('servers starting at once against an empty database apply each migration exactly once, and again nothing', async () => {
    const url = await ensureDatabase(cluster.url, `glose_migrate_${randomBytes(4).toString('hex')}`);
    const pools = [createPool(url), createPool(url), createPool(url)];
    const applied = await Promise.all(pools.map((p) => migrate(p)));
    expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(pools[0])).toEqual([]);
    const tables = await pools[0].query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'operations'");
    expect(tables.rows[0].n).toBe(1);
    await Promise.all(pools.map((p) => p.end()));
  });

  it('a migration that fails leaves the database as it was', async () => {
    const url = await ensureDatabase(cluster.url, `glose_migrate_${randomBytes(4).toString('hex')}`);
    const pool = createPool(url);
    const broken = [...MIGRATIONS, { version: 999, name: 'broken', sql: 'CREATE TABLE half (id int); SELECT no_such_function();' }];
    await expect(migrate(pool, broken)).rejects.toThrow(/no_such_function/);
    const half = await pool.query("SELECT 1 FROM pg_tables WHERE tablename IN ('half', 'users')");
    expect(half.rowCount).toBe(0);
    await pool.end();
  });
});
