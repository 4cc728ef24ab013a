/**
 * The renderer's figures, measured in Debian's Chromium against the web build: runs the Playwright
 * benchmarks of e2e/bench (`*.bench.ts`), each of which prints lines `BENCH {"key": number, …}`, and
 * merges those objects into this benchmark's figures. `GLOSE_BENCH_CHROMIUM=0` skips it.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './run';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function run(): Promise<BenchResult> {
  if (process.env.GLOSE_BENCH_CHROMIUM === '0') return { figures: {}, details: { skipped: 'GLOSE_BENCH_CHROMIUM=0' } };
  const playwright = join(root, 'node_modules', '@playwright', 'test', 'cli.js');
  const result = spawnSync(process.execPath, [playwright, 'test', '--config', 'e2e/bench/playwright.bench.config.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, E2E_PORT: process.env.E2E_PORT ?? '4390' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const figures: BenchResult['figures'] = {};
  for (const line of result.stdout.split('\n')) {
    const m = /BENCH (\{.*\})\s*$/.exec(line);
    if (m) Object.assign(figures, JSON.parse(m[1]) as BenchResult['figures']);
  }
  if (result.status !== 0)
    process.stderr.write(`bench: the Chromium benchmarks failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-2000)}\n`);
  return { figures, details: { chromium_exit_code: result.status } };
}
