import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../../shared/formats/gold-jsonl';
import { main } from '../../main/cli/index';
import { agreementReport } from './agreement-report';

const fixture = (name: string) => new URL(`../../../test/fixtures/${name}`, import.meta.url).pathname;
const files = ['seeds.A.jsonl', 'seeds.B.jsonl', 'seeds.gold.jsonl'].map(fixture);

async function cliJson(paths: string[]): Promise<unknown> {
  let out = '';
  const io = { isTTY: false, stdout: (t: string) => void (out += t), stderr: () => undefined };
  expect(await main(['agreement', ...paths, '--json'], io)).toBe(0);
  return JSON.parse(out);
}

describe('the agreement view’s figures', () => {
  it('equal the CLI’s agreement --json on the same files, and progress reaches every document of every pair', async () => {
    const records = files.flatMap((f) => parseGoldJsonl(readFileSync(f, 'utf8'), { file: f }).records);
    const steps: Array<[number, number]> = [];
    const report = agreementReport(records, (done, total) => steps.push([done, total]));
    // The report travels from the worker as JSON-like data: compare what the CLI printed with it.
    expect(JSON.parse(JSON.stringify(report.json))).toEqual(await cliJson(files));
    expect(report.annotators).toEqual(['A', 'B', 'gold']);
    expect(steps.at(-1)).toEqual([15, 15]);
    expect(steps).toHaveLength(15);
    expect(report.pairs[0].perDocument.map((d) => d.id)).toHaveLength(5);
    // The confusion matrix counts every span of either annotator once.
    const [ab] = report.confusion;
    const spans = ab.counts.flat().reduce((s, n) => s + n, 0);
    expect(spans).toBeGreaterThanOrEqual(391);
  });
});
