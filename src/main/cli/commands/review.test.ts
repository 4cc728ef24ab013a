import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { corpusAgreement } from '../../../shared/review/agreement';
import { groupRecords } from '../../../shared/review/corpus';
import { agreementJson } from '../../../shared/review/report';
import { main } from '../index';
import type { CliIO } from '../types';

function captureIO(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const fixture = (name: string) => new URL(`../../../../test/fixtures/${name}`, import.meta.url).pathname;
const A = fixture('seeds.A.jsonl');
const B = fixture('seeds.B.jsonl');

describe('agreement command', () => {
  it('--json gives exactly the engine figures, in the documented shape', async () => {
    const io = captureIO();
    expect(await main(['agreement', A, B, '--json'], io)).toBe(0);
    const printed = JSON.parse(io.out);
    const records = [A, B].flatMap((f) => parseGoldJsonl(readFileSync(f, 'utf8'), { file: f }).records);
    const engine = agreementJson(corpusAgreement(groupRecords(records).corpus, { perDocument: false }));
    expect(printed).toEqual(JSON.parse(JSON.stringify(engine)));
    expect(Object.keys(printed.pairs[0])).toEqual([
      'a',
      'b',
      'documents',
      'mentions',
      'triggers',
      'arguments',
      'cohen_kappa',
      'krippendorff_alpha',
      'krippendorff_alpha_u',
    ]);
  });

  it("reproduces the fixtures' README on the seeds: mentions 0.948(5), triggers 0.978, arguments 0.775", async () => {
    const io = captureIO();
    await main(['agreement', A, B, '--json'], io);
    const pair = JSON.parse(io.out).pairs[0];
    expect(pair).toMatchObject({ a: 'A', b: 'B', documents: 5 });
    // Counts read off the files: 366 mentions by A, 391 by B, 359 identical → 2·359/757 = 0.94848
    // (the README's 0.949 rounds the same figure up); triggers 114/113, 111 equal; arguments 213/223, 169 equal.
    expect(pair.mentions.exact.f1).toBeCloseTo((2 * 359) / (366 + 391), 12);
    expect(pair.triggers.f1).toBeCloseTo((2 * 111) / (114 + 113), 12);
    expect(pair.arguments.f1).toBeCloseTo((2 * 169) / (213 + 223), 12);
  });

  it('prints a table for people, and reads several annotators from one file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-'));
    const both = join(dir, 'both.jsonl');
    await writeFile(both, (await readFile(A, 'utf8')) + (await readFile(B, 'utf8')));
    const io = captureIO();
    expect(await main(['agreement', both], io)).toBe(0);
    expect(io.out).toMatch(/B against A — 5 document\(s\)/);
    expect(io.out).toMatch(/mentions \(exact\)\s+0\.918\s+0\.981\s+0\.948\s+359\s+32\s+7/);
  });

  it('reports bad lines as file:line: reason and exits 1; one annotator is not enough', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-'));
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, (await readFile(A, 'utf8')).split('\n')[0] + '\n{"id": 3}\n');
    const io = captureIO();
    expect(await main(['agreement', bad, B], io)).toBe(1);
    expect(io.err).toMatch(/bad\.jsonl:2: /);
    const one = captureIO();
    expect(await main(['agreement', A], one)).toBe(1);
    expect(one.err).toMatch(/needs two annotators/);
  });

  it('names the document whose text differs between files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-'));
    const changed = join(dir, 'B.jsonl');
    const first = JSON.parse((await readFile(B, 'utf8')).split('\n')[0]);
    first.text = first.text.replace(/^L'aviation/, "l'aviation");
    await writeFile(changed, JSON.stringify(first) + '\n');
    const io = captureIO();
    expect(await main(['agreement', A, changed], io)).toBe(1);
    expect(io.err).toMatch(/document 000_160f67e45fa3422c: the text of B's record differs from A's/);
  });
});

describe('adjudicate command', () => {
  it('merges the seeds: the 359 agreed mentions and 111 agreed events accepted, every disagreement pending', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glose-'));
    const out = join(dir, 'merged.jsonl');
    const io = captureIO();
    expect(await main(['adjudicate', A, B, '-o', out], io)).toBe(0);
    const parsed = parseGoldJsonl(await readFile(out, 'utf8'), { file: out });
    expect(parsed.errors).toEqual([]);
    const entities = parsed.records.flatMap((r) => r.entities);
    const events = parsed.records.flatMap((r) => r.events);
    expect(parsed.records.every((r) => r.annotator === 'gold' && r.status === 'adjudicated')).toBe(true);
    expect(entities.filter((m) => m.source === 'human')).toHaveLength(359);
    // 32 mentions B alone made + 7 A alone made, each proposed by one of two annotators.
    expect(entities.filter((m) => m.source === 'heuristic').map((m) => m.confidence)).toEqual(Array(39).fill(0.5));
    expect(events.filter((e) => e.source === 'human')).toHaveLength(111);
    expect(await main(['adjudicate', A, B], captureIO())).toBe(2);
  });
});
