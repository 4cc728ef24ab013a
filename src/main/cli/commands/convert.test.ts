import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { frConflictNews } from '../../../shared/schema';
import { main } from '../index';

const SEEDS = join(__dirname, '../../../../test/fixtures/seeds.gold.jsonl');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false });
  return { code, out, err };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glose-convert-'));
});

const records = async (file: string) => parseGoldJsonl(await readFile(file, 'utf8'), { file }).records;

describe('convert', () => {
  it('jsonl → brat → jsonl gives back the seed articles', async () => {
    expect((await run('convert', '--from', 'jsonl', '--to', 'brat', SEEDS, '-o', join(dir, 'brat'))).code).toBe(0);
    const names = await readdir(join(dir, 'brat'));
    expect(names).toContain('annotation.conf');
    expect(names.filter((n) => n.endsWith('.ann'))).toHaveLength(5);
    const back = await run('convert', '--from', 'brat', '--to', 'jsonl', join(dir, 'brat'), '-o', join(dir, 'back.jsonl'));
    expect(back.code).toBe(0);
    expect(back.err).toMatch(/5 document\(s\) from 15 file\(s\)/);
    const meta = (r: { meta: object }) => JSON.stringify(Object.entries(r.meta).sort());
    const [a, b] = [await records(SEEDS), await records(join(dir, 'back.jsonl'))];
    expect(b.map((r) => ({ ...r, meta: meta(r) }))).toEqual(a.map((r) => ({ ...r, meta: meta(r) })));
  });

  it('writes every export format of the seeds', async () => {
    for (const to of ['doccano', 'doccano-rel', 'spacy', 'conll']) {
      const r = await run('convert', '--from', 'jsonl', '--to', to, SEEDS, '-o', join(dir, to));
      expect(r.code).toBe(0);
      expect((await readFile(join(dir, to), 'utf8')).length).toBeGreaterThan(1000);
    }
  });

  it('prints bad lines as file:line: reason, writes nothing and exits 1; --valid-only converts the rest', async () => {
    const input = join(dir, 'in.jsonl');
    await writeFile(input, '{"text": "Derna", "label": [[0, 5, "GPE"]]}\n{"text": "Derna", "label": [[0, 9, "GPE"]]}\n');
    const strict = await run('convert', '--from', 'doccano', '--to', 'jsonl', input, '-o', join(dir, 'out.jsonl'));
    expect(strict.code).toBe(1);
    expect(strict.err).toContain(`${input}:2: entity T1: offsets 0..9 are outside the text`);
    await expect(readFile(join(dir, 'out.jsonl'))).rejects.toThrow();
    const lenient = await run('convert', '--from', 'doccano', '--to', 'jsonl', input, '-o', join(dir, 'out.jsonl'), '--valid-only', '--annotator', 'zoé');
    expect(lenient.code).toBe(0);
    expect((await records(join(dir, 'out.jsonl'))).map((r) => [r.id, r.annotator, r.entities.length])).toEqual([['in-1', 'zoé', 1]]);
  });

  it('reads one brat document given by its .ann, and a schema from annotation.conf', async () => {
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'b', 'x.txt'), 'Lyon 𝔘 Paris');
    await writeFile(join(dir, 'b', 'x.ann'), 'T1\tCity 0 4\tLyon\nT2\tCity 7 12\tParis\n');
    await writeFile(join(dir, 'b', 'annotation.conf'), '[entities]\nCity\n[events]\n[attributes]\n');
    const r = await run(
      'convert',
      '--from',
      'brat',
      '--to',
      'jsonl',
      join(dir, 'b', 'x.ann'),
      '-o',
      join(dir, 'x.jsonl'),
      '--schema',
      join(dir, 'b', 'annotation.conf'),
    );
    expect(r.code).toBe(0);
    const [rec] = await records(join(dir, 'x.jsonl'));
    expect([rec.schema, rec.entities.map((m) => m.text)]).toEqual(['annotation@1', ['Lyon', 'Paris']]);
  });

  it('converts a schema between annotation.conf and JSON', async () => {
    await writeFile(join(dir, 'annotation.conf'), '[entities]\nPER\nGPE\n[events]\nMeet\tParticipant+:PER, Place?:GPE\n');
    expect((await run('convert', '--from', 'brat-conf', '--to', 'schema', join(dir, 'annotation.conf'), '-o', join(dir, 's.json'))).code).toBe(0);
    const schema = JSON.parse(await readFile(join(dir, 's.json'), 'utf8'));
    expect(schema.events[0].roles).toEqual([
      { name: 'Participant', labels: ['PER'], cardinality: '+' },
      { name: 'Place', labels: ['GPE'], cardinality: '?' },
    ]);
    expect((await run('convert', '--from', 'schema', '--to', 'brat-conf', join(dir, 's.json'), '-o', join(dir, 'back.conf'))).code).toBe(0);
    expect(await readFile(join(dir, 'back.conf'), 'utf8')).toMatch(/^Meet\tParticipant\+:PER, Place\?:GPE$/m);
  });

  it('converts records made under another version of the schema, and says so', async () => {
    const v2 = join(dir, 'v2.json');
    await writeFile(v2, JSON.stringify({ ...frConflictNews, version: 2 }));
    const r = await run('convert', '--from', 'jsonl', '--to', 'doccano', SEEDS, '-o', join(dir, 'd.jsonl'), '--schema', v2);
    expect(r.code).toBe(0);
    expect(r.err).toContain('warning: schema-version fr-conflict-news@1: 5× in 5 documents');
  });

  it('refuses unknown formats and missing arguments with exit 2, a file that is not CoNLL with its lines', async () => {
    expect((await run('convert', '--from', 'xml', '--to', 'jsonl', SEEDS, '-o', join(dir, 'o'))).code).toBe(2);
    const notConll = await run('convert', '--from', 'conll', '--to', 'jsonl', SEEDS, '-o', join(dir, 'o'));
    expect(notConll.code).toBe(1);
    expect(notConll.err).toContain(`${SEEDS}:1: `);
    expect((await run('convert', '--from', 'jsonl', SEEDS)).code).toBe(2);
  });
});
