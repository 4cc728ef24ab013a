import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parseGoldJsonl } from '../src/shared/formats/gold-jsonl';
import { SchemaIndex, frConflictNews } from '../src/shared/schema';
import { chooseFiles, openDocument, shot, start } from './helpers';

test('a gold JSONL file with nested mentions is imported and both nested mentions are drawn', async ({ page }, testInfo) => {
  await start(page);
  await chooseFiles(page, 'import', ['e2e/fixtures/nested.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 1 record');
  const row = page.locator('tr[data-doc-id="e2e_nested"]');
  await expect(row).toContainText('Des combats ont eu lieu');
  await expect(row).toContainText('alice');
  await openDocument(page, 'e2e_nested');
  const editor = page.getByTestId('editor');
  const outer = editor.locator('.mention[data-label="FAC"]');
  const inner = editor.locator('.mention[data-label="GPE"][data-id="T2"]');
  await expect(outer.first()).toBeVisible();
  await expect(inner).toBeVisible();
  await expect(inner).toHaveText('Tripoli');
  // The DOM nests as the mentions do: the inner mention's element sits inside the outer one's.
  await expect(editor.locator('.mention[data-label="FAC"] > .mention[data-label="GPE"]')).toHaveText('Tripoli');
  // The outer mention covers "université de Tripoli" in pieces; only the last piece shows the label.
  await expect(outer).toHaveText(['université de ', 'Tripoli']);
  await expect(editor.locator('.mention[data-label="FAC"][data-label-end]')).toHaveCount(1);
  // After the astral emoji, code-point offsets still land on the right word.
  await expect(editor.locator('.mention[data-label="TIME"]')).toHaveText('hier');
  await expect(editor.locator('.trigger[data-label="Conflict.Attack"]')).toHaveText('combats');
  await expect(page.getByTestId('mention-list').locator('li')).toHaveCount(5);
  await shot(page, testInfo, 'nested-import');
});

test('an export downloads a file that the CLI validator accepts', async ({ page }, testInfo) => {
  await start(page);
  await chooseFiles(page, 'import', ['e2e/fixtures/nested.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 1 record');
  await page.locator('[data-command="export"]').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByLabel('Gold JSONL')).toBeChecked();
  await shot(page, testInfo, 'export-dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  const content = readFileSync(file, 'utf8');
  const parsed = parseGoldJsonl(content, { file, schema: new SchemaIndex(frConflictNews) });
  expect(parsed.errors).toEqual([]);
  expect(parsed.records.map((r) => r.id)).toEqual(['e2e_nested']);
  // The exported line is the imported one, byte for byte.
  expect(content).toBe(readFileSync('e2e/fixtures/nested.jsonl', 'utf8'));
  execFileSync('node', ['bin/glose.mjs', 'validate', file], { stdio: 'pipe' });
});

test('a JSONL with a bad line shows the error with its line number and stores nothing', async ({ page }, testInfo) => {
  await start(page);
  await chooseFiles(page, 'import', ['e2e/fixtures/bad-line.jsonl']);
  const dialog = page.getByTestId('errors-dialog');
  await expect(dialog).toBeVisible();
  const rows = dialog.locator('tbody tr');
  await expect(rows.filter({ hasText: 'not JSON' })).toContainText('2');
  await expect(rows.filter({ hasText: 'not JSON' }).locator('td').nth(1)).toHaveText('2');
  await expect(rows.filter({ hasText: 'CITY' }).locator('td').nth(1)).toHaveText('3');
  await expect(dialog.getByRole('button', { name: 'Import the 1 valid line' })).toBeVisible();
  await shot(page, testInfo, 'import-errors');
  await dialog.getByRole('button', { name: 'Import nothing' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('tbody tr')).toHaveCount(5);
  await page.reload();
  await expect(page.locator('tbody tr')).toHaveCount(5);
  await expect(page.locator('tr[data-doc-id="e2e_bad"]')).toHaveCount(0);
});

test('the valid lines of a faulty file are stored when the user asks for them', async ({ page }) => {
  await start(page);
  await chooseFiles(page, 'import', ['e2e/fixtures/bad-line.jsonl']);
  await page.getByTestId('errors-dialog').getByRole('button', { name: 'Import the 1 valid line' }).click();
  await expect(page.locator('tr[data-doc-id="e2e_bad"]')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(6);
});

test('a format that writes several files is downloaded as one zip', async ({ page }) => {
  await start(page);
  await chooseFiles(page, 'import', ['e2e/fixtures/nested.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 1 record');
  await page.locator('[data-command="export"]').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel(/brat/).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.zip$/);
  const files = Object.keys(unzipSync(new Uint8Array(readFileSync(await (await download).path()))));
  expect(files.some((name) => name.endsWith('.ann'))).toBe(true);
});

test('pending suggestions are exported only when asked for', async ({ page }, testInfo) => {
  await start(page);
  await chooseFiles(page, 'import', ['e2e/fixtures/pending.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 1 record');
  const exportOnce = async (includePending: boolean, name: string) => {
    await page.locator('[data-command="export"]').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel('Include pending suggestions').setChecked(includePending);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const file = testInfo.outputPath(name);
    await (await download).saveAs(file);
    execFileSync('node', ['bin/glose.mjs', 'validate', file], { stdio: 'pipe' });
    return parseGoldJsonl(readFileSync(file, 'utf8'), { file, schema: new SchemaIndex(frConflictNews) }).records[0];
  };
  const withPending = await exportOnce(true, 'with.jsonl');
  expect(withPending.entities.map((m) => [m.text, m.source])).toEqual([
    ['Haftar', 'heuristic'],
    ['Derna', 'heuristic'],
  ]);
  expect(withPending.events).toHaveLength(1);
  const gold = await exportOnce(false, 'gold.jsonl');
  expect(gold.entities).toEqual([]);
  expect(gold.events).toEqual([]);
});

test("an export can hold one annotator's sets only, such as the adjudicated gold", async ({ page }, testInfo) => {
  await start(page);
  await chooseFiles(page, 'import', ['test/fixtures/seeds.A.jsonl', 'test/fixtures/seeds.gold.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 10 records');
  await page.locator('[data-command="export"]').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('Annotator to export').selectOption('gold');
  await dialog.getByLabel('Only documents marked done or adjudicated').check();
  await shot(page, testInfo, 'export-gold-only');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = testInfo.outputPath('gold-only.jsonl');
  await (await download).saveAs(file);
  const content = readFileSync(file, 'utf8');
  const records = parseGoldJsonl(content, { file, schema: new SchemaIndex(frConflictNews) }).records;
  expect(records.map((r) => r.annotator)).toEqual(['gold', 'gold', 'gold', 'gold', 'gold']);
  // The gold sets come out as they went in.
  const fixture = 'test/fixtures/seeds.gold.jsonl';
  expect(records).toEqual(parseGoldJsonl(readFileSync(fixture, 'utf8'), { file: fixture, schema: new SchemaIndex(frConflictNews) }).records);
});
