/**
 * `npm run bench [name]`: runs every `bench/*.bench.ts` (or those whose file name contains `name`).
 * Each module exports `run(): Promise<BenchResult>`: its details are printed as they come (one JSON
 * object per benchmark, for people), and the LAST line is one JSON object that merges every
 * benchmark's `figures` (flat, snake_case keys with units, e.g. `preannotate_mb_per_s`) with the
 * process's `peak_rss_mb`. Figures only: nothing here passes or fails.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  /** The headline figures, merged into the last line. */
  figures: Record<string, number | boolean | null>;
  /** Everything else worth reading. */
  details?: object;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const figures: BenchResult['figures'] = {};
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench: ${name}\n`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<BenchResult> };
  const result = await mod.run();
  process.stdout.write(`${name}: ${JSON.stringify({ ...result.figures, ...result.details })}\n`);
  Object.assign(figures, result.figures);
}
// maxRSS is in kilobytes on Linux and macOS.
figures.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(figures) + '\n');
