import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dragOver, drawn, saved } from './editor-helpers';
import { SEED_IDS, openDocument, shot, start } from './helpers';

/** Runs a command by its title from the palette (File ▸ Back up everything… in the Electron menu). */
async function runFromPalette(page: Page, title: string) {
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('palette');
  await palette.getByRole('textbox', { name: 'Command' }).fill(title);
  await expect(palette.locator('[role=option]').first()).toContainText(title);
  await page.keyboard.press('Enter');
}

async function restoreFrom(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await runFromPalette(page, 'Restore a backup');
  await (await chooser).setFiles(file);
}

const cli = (...args: string[]) => execFileSync('node', ['bin/glose.mjs', ...args], { encoding: 'utf8', stdio: 'pipe' });

test('everything backed up in one file is restored into another profile, after saying what it replaces', async ({ page, browser }, testInfo) => {
  await start(page, 'alice');
  await openDocument(page, SEED_IDS[0]);
  await dragOver(page, 'Moscou');
  await page.keyboard.press('g');
  await page.getByLabel('Status').selectOption('done');
  await saved(page);
  const download = page.waitForEvent('download');
  await runFromPalette(page, 'Back up everything');
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(file).toMatch(/glose-backup-\d{4}-\d\d-\d\d\.json\.gz$/);
  await expect(page.getByTestId('notice')).toContainText('Backed up everything');
  // The CLI reads the same file.
  expect(cli('validate-backup', file)).toMatch(/annotationSets: 1\n[\s\S]*annotators: alice/);

  // Another profile: the seeds and another annotator's name, which the backup replaces.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await start(fresh, 'bob');
  // A second window of that profile, which must not go on with the database the restore replaces.
  const second = await other.newPage();
  await second.goto('/');
  await expect(second.getByTestId('annotator-name')).toHaveText('bob');
  await restoreFrom(fresh, file);
  const ask = fresh.getByTestId('restore-dialog');
  await expect(ask.getByTestId('restore-replaced')).toContainText('5 documents, 0 annotation sets');
  await expect(ask.getByTestId('restore-incoming')).toContainText('5 documents, 1 annotation set (alice)');
  await shot(fresh, testInfo, 'restore-dialog');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await ask.getByRole('button', { name: 'Replace with the backup' }).click();
  await expect(fresh.getByTestId('notice')).toContainText('Restored the backup');
  await expect(fresh.getByTestId('annotator-name')).toHaveText('alice');
  await expect(second.getByTestId('annotator-name')).toHaveText('alice');
  await expect(second.locator('tr[data-doc-id="' + SEED_IDS[0] + '"]')).toContainText('alice');
  await openDocument(fresh, SEED_IDS[0]);
  await expect.poll(() => drawn(fresh, 'GPE')).toEqual(['Moscou']);
  await expect(fresh.getByLabel('Status')).toHaveValue('done');
  // Undo history came along too.
  await fresh.keyboard.press('Control+z');
  await expect(fresh.getByLabel('Status')).not.toHaveValue('done');
  await other.close();
});

test('a corpus prepared with the CLI is restored into an app; a damaged file is refused and nothing changes', async ({ page }, testInfo) => {
  const backup = testInfo.outputPath('from-cli.json.gz');
  cli('jsonl-to-backup', 'test/fixtures/seeds.gold.jsonl', '-o', backup);
  const damaged = testInfo.outputPath('damaged.json.gz');
  const bytes = readFileSync(backup);
  writeFileSync(damaged, bytes.subarray(0, bytes.length - 40));
  await start(page);
  await restoreFrom(page, damaged);
  await expect(page.getByTestId('errors-dialog')).toContainText('not a complete gzip file');
  await page.getByTestId('errors-dialog').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(5);
  await restoreFrom(page, backup);
  await page.getByTestId('restore-dialog').getByRole('button', { name: 'Replace with the backup' }).click();
  await expect(page.getByTestId('notice')).toContainText('5 annotation sets (gold)');
  await expect(page.locator('tbody tr')).toHaveCount(5);
  // No annotator name in a CLI backup: the app asks for one.
  await expect(page.getByTestId('annotator-dialog')).toBeVisible();
});
