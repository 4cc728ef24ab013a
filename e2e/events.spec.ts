import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { parseGoldJsonl } from '../src/shared/formats/gold-jsonl';
import type { GoldRecord } from '../src/shared/model/types';
import { SchemaIndex, frConflictNews } from '../src/shared/schema';
import { clickText, dragOver, drawn } from './editor-helpers';
import { SEED_IDS, shot, start } from './helpers';

/**
 * The worked example of the guidelines (seed 000): armée nationale libyenne ORG, Khalifa Haftar PER,
 * un poste de commandement FAC, Derna GPE; détruit → Conflict.Attack (Attacker, Target); chasser →
 * Conflict.TakeControl (Agent, Territory), realis other. Built once by keyboard only, once by mouse only.
 */
const SEED = SEED_IDS[0];

async function exportGold(page: Page, testInfo: TestInfo, byKeyboard: boolean): Promise<GoldRecord> {
  const download = page.waitForEvent('download');
  if (byKeyboard) {
    await page.keyboard.press('Control+e');
    await expect(page.getByTestId('export-dialog')).toBeVisible();
    await page.keyboard.press('Enter');
  } else {
    await page.locator('[data-command="export"]').click();
    await page.getByTestId('export-dialog').getByRole('button', { name: 'Export' }).click();
  }
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  const parsed = parseGoldJsonl(readFileSync(file, 'utf8'), { file, schema: new SchemaIndex(frConflictNews) });
  expect(parsed.errors).toEqual([]);
  execFileSync('node', ['bin/glose.mjs', 'validate', file], { stdio: 'pipe' });
  return parsed.records.find((r) => r.id === SEED)!;
}

/** The worked example's mentions, in reading order: [text, label]. */
const WORKED_MENTIONS = [
  ['armée nationale libyenne', 'ORG'],
  ['Khalifa Haftar', 'PER'],
  ['un poste de commandement', 'FAC'],
  ['Derna', 'GPE'],
];

/** The key the schema gives a label (P for PER…), as the annotator presses it. */
const labelKey = (label: string) => frConflictNews.entities.find((l) => l.name === label)!.key.toLowerCase();

function expectWorkedExample(record: GoldRecord) {
  const text = (id: string) => record.entities.find((m) => m.id === id)?.text;
  expect(record.entities.map((m) => [m.text, m.label])).toEqual(WORKED_MENTIONS);
  const frames = record.events.map((e) => ({
    type: e.type,
    trigger: e.trigger.text,
    args: e.arguments.map((a) => `${a.role}=${text(a.entity)}`),
    realis: e.attributes?.realis,
  }));
  expect(frames).toEqual([
    { type: 'Conflict.Attack', trigger: 'détruit', args: ['Attacker=armée nationale libyenne', 'Target=un poste de commandement'], realis: 'actual' },
    { type: 'Conflict.TakeControl', trigger: 'chasser', args: ['Agent=armée nationale libyenne', 'Territory=Derna'], realis: 'other' },
  ]);
}

/** Moves the selection to the first place the text occurs, from the keyboard (Ctrl+F, Enter, Escape). */
async function findAndSelect(page: Page, text: string) {
  await page.keyboard.press('Control+f');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

test('the worked example of the guidelines, by keyboard only, exports as gold JSONL', async ({ page }, testInfo) => {
  await start(page);
  // The corpus list from the keyboard: down to the seed's row (sorted by title), Enter.
  await page.keyboard.press('Home');
  while (!(await page.locator(`tr[data-doc-id="${SEED}"]`).evaluate((row) => row === document.activeElement))) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-id')).toHaveText(SEED);
  for (const [text, label] of WORKED_MENTIONS) {
    await findAndSelect(page, text);
    await page.keyboard.press(labelKey(label));
  }
  // détruit: Shift+A makes the attack; 1 picks Attacker (the first mention it takes is the army), Enter fills it;
  // 2 picks Target, Tab twice reaches the command post, Enter.
  await findAndSelect(page, 'détruit');
  await page.keyboard.press('Shift+A');
  await expect(page.getByTestId('frame-panel')).toContainText('Conflict.Attack');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('frame-panel').locator('[data-role-row="Target"]')).toContainText('un poste de commandement');
  await page.keyboard.press('Escape');
  // chasser: Shift+C, Agent = the army, Territory = Derna (one Tab past the command post), realis twice to "other".
  await findAndSelect(page, 'chasser');
  await page.keyboard.press('Shift+C');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  await page.keyboard.press('r');
  const frame = page.getByTestId('frame-panel');
  await expect(frame.locator('[data-role-row="Territory"]')).toContainText('Derna');
  await expect(frame.getByRole('radio', { name: 'other' })).toHaveAttribute('aria-checked', 'true');
  await shot(page, testInfo, 'events-takecontrol-selected');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  expectWorkedExample(await exportGold(page, testInfo, true));
});

