import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SEED_IDS, chooseFiles, openDocument, shot, start } from './helpers';

const row = (page: Page, id: string) => page.locator(`tr[data-doc-id="${id}"]`);

/** Escape clears a selection first, then leaves the document; a stopped clock runs again (the corpus list needs timers). */
async function leaveDocument(page: Page, clockStopped = false): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  if (clockStopped) await page.clock.resume();
  await expect(page.getByTestId('corpus-summary')).toBeVisible();
}

/** From now on the page's clock moves only when the test says so: the time figures are exact. */
async function stopClock(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Exports every set as gold JSONL with pending suggestions, checks the file with the CLI, returns its records. */
async function exportGold(page: Page, file: string): Promise<Array<{ id: string; meta: Record<string, unknown> }>> {
  await page.locator('[data-command="export"]').click();
  const dialog = page.getByTestId('export-dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await (await download).saveAs(file);
  execFileSync('node', ['bin/glose.mjs', 'validate', file], { stdio: 'pipe' });
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

test('suggestions accepted, changed and rejected are counted per document, undo takes a count back, and the export carries them', async ({
  page,
}, testInfo) => {
  await start(page, 'alice');
  await chooseFiles(page, 'import', ['e2e/fixtures/pending.jsonl']);
  await expect(page.getByTestId('notice')).toContainText('Imported 1 record');
  await openDocument(page, 'e2e_pending');
  const mentions = page.getByTestId('mention-list');
  const haftar = mentions.locator('[data-item-id="T1"]');
  // By keyboard: Haftar relabelled ORG with its key (a change), then undone with Ctrl+Z: the change is taken back.
  await haftar.locator('.item-main').click();
  await page.keyboard.press('o');
  await expect(haftar).not.toHaveClass(/pending/);
  await page.keyboard.press('Control+z');
  await expect(haftar).toHaveClass(/pending/);
  // Rejected: it fills the suggested attack's Attacker; both are suggestions, so it goes without a question.
  await haftar.getByTitle('Reject suggestion').click();
  await expect(haftar).toHaveCount(0);
  await expect(page.getByTestId('confirm-delete')).toBeHidden();
  // By mouse: Derna, then the attack's frame, accepted as suggested.
  await mentions.locator('[data-item-id="T2"]').getByTitle('Accept suggestion').click();
  await page.getByTestId('event-list').locator('[data-item-id="E1"]').getByTitle('Accept suggestion').click();
  await expect(page.getByTestId('pending-bar')).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await leaveDocument(page);
  const figures = row(page, 'e2e_pending').locator('.yield');
  await expect(figures).toHaveText('✓2 ✎0 ✕1');
  await expect(figures).toHaveAttribute('title', '2 accepted as suggested, 0 changed then accepted, 1 rejected (mentions and events)');
  await expect(page.getByTestId('corpus-summary').locator('[data-figure="yield"]')).toContainText('✓2 ✎0 ✕1');
  await expect(page.getByTestId('yield-share')).toHaveText('67 % of the 3 suggestions decided were accepted as they were.');
  await shot(page, testInfo, 'corpus-yield');
  const [record] = await exportGold(page, testInfo.outputPath('yield.jsonl'));
  expect(record.meta.suggestions).toEqual({
    accepted: 2,
    rejected: 1,
    changed: 0,
    mentions: { accepted: 1, rejected: 1, changed: 0 },
    events: { accepted: 1, rejected: 0, changed: 0 },
  });
  expect(Number.isInteger(record.meta.annotation_time_s)).toBe(true);
});

test('active time is the time between actions in a document, a gap over a minute left out; the chart compares the documents', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.clock.install();
  await start(page, 'alice');
  await expect(page.getByTestId('work-chart')).toContainText('Figures appear here once someone works in a document');
  await stopClock(page);
  await openDocument(page, SEED_IDS[0]);
  // A status makes the set that the export writes (selecting an option is no key, click or wheel: no time).
  await page.getByLabel('Status').selectOption('in-progress');
  const text = page.getByTestId('editor').locator('.doc-text');
  await page.clock.fastForward(20_000);
  await page.keyboard.press('Shift');
  await page.clock.fastForward(30_000);
  await text.click();
  await page.clock.fastForward(90_000); // away for a minute and a half: not counted
  const wheeled = page.evaluate(() => new Promise((done) => window.addEventListener('wheel', done, { once: true, capture: true })));
  await page.mouse.wheel(0, 200);
  await wheeled; // the wheel is an action: the next gap counts from it
  await page.clock.fastForward(10_000);
  await page.keyboard.press('Shift');
  await leaveDocument(page, true);
  await expect(row(page, SEED_IDS[0]).locator('td.time')).toHaveText('1 min 00 s');
  await stopClock(page);
  await openDocument(page, SEED_IDS[1]);
  await page.getByLabel('Status').selectOption('in-progress');
  await page.clock.fastForward(25_000);
  await page.keyboard.press('Shift');
  await leaveDocument(page, true);
  await expect(row(page, SEED_IDS[1]).locator('td.time')).toHaveText('25 s');
  await expect(page.getByTestId('corpus-summary').locator('[data-figure="time"]')).toHaveText('1 min 25 s annotating');
  await page.locator('[data-sort="time"]').click();
  await page.locator('[data-sort="time"]').click();
  await expect(page.locator('tbody tr').first()).toHaveAttribute('data-doc-id', SEED_IDS[0]);
  const canvas = page.getByTestId('work-chart').locator('canvas');
  await expect(canvas).toHaveAttribute('aria-label', /for 2 documents/);
  await canvas.scrollIntoViewIfNeeded();
  // Chart.js drew on the canvas: the time bars (accent colour) are there.
  await expect
    .poll(() =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let line = 0;
        for (let i = 0; i < data.length; i += 4)
          if (Math.abs(data[i] - 0x2f) < 12 && Math.abs(data[i + 1] - 0x6f) < 12 && Math.abs(data[i + 2] - 0xb3) < 12) line++;
        return line;
      }),
    )
    .toBeGreaterThan(50);
  await shot(page, testInfo, 'corpus-time-chart');
  const records = await exportGold(page, testInfo.outputPath('time.jsonl'));
  expect(records.map((r) => [r.id, r.meta.annotation_time_s])).toEqual([
    [SEED_IDS[0], 60],
    [SEED_IDS[1], 25],
  ]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});
