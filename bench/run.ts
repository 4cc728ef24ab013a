/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each exports `run(): Promise<object>`) and prints
 * its figures as JSON, one object per benchmark. Figures only: nothing here passes or fails.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const results: Record<string, unknown> = {};
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<unknown> };
  process.stderr.write(`bench: ${f}\n`);
  results[f.replace(/\.bench\.ts$/, '')] = await mod.run();
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
