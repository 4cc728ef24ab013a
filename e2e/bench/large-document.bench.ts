/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseFiles, start } from '../helpers';

/** A 100 000-character article with one pending mention every ~3 words and 10 % of them nested in a longer one. */
function largeRecord(): string {
  const words = ['Les', 'forces', 'de', 'Haftar', 'ont', 'attaqué', 'Derna', 'hier', 'à', 'Tripoli', 'et', 'la', 'ville', 'université', 'libyenne'];
  let seed = 1;
  const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < 100_000) {
    const sentences = Array.from({ length: 3 + rand(6) }, () => Array.from({ length: 8 + rand(13) }, () => words[rand(words.length)]).join(' ') + '.');
    const p = sentences.join(' ');
    paragraphs.push(p);
    length += p.length + 1;
  }
  const text = paragraphs.join('\n').slice(0, 100_000);
  const tokens = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const entities = [];
  for (let i = 0, n = 0; i < tokens.length - 1; i += 3, n++) {
    const t = tokens[i];
    entities.push({
      id: `T${entities.length + 1}`,
      start: t.start,
      end: t.end,
      label: 'GPE',
      text: text.slice(t.start, t.end),
      source: 'heuristic',
      confidence: 0.5,
    });
    if (n % 10 === 0) {
      const end = tokens[i + 1].end;
      entities.push({ id: `T${entities.length + 1}`, start: t.start, end, label: 'ORG', text: text.slice(t.start, end), source: 'heuristic', confidence: 0.5 });
    }
  }
  return (
    JSON.stringify({
      id: 'large',
      text,
      meta: { source: 'large.txt' },
      annotator: 'bench',
      status: 'pre-annotated',
      schema: 'fr-conflict-news@1',
      entities,
      events: [],
    }) + '\n'
  );
}

test('open a large document and accept suggestions', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const file = testInfo.outputPath('large.jsonl');
  writeFileSync(file, largeRecord());
  await start(page, 'bench');
  await chooseFiles(page, 'import', [file]);
  await expect(page.locator('tr[data-doc-id="large"]')).toBeVisible({ timeout: 60_000 });
  const mentions = Number.parseInt(await page.locator('tr[data-doc-id="large"] td.num').first().innerText(), 10);
  const open: number[] = [];
  for (let round = 0; round < 3; round++) {
    await page.goto('/#/');
    await expect(page.locator('tr[data-doc-id="large"]')).toBeVisible();
    const t0 = Date.now();
    await page.locator('tr[data-doc-id="large"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('.editor .mention[data-label-end]').length >= n, mentions, { timeout: 60_000, polling: 10 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    open.push(Date.now() - t0);
  }
  const accept: number[] = [];
  for (let i = 0; i < 21; i++) {
    accept.push(
      await page.evaluate(async (n) => {
        const button = document.querySelectorAll<HTMLButtonElement>('.item-actions button[title="Accept suggestion"]')[n * 5];
        const t = performance.now();
        button.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t;
      }, i),
    );
  }
  accept.sort((a, b) => a - b);
  const t1 = Date.now();
  await page.getByTestId('pending-bar').getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByTestId('pending-bar')).toBeHidden({ timeout: 60_000 });
  const figures = {
    characters: 100_000,
    mentions: mentions,
    openMs: open,
    acceptOneMs: { median: Math.round(accept[10]), p95: Math.round(accept[19]), max: Math.round(accept[20]) },
    acceptAllMs: Date.now() - t1,
  };
  console.log(JSON.stringify(figures));
});
