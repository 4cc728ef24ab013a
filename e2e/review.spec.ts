import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseGoldJsonl } from '../src/shared/formats/gold-jsonl';
import { SchemaIndex, frConflictNews } from '../src/shared/schema';
import { chooseFiles, shot, start, watchProblems } from './helpers';

const A = 'test/fixtures/seeds.A.jsonl';
const B = 'test/fixtures/seeds.B.jsonl';

/** The shown disagreement's id, its document and whether the queue is over (after the UI has settled on a change). */
async function position(page: Page): Promise<string> {
  const doc = await page.getByTestId('review-document').getAttribute('data-doc-id');
  const d = page.getByTestId('disagreement');
  return (await d.count()) ? `${doc}#${await d.getAttribute('data-id')}` : `${doc}#none`;
}

/** The notice line's text, '' when there is none (without waiting for one to appear). */
async function notice(page: Page): Promise<string> {
  const line = page.getByTestId('notice');
  return (await line.count()) ? ((await line.textContent()) ?? '') : '';
}

async function pressAndWait(page: Page, key: string, before: string): Promise<string> {
  await page.keyboard.press(key);
  await expect.poll(() => position(page).catch(() => before), { timeout: 10_000 }).not.toBe(before);
  return position(page);
}

async function download(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  await (await pending).saveAs(path);
  return readFileSync(path, 'utf8');
}

/** A fresh profile with the seeds' two annotators, on the comparison of one document, showing only some kinds. */
async function openComparison(page: Page, docId: string, hide: string[] = []): Promise<void> {
  await start(page);
  await chooseFiles(page, 'import', [A, B]);
  await expect(page.getByTestId('notice')).toContainText('Imported 10 records');
  await page.goto(`/#/review/doc/${docId}`);
  await expect(page.getByTestId('disagreement')).toBeVisible();
  for (const kind of hide) await page.locator('.rv-filters').getByLabel(kind, { exact: true }).uncheck();
}

const cli = (...args: string[]) => execFileSync('node', ['bin/glose.mjs', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('two annotators imported, the queue walked with the keyboard, adjudicated gold exported that validates, with the CLI’s figures', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const problems = await watchProblems(page);
  await start(page, 'reviewer');
  await chooseFiles(page, 'import', [A, B]);
  await expect(page.getByTestId('notice')).toContainText('Imported 10 records');
  await page.locator('[data-command="review"]').click();
  const overview = page.getByTestId('review-overview');
  await expect(overview.locator('tbody tr')).toHaveCount(5);
  await expect(overview.locator('tbody tr').first()).toContainText('A, B');
  await expect(overview.locator('tbody tr').first()).toContainText('not started');

  // N starts the queue at the first disagreement of the first document.
  await page.keyboard.press('n');
  const compare = page.getByTestId('compare');
  await expect(compare).toHaveAttribute('data-layout', 'side');
  await expect(page.getByTestId('disagreement')).toBeVisible();
  // Side by side: one column per annotator, the text's blocks in shared rows (so they scroll together).
  await expect(compare.locator('.rv-head')).toHaveText([/A$/, /B$/]);
  expect(await compare.locator('.rv-row').first().locator('.rv-cell').count()).toBe(2);
  await expect(compare.locator('.rv-mark.rv-only[data-tag]').first()).toBeVisible();
  await shot(page, testInfo, 'review-side-by-side');
  await page.keyboard.press('l');
  await expect(compare).toHaveAttribute('data-layout', 'merged');
  // Merged: a mark only some made names who by their symbols (● A, ▲ B).
  await expect(compare.locator('.rv-mark.rv-only[data-tag]').first()).toHaveAttribute('data-tag', /\+ [●▲]+$/);
  await shot(page, testInfo, 'review-merged');
  await page.keyboard.press('l');
  await expect(compare).toHaveAttribute('data-layout', 'side');

  // Take B on the first disagreement: the queue moves on; undo brings it back undecided, redo decides it again.
  const first = await position(page);
  const second = await pressAndWait(page, 'b', first);
  expect(second).not.toBe(first);
  await pressAndWait(page, 'Control+z', second);
  expect(await position(page)).toBe(first);
  await expect(page.getByTestId('decided')).toHaveText('• to decide');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('decided')).toHaveText('✓ decided');
  // C: a comment on that decision, kept with it.
  await page.keyboard.press('c');
  await page.keyboard.type('B follows the guidelines here');
  await page.keyboard.press('Enter');
  await shot(page, testInfo, 'review-queue');
  // The decision, its undo history and the comment are stored: after a reload, undo still takes it back.
  await page.reload();
  await expect(page.getByTestId('doc-progress')).toHaveText('1 of 7 decided');
  await pressAndWait(page, 'Control+z', await position(page));
  expect(await position(page)).toBe(first);
  await expect(page.getByTestId('decided')).toHaveText('• to decide');
  await expect(page.getByLabel('Comment on this decision')).toHaveValue('B follows the guidelines here');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('decided')).toHaveText('✓ decided');

  // Then take A everywhere else, across the documents, until the queue is empty.
  let at = await pressAndWait(page, 'n', first);
  let decisions = 1;
  while (!at.endsWith('#none')) {
    const noticeBefore = await notice(page);
    await page.keyboard.press('a');
    decisions++;
    await expect.poll(async () => (await position(page).catch(() => at)) !== at || (await notice(page)) !== noticeBefore).toBe(true);
    if ((await notice(page)).includes('No more disagreements')) break;
    at = await position(page);
  }
  expect(decisions).toBeGreaterThan(20);
  await expect(page.getByTestId('review-save-state')).toHaveText('Saved');

  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(overview.locator('tbody tr .status-adjudicated')).toHaveCount(5);
  await expect(page.getByTestId('corpus-progress')).toContainText('5 adjudicated');

  const goldFile = testInfo.outputPath('gold.jsonl');
  const content = await download(page, () => page.locator('[data-command="review-export-gold"]').click(), goldFile);
  cli('validate', goldFile);
  const gold = parseGoldJsonl(content, { file: goldFile, schema: new SchemaIndex(frConflictNews) });
  expect(gold.errors).toEqual([]);
  expect(gold.records.map((r) => [r.annotator, r.status])).toEqual(Array(5).fill(['gold', 'adjudicated']));
  const comments = gold.records.flatMap((r) => (r.meta.review_comments as Array<{ comment: string }> | undefined) ?? []);
  expect(comments.map((c) => c.comment)).toEqual(['B follows the guidelines here']);

  // The agreement view, with gold as a third annotator, shows exactly the CLI's figures on the same files.
  await page.locator('[data-command="review-agreement"]').click();
  await expect(page.getByTestId('agreement-table').locator('tbody tr')).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByTestId('chart-pairs').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-labels').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('confusion')).toBeVisible();
  await shot(page, testInfo, 'review-agreement');
  const figures = JSON.parse(await download(page, () => page.getByTestId('export-figures').click(), testInfo.outputPath('agreement.json')));
  expect(figures).toEqual(JSON.parse(cli('agreement', A, B, goldFile, '--json')));
  const goldVsA = figures.pairs.find((p: { a: string; b: string }) => p.a === 'A' && p.b === 'gold');
  const row = page.locator('[data-pair="A|gold"] td[data-figure="2"]');
  await expect(row).toHaveText(goldVsA.mentions.exact.f1.toFixed(3));
  expect(await problems()).toEqual([]);
});

