import { expect, test, type Page } from '@playwright/test';
import { SEED_IDS, chooseFiles, shot, start } from './helpers';

const rowIds = (page: Page) => page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc-id')));
const row = (page: Page, id: string) => page.locator(`tr[data-doc-id="${id}"]`);

test('a click on a header sorts by that column, again turns it round, and the order survives a reload', async ({ page }, testInfo) => {
  await start(page, 'alice');
  await chooseFiles(page, 'import', ['e2e/fixtures/pending.jsonl', 'e2e/fixtures/nested.jsonl']);
  await expect(page.locator('tbody tr')).toHaveCount(7);
  const mentions = page.locator('th', { has: page.locator('[data-sort="mentions"]') });
  await page.locator('[data-sort="mentions"]').click();
  await expect(mentions).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => rowIds(page).then((ids) => ids.slice(-2))).toEqual(['e2e_pending', 'e2e_nested']);
  await page.locator('[data-sort="mentions"]').click();
  await expect(mentions).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => rowIds(page).then((ids) => ids.slice(0, 2))).toEqual(['e2e_nested', 'e2e_pending']);
  await shot(page, testInfo, 'corpus-sorted-by-mentions');
  await page.reload();
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Mentions');
  await expect.poll(() => rowIds(page).then((ids) => ids.slice(0, 2))).toEqual(['e2e_nested', 'e2e_pending']);
  // Sorting by date puts the undated documents first, the 2019 one last.
  await page.locator('[data-sort="date"]').click();
  await expect.poll(() => rowIds(page).then((ids) => ids.at(-1))).toBe('e2e_nested');
});

test('the arrow keys, Home and End move through the rows; Enter opens one, Escape comes back to it', async ({ page }) => {
  await start(page);
  const order = await rowIds(page);
  await page.keyboard.press('ArrowDown');
  await expect(row(page, order[0]!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(row(page, order[2]!)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row(page, order[1]!)).toBeFocused();
  await page.keyboard.press('End');
  await expect(row(page, order[4]!)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(row(page, order[0]!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor').locator('.doc-text')).toBeVisible();
  expect(page.url()).toContain(encodeURIComponent(order[1]!));
  await page.keyboard.press('Escape');
  await expect(row(page, order[1]!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, order[2]!)).toBeFocused();
});

test('each document shows its progress, who annotated it and how far, and whether it is adjudicated; the corpus adds them up', async ({ page }, testInfo) => {
  await start(page, 'alice');
  await chooseFiles(page, 'import', ['e2e/fixtures/team.jsonl', 'test/fixtures/seeds.A.jsonl', 'test/fixtures/seeds.gold.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 13 records');
  const team = row(page, 'e2e_team');
  // alice's own set is shown: 2 mentions, 1 still a suggestion.
  await expect(team.locator('.progress-text')).toHaveText('1/2');
  await expect(team.locator('td.pending-count')).toHaveText('1');
  await expect(team.locator('.who[data-annotator="alice"]')).toHaveText('alice in-progress');
  await expect(team.locator('.who[data-annotator="bob"]')).toHaveText('bob done');
  await expect(team.locator('.who')).toHaveCount(2);
  await expect(team.locator('.gold')).toHaveText('in-progress');
  const seed = row(page, SEED_IDS[0]);
  await expect(seed.locator('.who')).toHaveText(['A done']);
  await expect(seed.locator('.gold')).toHaveText('✓ adjudicated');
  const summary = page.getByTestId('corpus-summary');
  // Every set here is done or adjudicated but alice's of e2e_team.
  await expect(summary.locator('.summary-done .progress-text')).toHaveText('5/6');
  const column = (n: number) =>
    page
      .locator(`tbody td:nth-child(${n})`)
      .allTextContents()
      .then((t) => t.reduce((sum, x) => sum + Number(x), 0));
  await expect(summary.locator('[data-figure="mentions"]')).toHaveText(`${await column(5)} mentions`);
  await expect(summary.locator('[data-figure="events"]')).toHaveText(`${await column(6)} events`);
  expect(await column(5)).toBeGreaterThan(300);
  await expect(summary.locator('[data-figure="pending"]')).toHaveText('1 pending suggestion');
  await shot(page, testInfo, 'corpus-annotators-gold');
  await page.locator('[data-sort="gold"]').click();
  await page.locator('[data-sort="gold"]').click();
  await expect.poll(() => rowIds(page).then((ids) => ids.indexOf('e2e_team'))).toBe(5);
});

test('a document is removed after a confirmation that says what goes, by keyboard or by mouse, and stays removed', async ({ page }, testInfo) => {
  await start(page, 'alice');
  await chooseFiles(page, 'import', ['e2e/fixtures/team.jsonl']);
  await expect(page.locator('tbody tr')).toHaveCount(6);
  const team = row(page, 'e2e_team');
  await team.focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByTestId('remove-dialog');
  await expect(dialog).toContainText('the annotation sets of alice, bob, gold');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shot(page, testInfo, 'remove-document-dialog');
  // Escape keeps everything, and the keyboard is back on the row.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(team).toBeFocused();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Remove document' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('Removed “Les milices de Misrata ont repris Syrte.” with its 3 annotation sets');
  await expect(team).toHaveCount(0);
  await expect(page.locator('tbody tr')).toHaveCount(5);
  // By mouse: the row's ×, then the dialog's button.
  const seed = row(page, SEED_IDS[2]);
  await seed.hover();
  await seed.getByRole('button', { name: /^Remove / }).click();
  await page.getByTestId('remove-dialog').getByRole('button', { name: 'Remove document' }).click();
  await expect(page.getByTestId('notice')).toContainText('Removed');
  await expect(page.locator('tbody tr')).toHaveCount(4);
  await page.reload();
  await expect(page.locator('tbody tr')).toHaveCount(4);
  await expect(row(page, 'e2e_team')).toHaveCount(0);
  await expect(row(page, SEED_IDS[2])).toHaveCount(0);
});

test('the corpus is usable at 1024×640', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await start(page, 'alice');
  await chooseFiles(page, 'import', ['e2e/fixtures/team.jsonl', 'e2e/fixtures/pending.jsonl', 'test/fixtures/seeds.A.jsonl', 'test/fixtures/seeds.gold.jsonl']);
  await expect(page.locator('tbody tr')).toHaveCount(7);
  await page.keyboard.press('ArrowDown');
  await shot(page, testInfo, 'corpus-1024x640');
  // Nothing sticks out sideways: the table fits the window.
  const overflow = await page.locator('.main').evaluate((main) => main.scrollWidth - main.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const header of ['Title', 'Progress', 'Annotators', 'Gold', 'Time', 'Suggestions']) await expect(page.locator('th', { hasText: header })).toBeVisible();
});
