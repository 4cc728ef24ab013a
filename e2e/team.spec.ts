import { expect, test, type Browser, type Page } from '@playwright/test';
import { dragOver, drawn, saved } from './editor-helpers';
import { SEED_IDS, openDocument, shot, start } from './helpers';

/**
 * A team on the server of scripts/e2e-server.ts (started by playwright.config.ts): two annotators and
 * a reviewer, each in a browser context of their own as on three laptops.
 */
const serverPort = Number(process.env.E2E_SERVER_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const SERVER = `http://127.0.0.1:${serverPort}`;
/** As in scripts/e2e-server.ts. */
const PASSWORD = 'e2e-password';
const SEED = SEED_IDS[0];

async function signedIn(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await start(page, name);
  await page.goto('/#/settings');
  await page.getByRole('tab', { name: 'Team server' }).click();
  await page.getByLabel('Server address').fill(SERVER);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in')).toContainText(`as ${name}`);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-status', 'synced');
  await page.goto('/#/');
  return page;
}

/** Offline, labels a span of the seed; the header counts it as waiting until the network is back. */
async function annotateOffline(page: Page, needle: string, key: string, options: { from?: number; to?: number } = {}): Promise<void> {
  await page.context().setOffline(true);
  await openDocument(page, SEED);
  await dragOver(page, needle, options);
  await page.keyboard.press(key);
  await saved(page);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-status', 'offline');
  await expect(page.getByTestId('sync-state')).toHaveText('Offline · 1 waiting');
}

async function reconnect(page: Page): Promise<void> {
  await page.context().setOffline(false);
  await page.getByTestId('sync-state').click();
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-status', 'synced');
  await expect(page.getByTestId('sync-state')).toHaveText('Synced');
}

test('two annotators work offline, reconnect, and the reviewer sees both sets', async ({ browser }, testInfo) => {
  const anna = await signedIn(browser, 'anna');
  const bob = await signedIn(browser, 'bob');
  // Every seed goes to both annotators; an annotator is told only of their own assignments.
  await expect(anna.locator(`tr[data-doc-id="${SEED}"] .assigned`)).toHaveText('you');

  await annotateOffline(anna, 'Khalifa Haftar a détruit', 'p', { from: 2, to: 11 });
  await annotateOffline(bob, "l'armée nationale libyenne", 'o');
  await shot(anna, testInfo, 'team-offline');
  await reconnect(anna);
  await reconnect(bob);

  const rita = await signedIn(browser, 'rita');
  const row = rita.locator(`tr[data-doc-id="${SEED}"]`);
  await expect(row.locator('.assigned')).toHaveText('anna, bob');
  await expect(row.locator('.who[data-annotator="anna"]')).toHaveText('anna in-progress');
  await expect(row.locator('.who[data-annotator="bob"]')).toHaveText('bob in-progress');
  await openDocument(rita, SEED);
  const sets = rita.getByLabel('Annotation set');
  await expect(sets.locator('option')).toHaveText(['rita', 'anna', 'bob']);
  await sets.selectOption('anna');
  await expect.poll(() => drawn(rita, 'PER')).toEqual(['Khalifa Haftar']);
  await sets.selectOption('bob');
  await expect.poll(() => drawn(rita, 'ORG')).toEqual(['armée nationale libyenne']);
  // Bob's set is bob's: the reviewer reads it, a label key changes nothing and says why.
  await expect(rita.locator('.other-set')).toHaveText('bob’s set, read-only');
  await dragOver(rita, 'Derna');
  await rita.keyboard.press('g');
  await expect(rita.getByTestId('notice')).toContainText('This is bob’s set');
  expect(await drawn(rita, 'GPE')).toEqual([]);
  await shot(rita, testInfo, 'team-reviewer');

  // Blind annotation: anna never receives bob's set.
  await anna.goto('/#/');
  await expect(anna.locator(`tr[data-doc-id="${SEED}"] .who`)).toHaveText(['anna in-progress']);
});

test('a wrong password is refused with the server’s reason, and the app goes on without a server', async ({ page }) => {
  await start(page, 'anna');
  await page.goto('/#/settings');
  await page.getByRole('tab', { name: 'Team server' }).click();
  await page.getByLabel('Server address').fill(SERVER);
  await page.getByLabel('Name', { exact: true }).fill('anna');
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-problem')).toHaveText('this name and password do not match');
  await expect(page.getByTestId('sync-state')).toHaveCount(0);
});
