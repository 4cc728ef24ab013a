import { expect, test } from '@playwright/test';
import { SEED_IDS, openDocument, shot, start } from './helpers';

test('a command’s key is changed in the settings: the new key runs it, the help shows it, a reload keeps it', async ({ page }, testInfo) => {
  await start(page);
  await page.locator('[data-command="settings"]').click();
  await page.getByRole('tab', { name: 'Keyboard' }).click();
  const keys = page.getByTestId('key-settings');
  const exportRow = keys.locator('tr[data-key-row="Export…"]');
  await expect(exportRow).toContainText('Ctrl+E');
  await exportRow.getByRole('button', { name: 'Change' }).click();
  await expect(exportRow.getByRole('button', { name: /Press a key/ })).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  await expect(exportRow).toContainText('Ctrl+Shift+E');
  await expect(exportRow).not.toContainText(/Ctrl\+E(?!\w)/);
  await shot(page, testInfo, 'key-settings');

  await page.keyboard.press('Escape');
  await expect(page.locator('tbody tr[data-doc-id]')).toHaveCount(5);
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+e');
  await expect(page.getByTestId('export-dialog')).toBeHidden();

  await page.reload();
  await expect(page.locator('tbody tr[data-doc-id]')).toHaveCount(5);
  await page.keyboard.press('?');
  await expect(page.getByTestId('help').locator('.help-row', { hasText: 'Export…' })).toContainText('Ctrl+Shift+E');
});

test('a key another command already uses is said before it is taken, and listed as shared after', async ({ page }) => {
  await start(page);
  await page.locator('[data-command="settings"]').click();
  await page.getByRole('tab', { name: 'Keyboard' }).click();
  const keys = page.getByTestId('key-settings');
  await keys.locator('tr[data-key-row="Undo"]').getByRole('button', { name: 'Change' }).click();
  await page.keyboard.press('Control+E');
  const clash = page.getByTestId('key-clash');
  await expect(clash).toContainText('Ctrl+E is already used by Export…');
  await clash.getByRole('button', { name: 'Use it anyway' }).click();
  await expect(page.getByTestId('key-conflicts')).toContainText('Ctrl+E Undo → Export…');
  await keys.locator('tr[data-key-row="Undo"]').getByRole('button', { name: 'Default' }).click();
  await expect(keys.locator('tr[data-key-row="Undo"]')).toContainText('Ctrl+Z');
  await expect(page.getByTestId('key-conflicts')).toBeHidden();
});

test('undo survives a document switch and a reload', async ({ page }) => {
  await start(page);
  await openDocument(page, SEED_IDS[2]);
  await page.getByLabel('Status').selectOption('in-progress');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await openDocument(page, SEED_IDS[3]);
  await page.keyboard.press('Escape');
  await page.reload();
  await openDocument(page, SEED_IDS[2]);
  await expect(page.locator('[data-command="undo"]')).toBeEnabled();
  await page.locator('[data-command="undo"]').click();
  await expect(page.getByLabel('Status')).toHaveValue('new');
  await expect(page.locator('[data-command="undo"]')).toBeDisabled();
  await expect(page.locator('[data-command="redo"]')).toBeEnabled();
});
