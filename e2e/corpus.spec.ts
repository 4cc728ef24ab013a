import { expect, test } from '@playwright/test';
import { SEED_IDS, openDocument, shot, start } from './helpers';

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
  await expect(text).toHaveAttribute('contenteditable', 'false');
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
