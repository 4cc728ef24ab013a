import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { SchemaIndex, frConflictNews } from '../../../shared/schema';
import { main } from '../index';

const SEEDS_DIR = join(__dirname, '../../../../seeds');
const SEEDS_JSONL = join(__dirname, '../../../../test/fixtures/seeds.gold.jsonl');

async function run(isTTY: boolean, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY });
  return { code, out, err };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glose-preannotate-'));
});

async function read(file: string) {
  return parseGoldJsonl(await readFile(file, 'utf8'), { file, schema: new SchemaIndex(frConflictNews) });
}

describe('preannotate command', () => {
  it('pre-annotates a folder of .txt into valid gold JSONL with pending heuristic suggestions', async () => {
    const out = join(dir, 'out.jsonl');
    const r = await run(false, 'preannotate', SEEDS_DIR, '-o', out);
    expect(r.code).toBe(0);
    // Not a terminal: no progress bar, one summary line.
    expect(r.err).not.toMatch(/\r/);
    expect(r.err).toMatch(/^preannotate: 5 document\(s\), \d+ entities, \d+ events/);
    const parsed = await read(out);
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toHaveLength(5);
    for (const rec of parsed.records) {
      expect(rec).toMatchObject({ annotator: 'heuristic', status: 'pre-annotated' });
      expect(rec.entities.length).toBeGreaterThan(0);
      expect(rec.events.length).toBeGreaterThan(0);
      expect(rec.entities.every((e) => e.source === 'heuristic' && typeof e.confidence === 'number')).toBe(true);
    }
    expect((await run(false, 'validate', out)).code).toBe(0);
  });

  it('reads the documents of a gold JSONL file and draws a progress bar on a terminal', async () => {
    const out = join(dir, 'out.jsonl');
    const r = await run(true, 'preannotate', SEEDS_JSONL, '-o', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('\r[');
    expect(r.err).toContain('5/5');
    expect((await read(out)).records.map((x) => x.id)).toEqual((await read(SEEDS_JSONL)).records.map((x) => x.id));
  });

  it('reports bad input with file and reason instead of crashing', async () => {
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, 'not json\n');
    const r = await run(false, 'preannotate', bad, '-o', join(dir, 'out.jsonl'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.jsonl:1: /);
    expect((await run(false, 'preannotate', join(dir, 'missing.txt'), '-o', join(dir, 'o.jsonl'))).err).toMatch(/missing\.txt/);
    expect((await run(false, 'preannotate', SEEDS_DIR)).code).toBe(2);
    expect((await run(false, 'preannotate', SEEDS_DIR, '-o', join(dir, 'o.jsonl'), '--min-confidence', '2')).code).toBe(2);
  });

  it('leaves out suggestions below --min-confidence', async () => {
    const all = join(dir, 'all.jsonl');
    const sure = join(dir, 'sure.jsonl');
    await run(false, 'preannotate', SEEDS_DIR, '-o', all);
    await run(false, 'preannotate', SEEDS_DIR, '-o', sure, '--min-confidence', '0.7');
    const [a, s] = [(await read(all)).records, (await read(sure)).records];
    expect(s.flatMap((r) => r.entities).every((e) => (e.confidence ?? 0) >= 0.7)).toBe(true);
    expect(s.flatMap((r) => r.entities).length).toBeLessThan(a.flatMap((r) => r.entities).length);
  });
});
