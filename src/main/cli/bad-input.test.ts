import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from './index';

/** Bad input met by a careful tester (issue 14): refused with file, line and reason; never written. */

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false });
  return { code, out, err };
}

const GOLD = new URL('../../../test/fixtures/seeds.gold.jsonl', import.meta.url).pathname;
const BIN = new URL('../../../bin/glose.mjs', import.meta.url).pathname;
const latin1 = Buffer.from('{"text": "Libye \xe9t\xe9", "label": []}\n', 'latin1');
const deep = (n: number) =>
  `{"id":"d","text":"x","meta":{"source":"d","deep":${'['.repeat(n)}${']'.repeat(n)}},"annotator":"a","status":"new","schema":"s@1","entities":[],"events":[]}`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glose-bad-'));
});

describe('one decoder for every file the CLI reads', () => {
  it('validate and convert refuse invalid UTF-8, naming the file and line, and write nothing', async () => {
    const file = join(dir, 'latin1.jsonl');
    await writeFile(file, Buffer.concat([Buffer.from('{"text": "ok", "label": []}\n'), latin1]));
    const v = await run('validate', file);
    expect(v.code).toBe(1);
    expect(v.out).toContain(`${file}:2: not valid UTF-8`);
    const c = await run('convert', '--from', 'doccano', '--to', 'jsonl', file, '-o', join(dir, 'out.jsonl'));
    expect(c.code).toBe(1);
    expect(c.err).toContain(`${file}:2: not valid UTF-8`);
    await expect(readFile(join(dir, 'out.jsonl'))).rejects.toThrow();
  });

  it('refuses JSON nested deeper than 64 levels with its line, even 10 000 deep', async () => {
    const file = join(dir, 'deep.jsonl');
    const gold = (await readFile(GOLD, 'utf8')).split('\n')[0];
    await writeFile(file, [gold, deep(1000), deep(10_000), deep(60)].join('\n') + '\n');
    const v = await run('validate', file, '--schema', join(dir, 'none.json'));
    expect(v.code).toBe(1); // the schema file does not exist: said, not thrown
    const r = await run('validate', file);
    expect(r.out).toContain(`${file}:2: JSON nested deeper than 64 levels`);
    expect(r.out).toContain(`${file}:3: JSON nested deeper than 64 levels`);
    expect(r.out).not.toMatch(/deep\.jsonl:4: JSON/);
  });
});