test('a document whose text differs between the picked files is refused with its id, and nothing of those files is stored', async ({ page }, testInfo) => {
  await start(page);
  const line = JSON.parse(readFileSync('e2e/fixtures/nested.jsonl', 'utf8'));
  const alice = testInfo.outputPath('alice.jsonl');
  const bob = testInfo.outputPath('bob.jsonl');
  writeFileSync(alice, JSON.stringify({ ...line, annotator: 'alice' }) + '\n');
  writeFileSync(bob, JSON.stringify({ ...line, annotator: 'bob', text: line.text + ' Fin.' }) + '\n');
  await chooseFiles(page, 'import', [alice, bob]);
  const dialog = page.getByTestId('errors-dialog');
  await expect(dialog).toContainText('document e2e_nested: its text differs between alice.jsonl, bob.jsonl');
  await shot(page, testInfo, 'review-import-refused');
  await dialog.getByRole('button', { name: 'Import nothing' }).click();
  await expect(page.locator('tr[data-doc-id="e2e_nested"]')).toHaveCount(0);
});

test('the queue filters by kind and by label', async ({ page }, testInfo) => {
  await openComparison(page, '004_f1489135e84662e9', ['label', 'missing', 'event', 'argument']);
  const filters = page.locator('.rv-filters');
  await expect(page.getByTestId('disagreement')).toHaveAttribute('data-kind', 'boundary');
  await expect(page.locator('.rv-compare .rv-current[data-tag*="↔"]').first()).toBeVisible();
  await shot(page, testInfo, 'review-boundary');
  let at = await position(page);
  for (let i = 0; i < 3; i++) {
    const next = await pressAndWait(page, 'n', at).catch(() => at);
    if (next === at) break;
    await expect(page.getByTestId('disagreement')).toHaveAttribute('data-kind', 'boundary');
    at = next;
  }
  for (const kind of ['label', 'missing', 'event', 'argument']) await filters.getByLabel(kind, { exact: true }).check();
  await page.getByLabel('Filter by label').selectOption('ORG');
  await expect(page.getByTestId('disagreement')).toContainText('ORG');
  const id = await page.getByTestId('disagreement').getAttribute('data-id');
  await page.keyboard.press('n');
  await expect(page.getByTestId('disagreement')).not.toHaveAttribute('data-id', id!);
  await expect(page.getByTestId('disagreement')).toContainText('ORG');
});

test('edit opens the gold set in the editor on the disagreement, and Review comes back to the comparison', async ({ page }, testInfo) => {
  await openComparison(page, '004_f1489135e84662e9', ['label', 'boundary', 'event', 'argument']);
  await expect(page.getByTestId('disagreement')).toHaveAttribute('data-kind', 'missing');
  const quote = (await page.locator('.rv-quote').textContent())!;
  await page.keyboard.press('e');
  await expect(page.getByLabel('Annotation set')).toHaveValue('gold');
  const selected = page.getByTestId('mention-list').locator('li.selected');
  await expect(selected).toContainText(quote);
  await expect(selected).toHaveClass(/pending/);
  await shot(page, testInfo, 'review-edit-gold');
  await page.locator('[data-command="review"]').click();
  await expect(page.getByTestId('review-document')).toHaveAttribute('data-doc-id', '004_f1489135e84662e9');
});
