import { writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { serializeGoldJsonl } from '../src/shared/formats/gold-jsonl';
import { generateCorpus } from '../bench/generate-corpus';
import { chooseFiles, start } from './helpers';

/**
 * A 50 MB gold JSONL, made in the test from the seeds' sentences (bench/generate-corpus.ts), never
 * committed. Parsing runs in a worker and storing in short slices, so the page answers all along.
 */
function largeFile(testInfo: TestInfo, megabytes: number): { path: string; documents: number } {
  const records = generateCorpus(Math.round(megabytes * 135));
  const path = testInfo.outputPath('large.jsonl');
  const content = serializeGoldJsonl(records);
  writeFileSync(path, content);
  expect(Buffer.byteLength(content)).toBeGreaterThan(megabytes * 0.9e6);
  return { path, documents: records.length };
}

const rows = (page: Page) => page.locator('tbody tr');

test('a 50 MB import shows its progress and Cancel stops it at once, storing nothing', async ({ page }, testInfo) => {
  const { path } = largeFile(testInfo, 50);
  await start(page);
  await chooseFiles(page, 'import', [path]);
  const progress = page.getByTestId('progress-dialog');
  await expect(progress.getByRole('status')).toContainText(/Reading large\.jsonl|Storing large\.jsonl/);
  // The page answers while the file is read: Cancel takes effect at once.
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByTestId('notice')).toContainText('Import cancelled');
  await page.reload();
  await expect(rows(page)).toHaveCount(5);
  await expect(page.locator('tr[data-doc-id^="gen_"]')).toHaveCount(0);
});

test('a 50 MB import runs to the end with progress per file while the page answers, and a faulty file beside it is kept out', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const { path, documents } = largeFile(testInfo, 50);
  await start(page);
  await chooseFiles(page, 'import', [path, 'e2e/fixtures/bad-line.jsonl']);
  const progress = page.getByTestId('progress-dialog');
  await expect(progress.getByRole('status')).toContainText(/of 2 files read/);
  await expect(progress.getByRole('status')).toContainText(/Storing large\.jsonl… \d+ of \d+ records/, { timeout: 120_000 });
  // While records are stored, the page answers: the progress it shows moves on.
  const first = await progress.getByRole('status').innerText();
  await expect(progress.getByRole('status')).not.toHaveText(first, { timeout: 60_000 });
  await expect(page.getByTestId('errors-dialog')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('notice')).toContainText(`Imported ${documents} records; 1 file with errors not imported`);
  await page.getByTestId('errors-dialog').getByRole('button', { name: 'Import nothing' }).click();
  // The list draws only the rows in view; it counts them all (the header row too).
  await expect(page.getByRole('table', { name: 'Documents' })).toHaveAttribute('aria-rowcount', String(1 + 5 + documents));
  await expect(page.locator('tr[data-doc-id="e2e_bad"]')).toHaveCount(0);
  // The last row is reached from the keyboard.
  await page.locator('tbody tr[data-doc-id]').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('tbody tr[data-doc-id]:focus')).toBeInViewport();
  await expect(page.locator('tbody tr[data-doc-id]:focus')).toHaveAttribute('aria-rowindex', String(1 + 5 + documents));
});
