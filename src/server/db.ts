import pg, { type Pool, type PoolClient } from 'pg';

/** bigint columns (sequence numbers) come back as numbers: they stay far below 2^53. */
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function createPool(url: string, max = 10): Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // A connection dropped while idle (the database restarted) is replaced; it must not end the process.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Takes `count` sequence numbers of a project; the row lock held until commit keeps them in commit order. */
export async function takeSeq(client: PoolClient, projectId: string, count: number): Promise<number> {
  const r = await client.query<{ last_seq: number }>('UPDATE projects SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq', [projectId, count]);
  return r.rows[0].last_seq - count + 1;
}
