/// <reference lib="dom" />
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { applyOperation } from '../src/shared/model/operations';
import type { AnnotationSet } from '../src/shared/model/types';
import { clickText, dragOver, drawn, saved } from './editor-helpers';
import { SEED_IDS, openDocument, start } from './helpers';
import { readStored, shownItems, storedItems, type Stored } from './stored-state';

/**
 * Two tabs of one browser profile (same origin, same IndexedDB) on the same document and annotator,
 * both editing fast, one of them reloaded and the other closed in the middle. An operation counts as
 * acknowledged when its tab drew it and said "Saved"; every acknowledged one must be in the stored set,
 * the set must be exactly what its operation log replays to, and both tabs must end up drawing it.
 */

const SEED = SEED_IDS[0];
const ANNOTATOR = 'tester';

/** Words no suggestion covers, one list per tab: [text to select, label key, label]. */
const WORDS_A: Array<[string, string, string]> = [
  ['télévision tunisienne', 'o', 'ORG'],
  ['quartiers', 'l', 'LOC'],
  ['couloir humanitaire', 'l', 'LOC'],
  ['médias locaux', 'o', 'ORG'],
  ['milices islamistes', 'o', 'ORG'],
  ['habitants', 'p', 'PER'],
];
const WORDS_B: Array<[string, string, string]> = [
  ['informations', 'o', 'ORG'],
  ['données', 'o', 'ORG'],
  ['organisation terroriste', 'o', 'ORG'],
  ['côtière', 'l', 'LOC'],
];

async function openTab(context: BrowserContext): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(`/#/doc/${SEED}`);
  await expect(tab.getByTestId('editor').locator('.doc-text')).toBeVisible();
  return tab;
}

async function preannotate(page: Page) {
  await page.locator('[data-command="preannotate-document"]').click();
  const progress = page.getByTestId('progress-dialog');
  await expect(progress.getByRole('status')).toContainText('Added');
  await progress.getByRole('button', { name: 'Close', exact: true }).click();
  await saved(page);
}

interface Acknowledged {
  labelled: Array<{ text: string; label: string }>;
  accepted: string[];
  rejected: Array<{ id: string; text: string }>;
}

/**
 * Selects the words and presses the label key; resolves once the tab drew the mention and said Saved.
 * The other tab's changes are drawn while the mouse moves (a label chip appearing earlier on the line
 * shifts the words under it), so a drag that did not select exactly the words is made again, after a
 * click that collapses it (pressing inside a selection would drag the selected text instead). No key
 * was pressed then: nothing was asked of the app, and a person would drag again too.
 */
async function label(tab: Page, [text, key, name]: [string, string, string], acknowledged: Acknowledged) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await dragOver(tab, text);
    if ((await tab.evaluate(() => String(getSelection()))) === text) break;
    await clickText(tab, text);
  }
  await tab.keyboard.press(key);
  await expect.poll(() => drawn(tab, name)).toContain(text);
  await saved(tab);
  acknowledged.labelled.push({ text, label: name });
}

const selectedId = (tab: Page) => tab.locator('.side .item.selected').getAttribute('data-item-id');

/** n, then Enter (accept) or x (reject) on the suggestion it selected. */
async function decide(tab: Page, accept: boolean, acknowledged: Acknowledged) {
  await tab.keyboard.press('n');
  const id = await selectedId(tab);
  expect(id).toBeTruthy();
  const item = tab.locator(`.side .item[data-item-id="${id}"]`);
  const text = await item.locator('.item-text').innerText();
  await tab.keyboard.press(accept ? 'Enter' : 'x');
  if (accept) await expect(item).not.toHaveClass(/pending/);
  else {
    // A suggestion that fills a role of an accepted event asks first; the person confirms.
    const ask = tab.getByTestId('confirm-delete');
    await expect.poll(async () => (await ask.isVisible()) || (await item.count()) === 0).toBe(true);
    if (await ask.isVisible()) await ask.getByRole('button', { name: 'Delete it and its arguments' }).click();
    await expect(item).toHaveCount(0);
  }
  await saved(tab);
  if (accept) acknowledged.accepted.push(id!);
  else acknowledged.rejected.push({ id: id!, text });
}

async function setStatus(tab: Page, status: string) {
  await tab.getByLabel('Status').selectOption(status);
  await expect(tab.getByLabel('Status')).toHaveValue(status);
  await saved(tab);
}

/** The set the operation log replays to, from nothing: equal to the stored set when no operation is missing from the log. */
function replay(stored: Stored): AnnotationSet {
  let set: AnnotationSet = { ...stored.set!, status: 'new', entities: [], events: [] };
  for (const operation of stored.operations) {
    const result = applyOperation(set, operation);
    if (!result.ok) throw new Error(`the log does not replay: ${result.reason}`);
    set = result.set;
  }
  return set;
}

