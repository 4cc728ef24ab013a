import { expect, type Page, type TestInfo } from '@playwright/test';

export const SEED_IDS = ['000_160f67e45fa3422c', '001_04f88fb076471c09', '002_83a503b80b4f3726', '003_1e9003a3cd02f9f3', '004_f1489135e84662e9'];

/** Opens the app on a fresh profile and answers the first-start question for the annotator name. */
export async function start(page: Page, annotator = 'tester'): Promise<void> {
  await page.goto('/');
  const dialog = page.getByTestId('annotator-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Annotator name').fill(annotator);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('tbody tr')).toHaveCount(5);
}

/** Saves a screenshot in e2e/artifacts and attaches it to the report. */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = `e2e/artifacts/${name}.png`;
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

export async function openDocument(page: Page, docId: string): Promise<void> {
  await page.locator(`tr[data-doc-id="${docId}"]`).click();
  await expect(page.getByTestId('editor').locator('.doc-text')).toBeVisible();
}

/** Clicks a toolbar command and hands the resulting file chooser the given files. */
export async function chooseFiles(page: Page, command: string, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator(`[data-command="${command}"]`).click();
  await (await chooser).setFiles(files);
}

/** Listens for Content-Security-Policy violations and page errors from the start. */
export async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}
