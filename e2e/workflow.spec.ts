import { expect, test } from '@playwright/test';
import { clickText, dragOver, drawn, saved } from './editor-helpers';
import { SEED_IDS, openDocument, shot, start } from './helpers';

test('label all occurrences: counted first, in the document or the whole corpus, one undo takes the batch back', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[0]);
  // "Derna": three times in seed 000, and in other seeds too.
  await dragOver(page, 'Derna dans', { to: 5 });
  await page.keyboard.press('g');
  await page.keyboard.press('Control+Shift+L');
  const dialog = page.getByTestId('occurrences');
  await expect(dialog.getByTestId('occurrence-counts')).toContainText(/2 in this document; \d+ in \d+ documents? of the corpus/);
  await shot(page, testInfo, 'occurrences-dialog');
  await dialog.getByRole('button', { name: /in this document \(2\)/ }).click();
  await expect.poll(async () => (await drawn(page, 'GPE')).length).toBe(3);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await drawn(page, 'GPE')).length).toBe(1);

  // The same in the corpus: the other seeds get theirs, and one undo removes them everywhere.
  await page.getByTestId('editor').locator('.mention[data-label="GPE"]').first().click();
  await page.keyboard.press('Control+Shift+L');
  const corpusButton = dialog.getByRole('button', { name: /Label as GPE in the corpus \(\d+\)/ });
  await expect(corpusButton).toBeEnabled();
  const inCorpus = Number((await corpusButton.innerText()).match(/\((\d+)\)/)![1]);
  await corpusButton.click();
  await expect(page.getByTestId('notice')).toContainText(`Labelled ${inCorpus} occurrences of “Derna”`);
  await expect.poll(async () => (await drawn(page, 'GPE')).length).toBe(3);
  const other = page.locator('[data-command="next-document"]');
  await other.click();
  const inOther = page.getByTestId('editor').locator('.mention[data-label="GPE"]');
  const count = await inOther.count();
  await page.locator('[data-command="previous-document"]').click();
  await expect.poll(async () => (await drawn(page, 'GPE')).length).toBe(3);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await drawn(page, 'GPE')).length).toBe(1);
  await other.click();
  await expect(page.getByTestId('editor').locator('.mention[data-label="GPE"]')).toHaveCount(0);
  expect(count).toBeGreaterThanOrEqual(0);
});

test('marking done with pending suggestions asks first; reopen; next and previous document by key and button', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[1]);
  await page.locator('[data-command="preannotate-document"]').click();
  await page.getByTestId('progress-dialog').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('pending-bar')).toBeVisible();
  await page.locator('[data-command="mark-done"]').click();
  const ask = page.getByTestId('done-pending');
  await expect(ask).toContainText(/\d+ suggestions are still pending/);
  await shot(page, testInfo, 'done-with-pending');
  await ask.getByRole('button', { name: 'Keep pending, mark done' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('done');
  await expect(page.getByTestId('pending-bar')).toBeVisible();
  await page.locator('[data-command="reopen-document"]').click();
  await expect(page.getByLabel('Status')).toHaveValue('in-progress');
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('done-pending').getByRole('button', { name: 'Accept them, mark done' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('done');
  await expect(page.getByTestId('pending-bar')).toBeHidden();
  await saved(page);

  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.doc-id')).toHaveText(SEED_IDS[2]);
  await page.locator('[data-command="previous-document"]').click();
  await expect(page.locator('.doc-id')).toHaveText(SEED_IDS[1]);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.doc-id')).toHaveText(SEED_IDS[0]);
});

test('Escape first closes the search, then clears the selection, and only then leaves the document', async ({ page }) => {
  await start(page);
  await openDocument(page, SEED_IDS[0]);
  await dragOver(page, 'Derna dans', { to: 5 });
  await page.keyboard.press('g');
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('search-bar')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-bar')).toBeHidden();
  await expect(page.locator('.side .item.selected')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.side .item.selected')).toHaveCount(0);
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('tbody tr[data-doc-id]')).toHaveCount(5);
});

test('find in the document: every hit highlighted, F3 goes from hit to hit, a key labels the hit, every hit at once', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[0]);
  await page.keyboard.press('Control+f');
  await page.getByLabel('Find in the document').fill('derna');
  await expect(page.getByTestId('hit-count')).toHaveText('– of 3');
  await expect(page.locator('.doc-text .hit')).toHaveCount(3);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hit-count')).toHaveText('1 of 3');
  await page.keyboard.press('F3');
  await expect(page.getByTestId('hit-count')).toHaveText('2 of 3');
  await expect(page.locator('.doc-text .hit.current')).toHaveCount(1);
  await shot(page, testInfo, 'find-in-document');
  // The current hit is selected: a label key in the text labels it.
  await page.getByTestId('editor').locator('.doc-text').focus();
  await page.keyboard.press('g');
  await expect.poll(() => drawn(page, 'GPE')).toEqual(['Derna']);
  await page.getByLabel('Label for every hit').selectOption('GPE');
  await page.getByRole('button', { name: 'Label 3 hits' }).click();
  await expect.poll(async () => (await drawn(page, 'GPE')).length).toBe(3);
});

test('find in the corpus lists every document with hits; a result opens the document on its hits', async ({ page }, testInfo) => {
  await start(page);
  await page.keyboard.press('Control+Shift+F');
  await page.getByLabel('Find in the corpus').fill('Haftar');
  const results = page.getByTestId('corpus-hits');
  await expect(results).toContainText(/\d+ hits in \d+ documents/);
  await expect(results.locator('mark').first()).toHaveText('Haftar');
  await shot(page, testInfo, 'find-in-corpus');
  await results.locator('li button').first().click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.locator('.doc-text .hit').first()).toBeVisible();
});

test('the command palette finds a command or a label by a few letters; the shortcut sheet shows the schema keys', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[0]);
  await dragOver(page, 'Moscou');
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('palette');
  await palette.getByRole('textbox', { name: 'Command' }).fill('label gpe');
  await expect(palette.locator('[role=option]').first()).toContainText('Label as GPE');
  await shot(page, testInfo, 'palette');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect.poll(() => drawn(page, 'GPE')).toEqual(['Moscou']);
  await clickText(page, 'Tripoli et le');
  await page.keyboard.press('?');
  const help = page.getByTestId('help');
  await expect(help.locator('.help-row', { hasText: 'Label as PER' })).toContainText('P');
  await expect(help.locator('.help-row', { hasText: 'Event Conflict.Attack' })).toContainText('Shift+A');
  await expect(help.locator('.help-row', { hasText: 'Command palette' })).toContainText('Ctrl+K');
});