test('rapid edits in two tabs on one document: nothing shown as saved is lost, and both tabs show the stored set', async ({ page, context }) => {
  test.setTimeout(180_000);
  await start(page, ANNOTATOR);
  await openDocument(page, SEED);
  await preannotate(page);
  let a = page;
  let b = await openTab(context);
  const acknowledged: Acknowledged = { labelled: [], accepted: [], rejected: [] };

  const burstA = async () => {
    for (const [i, word] of WORDS_A.entries()) {
      if (i === 3) {
        // Closed mid-burst: a gesture made, the tab closed without waiting, then opened again.
        await dragOver(a, 'Al-Qaïda');
        await a.keyboard.press('l');
        await a.close();
        a = await openTab(context);
      }
      await label(a, word, acknowledged);
      if (i === 1) await setStatus(a, 'adjudicated');
    }
  };
  const burstB = async () => {
    for (const [i, word] of WORDS_B.entries()) {
      await label(b, word, acknowledged);
      await decide(b, true, acknowledged);
      await decide(b, false, acknowledged);
      if (i === 1) {
        // Reloaded mid-burst: a decision made, the page reloaded without waiting.
        await b.keyboard.press('n');
        await b.keyboard.press('Enter');
        await b.reload();
        await expect(b.getByTestId('editor').locator('.doc-text')).toBeVisible();
      }
      if (i === 2) await setStatus(b, 'in-progress');
    }
  };
  await Promise.all([burstA(), burstB()]);
  await Promise.all([saved(a), saved(b)]);

  const stored = await readStored(a, SEED, ANNOTATOR);
  const set = stored.set!;
  const mention = (text: string, label: string) => set.entities.find((m) => m.text === text && m.label === label);
  for (const { text, label } of acknowledged.labelled) expect(mention(text, label), `${label} “${text}”`).toMatchObject({ text, label });
  for (const id of acknowledged.accepted) {
    const item = [...set.entities, ...set.events].find((x) => x.id === id);
    expect(item, `accepted ${id}`).toBeDefined();
    expect(item!.source, `accepted ${id}`).not.toBe('heuristic');
  }
  for (const { id, text } of acknowledged.rejected) {
    const same = [...set.entities.filter((m) => m.id === id && m.text === text), ...set.events.filter((e) => e.id === id && e.trigger.text === text)];
    expect(same, `rejected ${id} “${text}”`).toEqual([]);
  }
  expect(acknowledged.labelled).toHaveLength(WORDS_A.length + WORDS_B.length);
  // Ids stay unique although both tabs made mentions at the same time.
  expect(new Set(set.entities.map((m) => m.id)).size).toBe(set.entities.length);
  // The set is what its log replays to: no write bypassed the log, none of the log is missing.
  const replayed = replay(stored);
  expect(storedItems(replayed)).toEqual(storedItems(set));
  expect(replayed.status).toBe(set.status);

  // Both tabs end up drawing exactly the stored set, with its status.
  await expect.poll(() => shownItems(a)).toEqual(storedItems(set));
  await expect.poll(() => shownItems(b)).toEqual(storedItems(set));
  await expect(a.getByLabel('Status')).toHaveValue(set.status);
  await expect(b.getByLabel('Status')).toHaveValue(set.status);
});

test('a renderer that crashes, hangs or closes right after an acknowledged operation loses nothing', async ({ page, context }) => {
  await start(page, ANNOTATOR);
  await openDocument(page, SEED);
  let tab = page;
  const ways: Array<[string, string, (tab: Page) => Promise<void>]> = [
    [
      'télévision tunisienne',
      'o',
      async (t) => {
        // A real renderer crash (Chromium's debug URL kills the tab's process), right after the save was shown.
        const crashed = t.waitForEvent('crash');
        await t.goto('chrome://crash').catch(() => undefined);
        await crashed;
        await t.close();
      },
    ],
    [
      'quartiers',
      'l',
      async (t) => {
        // The page's thread blocked for ever, then the tab closed.
        void t
          .evaluate(() => {
            for (;;);
          })
          .catch(() => undefined);
        await t.close();
      },
    ],
    ['médias locaux', 'o', (t) => t.close()],
  ];
  const acknowledged: Acknowledged = { labelled: [], accepted: [], rejected: [] };
  for (const [text, key, end] of ways) {
    await label(tab, [text, key, key === 'o' ? 'ORG' : 'LOC'], acknowledged);
    await end(tab);
    tab = await openTab(context);
    for (const { text, label } of acknowledged.labelled) await expect.poll(() => drawn(tab, label)).toContain(text);
  }
  const stored = await readStored(tab, SEED, ANNOTATOR);
  expect(stored.set!.entities.map((m) => `${m.label} ${m.text}`).sort()).toEqual(['LOC quartiers', 'ORG médias locaux', 'ORG télévision tunisienne']);
});
