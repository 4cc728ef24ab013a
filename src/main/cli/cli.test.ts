import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl, serializeGoldJsonl } from '../../shared/formats/gold-jsonl';
import { main } from './index';
import type { CliIO } from './types';

function captureIO(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const seeds = new URL('../../../seeds', import.meta.url).pathname;

describe('CLI load and validate', () => {
  it('loads the seed folder into valid documents whose date header went to meta', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-'));
    const out = join(dir, 'seeds.jsonl');
    const io = captureIO();
    expect(await main(['load', seeds, '-o', out], io)).toBe(0);
    const records = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(5);
    expect(records[0]).toMatchObject({ id: '000_160f67e45fa3422c', status: 'new', meta: { date: '2018-05' }, entities: [], events: [] });
    expect(records[0].text.startsWith("L'aviation")).toBe(true);
    expect(await main(['validate', out], captureIO())).toBe(0);
  });

  it('validate prints each problem with its line and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-'));
    const file = join(dir, 'bad.jsonl');
    const gold = (await readFile(new URL('../../../test/fixtures/seeds.gold.jsonl', import.meta.url), 'utf8')).split('\n');
    await writeFile(file, [gold[0], '{"id": 3}', gold[1].replace('"label": "PER"', '"label": "PERSON"')].join('\n'));
    const io = captureIO();
    expect(await main(['validate', file], io)).toBe(1);
    expect(io.out).toMatch(/bad\.jsonl:2: /);
    expect(io.out).toMatch(/bad\.jsonl:3: .*unknown label PERSON/);
    expect(io.out).not.toMatch(/bad\.jsonl:1:/);
  });

  it('refuses a file that is not UTF-8, naming it, and still writes the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-'));
    await writeFile(join(dir, 'ok.txt'), 'Derna est libérée.');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x44, 0xe9, 0x6a, 0xe0]));
    const io = captureIO();
    expect(await main(['load', dir, '-o', join(dir, 'out.jsonl')], io)).toBe(1);
    expect(io.err).toMatch(/latin1\.txt.*UTF-8/);
    expect((await readFile(join(dir, 'out.jsonl'), 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('writes files that a plain Python json.loads loop reads, with text[start:end] equal to every span', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-'));
    const file = join(dir, 'astral.jsonl');
    const text = 'Un drone 🛩️ a frappé 𝔇erna, puis Tripoli.';
    const at = (s: string) => Array.from(text.slice(0, text.indexOf(s))).length;
    const span = (s: string) => ({ start: at(s), end: at(s) + Array.from(s).length, text: s });
    const record = {
      id: 'astral',
      text,
      meta: { source: 'astral.txt' },
      annotator: 'alice',
      status: 'done',
      schema: 'fr-conflict-news@1',
      entities: [
        { id: 'T1', ...span('drone'), label: 'WEA' },
        { id: 'T2', ...span('𝔇erna'), label: 'GPE' },
        { id: 'T3', ...span('Tripoli'), label: 'GPE' },
      ],
      events: [{ id: 'E1', type: 'Conflict.Attack', trigger: span('frappé'), arguments: [{ role: 'Instrument', entity: 'T1' }] }],
    };
    const parsed = parseGoldJsonl(JSON.stringify(record), { file: 'astral', schema: null });
    await writeFile(file, serializeGoldJsonl(parsed.records));
    expect(await main(['validate', file], captureIO())).toBe(0);
    const python = `
import json, sys
n = 0
for line in open(sys.argv[1], encoding='utf-8'):
    r = json.loads(line)
    for e in r['entities']:
        assert r['text'][e['start']:e['end']] == e['text'], e
        n += 1
    for ev in r['events']:
        t = ev['trigger']
        assert r['text'][t['start']:t['end']] == t['text'], t
        n += 1
print(n)
`;
    expect(execFileSync('python3', ['-c', python, file], { encoding: 'utf8' }).trim()).toBe('4');
  });
});
