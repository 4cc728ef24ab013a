/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseFiles, start } from '../helpers';

/**
 * The review on a large article: two annotators' sets of a 100 000-character text with 5 000 mentions
 * each, B differing from A in about one mention of ten (label, boundary, missing, extra). Prints
 * `BENCH {"review_open_ms_large", "review_next_p95_ms_large"}`: the median time from asking for the
 * comparison to its first painted frame with the first disagreement shown (7 opens, the first of which
 * also pre-merges the gold set), and the 95th percentile of key press (N) to the next disagreement painted.
 */
const WORDS = ['Les', 'forces', 'de', 'Haftar', 'ont', 'attaqué', 'Derna', 'hier', 'à', 'Tripoli', 'et', 'la', 'ville', 'université', 'libyenne'];
const LABELS = ['GPE', 'PER', 'ORG', 'LOC', 'TIME'];

function largeRecords(): { a: string; b: string } {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < 100_000) {
    const p = Array.from({ length: 3 + rand(6) }, () => Array.from({ length: 8 + rand(13) }, () => WORDS[rand(WORDS.length)]).join(' ') + '.').join(' ');
    paragraphs.push(p);
    length += p.length + 1;
  }
  const text = paragraphs.join('\n').slice(0, 100_000);
  const tokens = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const stride = Math.floor(tokens.length / 5000);
  const mention = (id: number, start: number, end: number, label: string) => ({
    id: `T${id}`,
    start,
    end,
    label,
    text: text.slice(start, end),
    source: 'human',
  });
  const a = [];
  const b = [];
  for (let n = 0; n < 5000; n++) {
    const i = n * stride;
    const t = tokens[i];
    const label = LABELS[n % LABELS.length];
    a.push(mention(n + 1, t.start, t.end, label));
    const change = n % 10;
    if (change === 3) b.push(mention(n + 1, t.start, t.end, LABELS[(n + 1) % LABELS.length]));
    else if (change === 6 && stride > 1) b.push(mention(n + 1, t.start, tokens[i + 1].end, label));
    else if (change === 8 && stride > 1) b.push(mention(n + 1, tokens[i + 1].start, tokens[i + 1].end, label));
    else b.push(mention(n + 1, t.start, t.end, label));
  }
  const record = (annotator: string, entities: unknown[]) =>
    JSON.stringify({ id: 'large', text, meta: { source: 'large.txt' }, annotator, status: 'done', schema: 'fr-conflict-news@1', entities, events: [] }) + '\n';
  return { a: record('A', a), b: record('B', b) };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

test('open the comparison of two annotators on a large article, and walk its disagreements', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  const { a, b } = largeRecords();
  const files = [testInfo.outputPath('large.A.jsonl'), testInfo.outputPath('large.B.jsonl')];
  writeFileSync(files[0], a);
  writeFileSync(files[1], b);
  await start(page, 'bench');
  await chooseFiles(page, 'import', files);
  await expect(page.getByTestId('notice')).toContainText('Imported 2 records', { timeout: 120_000 });

  const open: number[] = [];
  for (let round = 0; round < 7; round++) {
    await page.evaluate(() => (location.hash = '#/'));
    await expect(page.locator('tr[data-doc-id="large"]')).toBeVisible();
    open.push(
      await page.evaluate(async () => {
        const t = performance.now();
        location.hash = '#/review/doc/large';
        await new Promise<void>((resolve) => {
          const tick = () =>
            document.querySelector('[data-testid="disagreement"]') && document.querySelector('.rv-cell') ? resolve() : requestAnimationFrame(tick);
          tick();
        });
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t;
      }),
    );
  }
  const marks = await page.locator('.rv-compare .rv-mark[data-tag]').count();

  // Steady state: a few unmeasured steps first (the code compiled, the first rows laid out).
  for (let i = 0; i < 10; i++) await page.keyboard.press('n');
  const next: number[] = [];
  for (let i = 0; i < 101; i++) {
    next.push(
      await page.evaluate(async () => {
        const shown = () => document.querySelector<HTMLElement>('[data-testid="disagreement"]')?.dataset.id;
        const before = shown();
        const t = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }));
        await new Promise<void>((resolve) => {
          const tick = () => (shown() !== before ? requestAnimationFrame(() => setTimeout(resolve, 0)) : requestAnimationFrame(tick));
          tick();
        });
        return performance.now() - t;
      }),
    );
  }
  next.sort((x, y) => x - y);
  const figures = { review_open_ms_large: Math.round(median(open)), review_next_p95_ms_large: Math.round(next[Math.floor(0.95 * (next.length - 1))]) };
  console.log(
    `review details: ${JSON.stringify({ characters: 100_000, mentions_each: 5000, marks_drawn: marks, open_ms: open.map(Math.round), next_median_ms: Math.round(median(next)), next_max_ms: Math.round(next.at(-1)!) })}`,
  );
  console.log(`BENCH ${JSON.stringify(figures)}`);
});
