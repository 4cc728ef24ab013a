import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl, serializeGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { main } from '../index';
import type { CliIO } from '../types';

const io = () => {
  const c = { out: '', err: '', isTTY: false, stdout: (t: string) => void (c.out += t), stderr: (t: string) => void (c.err += t) };
  return c as CliIO & { out: string; err: string };
};
const fixture = (name: string) => new URL(`../../../../test/fixtures/seeds.${name}.jsonl`, import.meta.url).pathname;

describe('CLI backup files', () => {
  it('jsonl-to-backup makes a backup that validate-backup accepts and backup-to-jsonl gives back line for line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-backup-'));
    const backup = join(dir, 'corpus.json.gz');
    expect(await main(['jsonl-to-backup', fixture('A'), fixture('B'), '-o', backup], io())).toBe(0);
    expect(JSON.parse(new TextDecoder().decode(gunzipSync(await readFile(backup)))).format).toBe('glose-backup');
    const shown = io();
    expect(await main(['validate-backup', backup], shown)).toBe(0);
    expect(shown.out).toMatch(/database version 3/);
    expect(shown.out).toMatch(/documents: 5\n {2}annotationSets: 10\n/);
    expect(shown.out).toMatch(/annotators: A, B/);
    const out = join(dir, 'out.jsonl');
    expect(await main(['backup-to-jsonl', backup, '-o', out], io())).toBe(0);
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\n');
    // The app's own serialisation of the same records (the fixtures are written by another tool's spacing).
    const records = async (name: string) => parseGoldJsonl(await readFile(fixture(name), 'utf8'), { file: name }).records;
    const expected = serializeGoldJsonl([...(await records('A')), ...(await records('B'))])
      .trimEnd()
      .split('\n');
    expect([...lines].sort()).toEqual([...expected].sort());
    expect(await main(['validate', out], io())).toBe(0);
  });

  it('writes nothing when a record is refused, or two files give one set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-backup-'));
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"id": 3}\n');
    const target = join(dir, 'b.json.gz');
    const c = io();
    expect(await main(['jsonl-to-backup', fixture('A'), bad, '-o', target], c)).toBe(1);
    expect(c.out).toMatch(/bad\.jsonl:1: /);
    expect(await main(['jsonl-to-backup', fixture('A'), fixture('A'), '-o', target], io())).toBe(1);
    await expect(readFile(target)).rejects.toThrow(/ENOENT/);
  });

  it('validate-backup refuses a damaged backup, saying why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-backup-'));
    const backup = join(dir, 'b.json.gz');
    await main(['jsonl-to-backup', fixture('A'), '-o', backup], io());
    const bytes = await readFile(backup);
    await writeFile(backup, bytes.subarray(0, bytes.length / 2));
    const c = io();
    expect(await main(['validate-backup', backup], c)).toBe(1);
    expect(c.out).toMatch(/b\.json\.gz: .*(gzip|JSON|checksum)/);
  });
});
