/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, test } from '@playwright/test';
import { clickText, dragOver, drawn, saved } from './editor-helpers';
import { SEED_IDS, openDocument, shot, start } from './helpers';

const SEED = SEED_IDS[0];

test.describe('labelling spans', () => {
  test('a mouse selection snaps to whole words and takes the label of its key; Alt keeps it exact', async ({ page }, testInfo) => {
    await start(page);
    await openDocument(page, SEED);
    // From inside "Khalifa" to inside "Haftar": the mention is the two whole words.
    await dragOver(page, 'Khalifa Haftar a détruit', { from: 2, to: 11 });
    await page.keyboard.press('p');
    await expect.poll(() => drawn(page, 'PER')).toEqual(['Khalifa Haftar']);
    // "l'armée nationale libyenne": the elided article is left out.
    await dragOver(page, "l'armée nationale libyenne");
    await page.keyboard.press('o');
    await expect.poll(() => drawn(page, 'ORG')).toEqual(['armée nationale libyenne']);
    // With Alt, exactly what was selected.
    await dragOver(page, 'Mutawassit', { from: 0, to: 6, alt: true });
    await page.keyboard.press('o');
    await expect.poll(() => drawn(page, 'ORG')).toEqual(['armée nationale libyenne', 'Mutawa']);
    await saved(page);
    await shot(page, testInfo, 'editor-labelled');
  });

  test('Shift+arrows from the caret select text; a click selects a mention, a key relabels it, Delete removes it', async ({ page }) => {
    await start(page);
    await openDocument(page, SEED);
    await clickText(page, 'Derna dans', { at: 0 });
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('l');
    await expect.poll(() => drawn(page, 'LOC')).toEqual(['Derna']);
    await clickText(page, 'Derna dans', { at: 2 });
    await expect(page.locator('.handle')).toHaveCount(2);
    await page.keyboard.press('g');
    await expect.poll(() => drawn(page, 'GPE')).toEqual(['Derna']);
    await expect.poll(() => drawn(page, 'LOC')).toEqual([]);
    await page.keyboard.press('Delete');
    await expect.poll(() => drawn(page, 'GPE')).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => drawn(page, 'GPE')).toEqual(['Derna']);
  });

  test('a mention grows and shrinks by a word with [ ] { }, and by dragging its handles', async ({ page }) => {
    await start(page);
    await openDocument(page, SEED);
    await dragOver(page, 'poste de commandement', { from: 0, to: 5 });
    await page.keyboard.press('f');
    await expect.poll(() => drawn(page, 'FAC')).toEqual(['poste']);
    await page.keyboard.press('[');
    await expect.poll(() => drawn(page, 'FAC')).toEqual(['un poste']);
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    await expect.poll(() => drawn(page, 'FAC')).toEqual(['un poste de commandement']);
    await page.keyboard.press('{');
    await expect.poll(() => drawn(page, 'FAC')).toEqual(['poste de commandement']);
    await page.keyboard.press('}');
    await expect.poll(() => drawn(page, 'FAC')).toEqual(['poste de']);
    // Drag the end handle to the end of "commandement".
    const handle = page.locator('.handle-end');
    await expect(handle).toBeVisible();
    const box = (await handle.boundingBox())!;
    const target = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.doc-text p')][0];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('commandement des');
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i + 11);
          r.setEnd(n, i + 12);
          const b = r.getBoundingClientRect();
          return { x: b.right - 1, y: b.top + b.height / 2 };
        }
      }
      return null;
    });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(target!.x, target!.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => drawn(page, 'FAC')).toEqual(['poste de commandement']);
  });

  test('nested mentions of different labels are made, drawn and selected one by one; a same-label overlap is refused', async ({ page }, testInfo) => {
    await start(page);
    await openDocument(page, SEED);
    await dragOver(page, 'Conseil de la Choura des Moujahidines');
    await page.keyboard.press('o');
    await dragOver(page, 'Choura des Moujahidines', { from: 0, to: 6 });
    await page.keyboard.press('l');
    await expect.poll(() => drawn(page, 'LOC')).toEqual(['Choura']);
    // The caret in "Choura": c cycles from the innermost mention to the outer one.
    await clickText(page, 'Choura des', { at: 10 });
    await clickText(page, 'Choura des', { at: 2 });
    await expect(page.locator('.item.selected')).toContainText('Choura');
    await page.keyboard.press('c');
    await expect(page.locator('.item.selected')).toContainText('Conseil de la Choura des Moujahidines');
    await page.keyboard.press('c');
    await expect(page.locator('.item.selected')).toContainText(/^Choura/);
    // ORG over part of the ORG mention: refused, and said.
    await dragOver(page, 'Choura des Moujahidines', { from: 11 });
    await page.keyboard.press('o');
    await expect(page.getByTestId('notice')).toContainText('two mentions of one label never overlap');
    await expect.poll(() => drawn(page, 'ORG')).toEqual(['Conseil de la Choura des Moujahidines']);
    await shot(page, testInfo, 'editor-nested');
  });
});
