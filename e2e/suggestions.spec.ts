import { expect, test, type Page } from '@playwright/test';
import { SEED_IDS, openDocument, shot, start } from './helpers';

async function preannotate(page: Page) {
  await page.locator('[data-command="preannotate-document"]').click();
  const progress = page.getByTestId('progress-dialog');
  await expect(progress.getByRole('status')).toContainText('Added');
  await progress.getByRole('button', { name: 'Close', exact: true }).click();
}

const pendingCount = async (page: Page) => Number((await page.getByTestId('pending-bar').innerText()).match(/(\d+) pending/)?.[1] ?? 0);
const selectedItem = (page: Page) => page.locator('.side .item.selected');

test('suggestions look apart, tell their confidence, and are taken, dropped or relabelled one key each', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[0]);
  await preannotate(page);
  const editor = page.getByTestId('editor');
  const first = editor.locator('.mention.pending').first();
  await expect(first).toHaveAttribute('title', /suggestion \(heuristic, confidence 0\.\d\d\)/);
  await expect(page.locator('.side .item.pending .confidence').first()).toHaveText(/^0\.\d\d$/);
  const total = await pendingCount(page);

  // n: the first suggestion in reading order; Enter accepts it and the next one is selected.
  await page.keyboard.press('n');
  const firstText = await selectedItem(page).locator('.item-text').innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pending-bar')).toContainText(`${total - 1} pending`);
  await expect(selectedItem(page).locator('.item-text')).not.toHaveText(firstText);
  await expect(page.locator('.side .item:not(.pending)', { hasText: firstText }).first()).toBeVisible();

  // x rejects the selected suggestion and moves on.
  const rejected = await selectedItem(page).locator('.item-text').innerText();
  await page.keyboard.press('x');
  await expect(page.getByTestId('pending-bar')).toContainText(`${total - 2} pending`);
  await expect(page.locator('.side .item', { hasText: rejected })).toHaveCount(await page.locator('.side .item', { hasText: rejected }).count());

  // A label key on a suggestion (clicked in the text) relabels it and accepts it.
  await page.getByTestId('editor').locator('.mention.pending', { hasText: 'Sputnik' }).first().click();
  await expect(selectedItem(page).locator('.item-text')).toHaveText('Sputnik');
  await page.keyboard.press('g');
  await expect(page.getByTestId('pending-bar')).toContainText(`${total - 3} pending`);
  await expect(page.locator('.side .item:not(.pending)', { hasText: 'Sputnik' }).first().locator('.chip')).toHaveText('GPE');

  // Shift+N goes back to the suggestion before.
  const now = await selectedItem(page).locator('.item-text').innerText();
  await page.keyboard.press('Shift+N');
  await expect(selectedItem(page).locator('.item-text')).not.toHaveText(now);
  await shot(page, testInfo, 'suggestions-walk');

  // Undo takes the last decision back.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('pending-bar')).toContainText(`${total - 2} pending`);
});

test('all suggestions of a label, or above a confidence chosen on the slider, are accepted or rejected at once', async ({ page }, testInfo) => {
  await start(page);
  await openDocument(page, SEED_IDS[0]);
  await preannotate(page);
  const tools = page.getByTestId('suggestion-tools');
  await tools.locator('tr[data-suggestion-label="TIME"]').getByRole('button', { name: 'Accept all TIME' }).click();
  await expect(page.getByTestId('editor').locator('.mention.pending[data-label="TIME"]')).toHaveCount(0);
  await expect(page.getByTestId('editor').locator('.mention[data-label="TIME"]').first()).toBeVisible();

  const slider = tools.getByLabel('Confidence threshold');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(tools.getByTestId('threshold')).toHaveText('0.70');
  const reject = tools.getByRole('button', { name: /^Reject \d+ below$/ });
  const below = Number((await reject.innerText()).match(/\d+/)![0]);
  const before = await pendingCount(page);
  await shot(page, testInfo, 'suggestions-slider');
  await reject.click();
  await expect(page.getByTestId('pending-bar')).toContainText(`${before - below} pending`);
  const left = await page.locator('.side .item.pending .confidence').allInnerTexts();
  expect(left.every((c) => Number(c) >= 0.7)).toBe(true);
  await tools.getByRole('button', { name: /^Accept \d+ at ≥ 0\.70$/ }).click();
  await expect(page.getByTestId('pending-bar')).toBeHidden();
});
