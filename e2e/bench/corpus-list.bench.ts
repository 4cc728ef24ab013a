/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serializeGoldJsonl } from '../../src/shared/formats/gold-jsonl';
import { generateCorpus } from '../../bench/generate-corpus';
import { chooseFiles, start } from '../helpers';

/**
 * The corpus list of a large corpus (6 750 documents, the 50 MB import of e2e/large-import.spec.ts), as
 * `npm run bench` reports it (never asserted): the longest main-thread task and the time from opening the
 * app on the list to its rows painted, and the longest task of a sort.
 */
test('the corpus list of 6 750 documents', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  const records = generateCorpus(6750);
  const file = testInfo.outputPath('large.jsonl');
  writeFileSync(file, serializeGoldJsonl(records));
  await start(page, 'bench');
  await chooseFiles(page, 'import', [file]);
  await expect(page.getByTestId('notice')).toContainText(`Imported ${records.length} records`, { timeout: 300_000 });
  // Opened afresh on the list: every task from the start of the page to the rows painted is counted.
  await page.addInitScript(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const t0 = Date.now();
  await page.reload();
  await expect(page.locator('tbody tr[data-doc-id]').first()).toBeVisible({ timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const shown = Date.now() - t0;
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
  await page.locator('[data-sort="mentions"]').click();
  await expect(page.locator('th[aria-sort]')).toContainText('Mentions');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  const sortLongest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.log(
    `BENCH ${JSON.stringify({ corpus_list_shown_ms_6750: shown, corpus_list_longest_task_ms_6750: Math.round(longest), corpus_sort_longest_task_ms_6750: Math.round(sortLongest) })}`,
  );
});
