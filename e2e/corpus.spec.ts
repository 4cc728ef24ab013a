import { expect, test } from '@playwright/test';
import { SEED_IDS, chooseFiles, openDocument, shot, start } from './helpers';

test('the app opens with the five seed articles listed', async ({ page }, testInfo) => {
  await start(page);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  for (const id of SEED_IDS) await expect(page.locator(`tr[data-doc-id="${id}"]`)).toBeVisible();
  // Title is the first line of the text (after the date header), date comes from the header.
  const first = page.locator(`tr[data-doc-id="${SEED_IDS[0]}"]`);
  await expect(first.locator('.title')).toContainText("L'aviation de l'armée nationale libyenne");
  await expect(first.locator('.date')).toHaveText('2018-05');
  await expect(first).toContainText('new');
  await expect(page.getByTestId('annotator-name')).toHaveText('tester');
  await shot(page, testInfo, 'corpus');
});

test('a seed article opens and shows its text, read-only', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[0]);
  const text = page.getByTestId('editor').locator('.doc-text');
  await expect(text).toContainText('Khalifa Haftar a détruit un poste de commandement');
  await expect(text).toContainText('Derna est sous le contrôle du Conseil de la Choura des Moujahidines');
  // The text never changes: typing, Enter, Backspace and pasting leave it as it was.
  const before = await text.innerText();
  await text.locator('p').nth(1).click();
  await page.keyboard.type('zq');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  expect(await text.innerText()).toBe(before);
  // One paragraph per line: the header line is gone and the first paragraph is the lead.
  await expect(text.locator('p').first()).toHaveText(/^L'aviation de l'armée/);
  await shot(page, testInfo, 'document');
});

test('the shortcut help lists the commands with their keys', async ({ page }, testInfo) => {
  await start(page);
  await page.keyboard.press('?');
  const help = page.getByTestId('help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Undo');
  await expect(help).toContainText('Ctrl+Z');
  await expect(help).toContainText('Pre-annotate corpus');
  await shot(page, testInfo, 'help');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('opening a .txt file adds it to the corpus, and Enter opens a row', async ({ page }, testInfo) => {
  await start(page);
  await chooseFiles(page, 'open-files', ['e2e/fixtures/folder/e2e_article.txt']);
  await expect(page.getByTestId('notice')).toContainText('Added 1 document');
  const row = page.locator('tr[data-doc-id="e2e_article"]');
  await expect(row.locator('.title')).toHaveText('Trêve fragile à Tripoli');
  await expect(row.locator('.date')).toHaveText('2021-03-04');
  await shot(page, testInfo, 'corpus-with-opened-file');
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor')).toContainText('Les combats ont cessé hier soir.');
});

test('opening a folder keeps only its .txt files', async ({ page }) => {
  await start(page);
  await chooseFiles(page, 'open-folder', ['e2e/fixtures/folder']);
  await expect(page.getByTestId('notice')).toContainText('Added 1 document');
  await expect(page.locator('tbody tr')).toHaveCount(6);
});