test('the worked example of the guidelines, by mouse only, exports as gold JSONL', async ({ page }, testInfo) => {
  await start(page);
  await page.locator(`tr[data-doc-id="${SEED}"]`).click();
  // The text is there before it is dragged over (the document opens from the database a moment later).
  await expect(page.getByTestId('editor').locator('.doc-text')).toBeVisible();
  const tools = page.getByTestId('selection-tools');
  for (const [text, label] of WORKED_MENTIONS) {
    await dragOver(page, text);
    await tools.getByRole('button', { name: label, exact: true }).click();
  }
  const frame = page.getByTestId('frame-panel');
  await dragOver(page, 'détruit');
  await tools.getByRole('button', { name: 'Conflict.Attack' }).click();
  await frame.locator('[data-role-row="Attacker"] .role-pick').click();
  await clickText(page, 'armée nationale libyenne', { at: 3 });
  await frame.locator('[data-role-row="Target"] .role-pick').click();
  await clickText(page, 'poste de commandement', { at: 2 });
  await expect(frame.locator('[data-role-row="Target"]')).toContainText('un poste de commandement');
  await shot(page, testInfo, 'events-attack-selected');
  await dragOver(page, 'chasser');
  await tools.getByRole('button', { name: 'Conflict.TakeControl' }).click();
  await frame.locator('[data-role-row="Agent"] .role-pick').click();
  await clickText(page, 'armée nationale libyenne', { at: 3 });
  await frame.locator('[data-role-row="Territory"] .role-pick').click();
  await clickText(page, 'Derna dans', { at: 1 });
  await frame.getByRole('radio', { name: 'other' }).click();
  await expect(frame.locator('[data-role-row="Agent"]')).toContainText('armée nationale libyenne');
  // The event list shows each frame with its filled and empty roles; a click there selects the event in the text.
  const list = page.getByTestId('event-list');
  await expect(list.locator('.item').first()).toContainText('Attacker armée nationale libyenne');
  await expect(list.locator('.item').first()).toContainText('empty: Instrument, Place, Time');
  await list.locator('.item').first().locator('.args').click();
  await expect(frame).toContainText('détruit');
  await expect(page.locator('.doc-text .argument[data-role="Attacker"]')).toHaveCount(1);
  await shot(page, testInfo, 'events-list-attack-selected');
  expectWorkedExample(await exportGold(page, testInfo, false));
});

test('an argument is refused when the role does not take its label, removed with one click, and a retype asks first', async ({ page }) => {
  await start(page);
  await page.locator(`tr[data-doc-id="${SEED}"]`).click();
  await dragOver(page, 'dimanche');
  await page.keyboard.press('t');
  await dragOver(page, 'Derna dans', { to: 5 });
  await page.keyboard.press('g');
  await dragOver(page, 'détruit');
  await page.keyboard.press('Shift+A');
  const frame = page.getByTestId('frame-panel');
  await frame.locator('[data-role-row="Time"] .role-pick').click();
  await clickText(page, 'Derna dans', { at: 1 });
  await expect(page.getByTestId('notice')).toContainText('Conflict.Attack.Time takes TIME; “Derna” is GPE.');
  await clickText(page, 'dimanche', { at: 2 });
  await expect(frame.locator('[data-role-row="Time"]')).toContainText('dimanche');
  await frame.locator('[data-role-row="Place"] .role-pick').click();
  await clickText(page, 'Derna dans', { at: 1 });
  await frame.getByRole('button', { name: 'Remove Time dimanche' }).click();
  await expect(frame.locator('[data-role-row="Time"]')).not.toContainText('dimanche');
  // Conflict.Ceasefire keeps Place and Time; Movement.Transport has no Place: its loss is named first.
  await frame.getByLabel('Event type').selectOption('Movement.Transport');
  await expect(page.getByTestId('confirm-retype')).toContainText('Place: Derna');
  await page.getByTestId('confirm-retype').getByRole('button', { name: 'Retype and remove them' }).click();
  await expect(frame).toContainText('Movement.Transport');
  await page.keyboard.press('Control+z');
  await expect(frame).toContainText('Conflict.Attack');
  await expect(frame.locator('[data-role-row="Place"]')).toContainText('Derna');
  // Deleting a mention that fills a role says so first; Cancel keeps both, confirming takes both, undo brings both back.
  await page.keyboard.press('Escape');
  await clickText(page, 'Derna dans', { at: 1 });
  await page.keyboard.press('Delete');
  const ask = page.getByTestId('confirm-delete');
  await expect(ask).toContainText('Conflict.Attack.Place');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => drawn(page, 'GPE')).toEqual(['Derna']);
  await page.keyboard.press('Delete');
  await ask.getByRole('button', { name: 'Delete it and its arguments' }).click();
  await expect.poll(() => drawn(page, 'GPE')).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => drawn(page, 'GPE')).toEqual(['Derna']);
  await page.locator('.doc-text .trigger').first().click();
  await expect(frame.locator('[data-role-row="Place"]')).toContainText('Derna');
});
