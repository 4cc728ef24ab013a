import { expect, test } from '@playwright/test';
import { SEED_IDS, chooseFiles, openDocument, shot, start, watchProblems } from './helpers';

test('an operation survives a reload, and undo restores the previous state', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[1]);
  const status = page.getByLabel('Status');
  await status.selectOption('in-progress');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByTestId('editor').locator('.doc-text')).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('in-progress');
  await page.getByLabel('Status').selectOption('done');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Status')).toHaveValue('in-progress');
  await shot(page, testInfo, 'after-undo');
  await page.keyboard.press('Escape');
  await expect(page.locator(`tr[data-doc-id="${SEED_IDS[1]}"]`)).toContainText('in-progress');
});

test('accepting imported suggestions is one operation that undo takes back, and it is kept on reload', async ({ page }, testInfo) => {
  await start(page, 'alice');
  await chooseFiles(page, 'import', ['e2e/fixtures/pending.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 1 record');
  await openDocument(page, 'e2e_pending');
  const editor = page.getByTestId('editor');
  await expect(editor.locator('.mention.pending')).toHaveCount(2);
  await expect(page.getByTestId('pending-bar')).toContainText('3 pending suggestions');
  await shot(page, testInfo, 'pending');
  await page.getByTestId('pending-bar').getByRole('button', { name: 'Accept all' }).click();
  await expect(editor.locator('.mention.pending')).toHaveCount(0);
  await expect(editor.locator('.mention')).toHaveCount(2);
  await page.locator('[data-command="undo"]').click();
  await expect(editor.locator('.mention.pending')).toHaveCount(2);
  await page.locator('[data-command="redo"]').click();
  await expect(editor.locator('.mention.pending')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.reload();
  await expect(editor.locator('.mention')).toHaveCount(2);
  await expect(editor.locator('.mention.pending')).toHaveCount(0);
});

test('pre-annotating the document shows a progress bar, then pending suggestions', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[0]);
  await page.locator('[data-command="preannotate-document"]').click();
  const progress = page.getByTestId('progress-dialog');
  await expect(progress).toBeVisible();
  await expect(progress.locator('progress')).toBeVisible();
  await expect(progress.getByRole('status')).toContainText(/Added|No new suggestions/);
  await shot(page, testInfo, 'preannotate-progress');
  await progress.getByRole('button', { name: 'Close', exact: true }).click();
  // Seed 000 names Khalifa Haftar, Derna, Tripoli, Moscou…: the heuristic pipeline must suggest some.
  await expect(page.getByTestId('editor').locator('.mention.pending').first()).toBeVisible();
  await shot(page, testInfo, 'preannotated');
});

test('the strict Content-Security-Policy holds: no violation while opening, pre-annotating the corpus and exporting', async ({ page }, testInfo) => {
  const problems = await watchProblems(page);
  await start(page);
  await page.locator('[data-command="preannotate-corpus"]').click();
  const progress = page.getByTestId('progress-dialog');
  await expect(progress.locator('progress')).toBeVisible();
  await expect(progress.getByRole('status')).toContainText(/Added|No new suggestions/, { timeout: 60_000 });
  await shot(page, testInfo, 'preannotate-corpus');
  await progress.getByRole('button', { name: 'Close', exact: true }).click();
  await openDocument(page, SEED_IDS[4]);
  expect(await problems()).toEqual([]);
});