describe('whatever the CLI writes passes validate', () => {
  it('refuses dates that are not YYYY-MM[-DD] and realis outside actual/generic/other, in validate and convert', async () => {
    const [line] = (await readFile(GOLD, 'utf8')).split('\n');
    const record = JSON.parse(line);
    const badDate = { ...record, id: 'd1', meta: { ...record.meta, date: '2018-13' } };
    const badRealis = { ...record, id: 'd2', events: record.events.map((e: object) => ({ ...e, attributes: { realis: 'hypothetical' } })) };
    const file = join(dir, 'bad.jsonl');
    await writeFile(file, [badDate, badRealis].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const v = await run('validate', file);
    expect(v.out).toContain(`${file}:1: meta.date: must be a real date`);
    expect(v.out).toMatch(new RegExp(`bad\\.jsonl:2: event E\\d+: realis "hypothetical" is not one of actual, generic, other`));
    const doccano = join(dir, 'd.jsonl');
    await writeFile(doccano, '{"text": "Derna", "label": [[0, 5, "GPE"]], "meta": {"date": "2019-02-30"}}\n');
    const c = await run('convert', '--from', 'doccano', '--to', 'jsonl', doccano, '-o', join(dir, 'out.jsonl'));
    expect(c.code).toBe(1);
    expect(c.err).toContain(`${doccano}:1: meta.date: must be a real date`);
  });

  it('convert refuses two brat side files that name one document, which validate would refuse', async () => {
    const brat = join(dir, 'brat');
    await mkdir(brat);
    const side = JSON.stringify({ id: 'same', meta: { source: 'x.txt' }, annotator: 'alice', status: 'done', schema: 'fr-conflict-news@1' });
    for (const n of ['a', 'b']) {
      await writeFile(join(brat, `${n}.txt`), 'Derna');
      await writeFile(join(brat, `${n}.ann`), 'T1\tGPE 0 5\tDerna\n');
      await writeFile(join(brat, `${n}.glose.json`), side);
    }
    const c = await run('convert', '--from', 'brat', '--to', 'jsonl', brat, '-o', join(dir, 'out.jsonl'));
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/b\.ann: duplicate record: document same by alice already read from .*a\.ann/);
    const lenient = await run('convert', '--from', 'brat', '--to', 'jsonl', brat, '-o', join(dir, 'out.jsonl'), '--valid-only');
    expect(lenient.code).toBe(0);
    expect((await run('validate', join(dir, 'out.jsonl'))).code).toBe(0);
  });

  it('load refuses a second file giving the same id: x.txt in two folders, X.txt beside X.TXT', async () => {
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'a', 'x.txt'), 'Derna est libérée.');
    await writeFile(join(dir, 'b', 'x.txt'), 'Tripoli est bombardée.');
    await writeFile(join(dir, 'a', 'Y.txt'), 'Benghazi.');
    await writeFile(join(dir, 'a', 'Y.TXT'), 'Syrte.');
    const out = join(dir, 'out.jsonl');
    const r = await run('load', join(dir, 'a'), join(dir, 'b'), '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/b\/x\.txt: document id x is already given by .*a\/x\.txt/);
    expect(r.err).toMatch(/Y\.(txt|TXT): document id Y is already given by/);
    expect((await readFile(out, 'utf8')).trim().split('\n')).toHaveLength(2);
    expect((await run('validate', out)).code).toBe(0);
  });
});

describe('the CLI as a shell sees it', () => {
  it('refuses a FIFO or a device named as input instead of waiting on it for ever (the hangs found by fuzzing)', async () => {
    const fifo = join(dir, 'in.jsonl');
    execFileSync('mkfifo', [fifo]);
    for (const argv of [
      ['validate', fifo],
      ['convert', '--from', 'jsonl', '--to', 'brat', fifo, '-o', join(dir, 'o')],
      ['convert', '--from', 'brat-conf', '--to', 'schema', fifo, '-o', join(dir, 's.json')],
      ['agreement', fifo, fifo],
      ['preannotate', fifo, '-o', join(dir, 'p.jsonl')],
      ['load', '/dev/zero', '-o', join(dir, 'l.jsonl')],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.out + r.err).toMatch(/is not a regular file/);
    }
  });

  it('exits cleanly when its output pipe closes (validate … | head -1)', () => {
    const file = join(tmpdir(), `glose-many-${process.pid}.jsonl`);
    execFileSync('sh', ['-c', `for i in $(seq 1 3000); do echo '{"id": 3}'; done > ${file}`]);
    const r = spawnSync('sh', ['-c', `node ${BIN} validate ${file} | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/:1: /);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(node:/);
    expect(r.stderr).toMatch(/3000 line\(s\), 0 valid/);
  });

  it('never replaces a folder holding other work with a brat export; replaces its own previous export whole', async () => {
    const out = join(dir, 'out');
    await mkdir(out);
    await writeFile(join(out, 'thesis.docx'), 'mine');
    const refused = await run('convert', '--from', 'jsonl', '--to', 'brat', GOLD, '-o', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already holds other files \(thesis\.docx\)/);
    expect(await readdir(out)).toEqual(['thesis.docx']);
    const fresh = join(dir, 'fresh');
    expect((await run('convert', '--from', 'jsonl', '--to', 'brat', GOLD, '-o', fresh)).code).toBe(0);
    await writeFile(join(fresh, 'gone.ann'), 'T1\tPER 0 1\tx\n');
    expect((await run('convert', '--from', 'jsonl', '--to', 'brat', GOLD, '-o', fresh)).code).toBe(0);
    const names = await readdir(fresh);
    expect(names).not.toContain('gone.ann');
    expect(names.filter((n) => n.endsWith('.ann'))).toHaveLength(5);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
