/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chooseFiles, start } from '../helpers';
import { article, recordWithMentions } from './corpus';

/**
 * The editor's speed, key press to painted frame, as `npm run bench` reports it (never asserted):
 * opening a 100 000-character article with 5 000 mentions, labelling a span and accepting a suggestion
 * there and in a 5 000-character article with 50 mentions, and the longest main-thread task while a
 * 5 MB article is pre-annotated. Medians over repeated runs; p95 over 21 gestures.
 */
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.round(q * (xs.length - 1)))];
const median = (xs: number[]) => quantile(xs, 0.5);

async function openTimed(page: Page, docId: string): Promise<number> {
  await page.goto('/#/');
  await expect(page.locator(`tr[data-doc-id="${docId}"]`)).toBeVisible();
  const t0 = Date.now();
  await page.locator(`tr[data-doc-id="${docId}"]`).click();
  await page.waitForFunction(() => document.querySelectorAll('.doc-text .mention[data-label-end]').length > 0 && document.querySelector('.doc-text'), null, {
    timeout: 60_000,
    polling: 10,
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return Date.now() - t0;
}

/** Selects an unlabelled word as a mouse release would report it, then times the label key to the next painted frame. */
async function labelTimed(page: Page, n: number): Promise<number> {
  return page.evaluate(async (n) => {
    const editor = document.querySelector<HTMLElement>('.doc-text')!;
    const nodes = [...editor.querySelectorAll('p')].flatMap((p) =>
      [...p.childNodes].filter((c): c is Text => c.nodeType === 3 && /\p{L}{4,}/u.test((c as Text).data)),
    );
    const node = nodes[(n * 37) % nodes.length];
    const m = /\p{L}{4,}/u.exec(node.data)!;
    const range = document.createRange();
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    editor.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: 1, clientY: 1 }));
    const before = editor.querySelectorAll('.mention[data-label="LOC"]').length;
    const t = performance.now();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', code: 'KeyL', bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const took = performance.now() - t;
    if (editor.querySelectorAll('.mention[data-label="LOC"]').length <= before) throw new Error('the label key made no mention');
    return took;
  }, n);
}

/** Selects the next suggestion, then times Enter (accept) to the next painted frame. */
async function acceptTimed(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const editor = document.querySelector<HTMLElement>('.doc-text')!;
    const key = (k: string) => editor.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('n');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const t = performance.now();
    key('Enter');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t;
  });
}

async function gestures(page: Page, docId: string) {
  const open = [await openTimed(page, docId), await openTimed(page, docId), await openTimed(page, docId)];
  const label: number[] = [];
  for (let i = 0; i < 21; i++) label.push(await labelTimed(page, i));
  const accept: number[] = [];
  for (let i = 0; i < 21; i++) accept.push(await acceptTimed(page));
  return { open: median(open), label: quantile(label, 0.95), labelMedian: median(label), accept: quantile(accept, 0.95), acceptMedian: median(accept) };
}

test('editor speed on a large and a small article', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  const file = testInfo.outputPath('articles.jsonl');
  writeFileSync(file, recordWithMentions('large', article(100_000, 1), 5000) + recordWithMentions('small', article(5_000, 2), 50));
  await start(page, 'bench');
  await chooseFiles(page, 'import', [file]);
  await expect(page.locator('tr[data-doc-id="large"]')).toBeVisible({ timeout: 60_000 });
  const large = await gestures(page, 'large');
  const small = await gestures(page, 'small');
  const figures = {
    editor_open_ms_large: large.open,
    editor_label_p95_ms_large: Math.round(large.label),
    editor_label_p95_ms_small: Math.round(small.label),
    editor_label_growth_large_over_small: Number((large.label / small.label).toFixed(2)),
    editor_accept_p95_ms_large: Math.round(large.accept),
    editor_accept_p95_ms_small: Math.round(small.accept),
    editor_label_median_ms_large: Math.round(large.labelMedian),
    editor_accept_median_ms_large: Math.round(large.acceptMedian),
    editor_open_ms_small: small.open,
  };
  console.log(`BENCH ${JSON.stringify(figures)}`);
});

test('the longest main-thread task while a 5 MB article is pre-annotated', async ({ page }, testInfo) => {
  test.setTimeout(900_000);
  const file = testInfo.outputPath('five-megabytes.txt');
  writeFileSync(file, article(5_000_000, 3));
  await start(page, 'bench');
  await chooseFiles(page, 'open-files', [file]);
  await page.locator('tr[data-doc-id="five-megabytes"]').click();
  await expect(page.locator('.doc-text')).toBeVisible({ timeout: 120_000 });
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; tasks: number };
    w.longest = 0;
    w.tasks = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.longest = Math.max(w.longest, e.duration);
        w.tasks++;
      }
    }).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await page.locator('[data-command="preannotate-document"]').click();
  await expect(page.getByTestId('progress-dialog').getByRole('status')).toContainText(/Added|No new/, { timeout: 840_000 });
  const seconds = (Date.now() - t0) / 1000;
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  const { longest, tasks } = await page.evaluate(() => {
    const w = window as unknown as { longest: number; tasks: number };
    return { longest: w.longest, tasks: w.tasks };
  });
  const suggestions = Number((await page.getByTestId('progress-dialog').getByRole('status').innerText()).match(/Added (\d+)/)?.[1] ?? 0);
  console.log(
    `BENCH ${JSON.stringify({ editor_longest_task_ms_5mb: Math.round(longest), editor_long_tasks_5mb: tasks, editor_preannotate_s_5mb: seconds, editor_suggestions_5mb: suggestions })}`,
  );
});
