/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, test, type Page } from '@playwright/test';
import { dragOver, drawn, saved } from './editor-helpers';
import { SEED_IDS, openDocument, shot, start } from './helpers';

/**
 * What an annotator sees all day: a seed article with nested mentions and pending suggestions, in the
 * light and the dark theme, on a laptop screen and at 1024×640. Colours and sizes are read from the page
 * as drawn (computed styles), so a stylesheet change that makes a label unreadable fails here.
 */

const SEED = SEED_IDS[0];

/** WCAG relative luminance of a computed `rgb(…)` / `rgba(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** Each label tag drawn after a span: its text, its size, its colour and the colour behind it. */
async function labelTags(page: Page) {
  return page.locator('.doc-text [data-label-end]').evaluateAll((spans) =>
    spans.slice(0, 80).map((span) => {
      const tag = getComputedStyle(span, '::after');
      return { text: tag.content, fontSize: parseFloat(tag.fontSize), color: tag.color, background: tag.backgroundColor };
    }),
  );
}

async function prepare(page: Page) {
  await start(page);
  await openDocument(page, SEED);
  await page.locator('[data-command="preannotate-document"]').click();
  const progress = page.getByTestId('progress-dialog');
  await expect(progress.getByRole('status')).toContainText('Added');
  await progress.getByRole('button', { name: 'Close', exact: true }).click();
  // A nested pair the annotator made: an organisation with a place inside it.
  await dragOver(page, 'Conseil de la Choura des Moujahidines');
  await page.keyboard.press('o');
  await dragOver(page, 'Choura des Moujahidines', { from: 0, to: 6 });
  await page.keyboard.press('l');
  await expect.poll(() => drawn(page, 'LOC')).toContain('Choura');
  await saved(page);
  await page.locator('.doc-text').evaluate((text) => text.querySelector('.mention[data-label="LOC"]:not(.pending)')?.scrollIntoView({ block: 'center' }));
}

async function expectReadable(page: Page) {
  const tags = await labelTags(page);
  expect(tags.length).toBeGreaterThan(20);
  for (const tag of tags) {
    // The label is named on the span (not colour alone), in a size one reads without leaning in.
    expect(tag.text).toMatch(/^"[A-Z][\w.]*\??"$/);
    expect(tag.fontSize).toBeGreaterThanOrEqual(11);
    expect(contrast(tag.color, tag.background), `${tag.text} ${tag.color} on ${tag.background}`).toBeGreaterThanOrEqual(4.5);
  }
  const body = await page.locator('.doc-text').evaluate((text) => {
    const style = getComputedStyle(text);
    let node: Element | null = text;
    let background = 'rgba(0, 0, 0, 0)';
    while (node && /rgba\(.*, 0\)|transparent/.test(background)) {
      background = getComputedStyle(node).backgroundColor;
      node = node.parentElement;
    }
    return { color: style.color, background, fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
  });
  expect(contrast(body.color, body.background)).toBeGreaterThanOrEqual(7);
  expect(body.fontSize).toBeGreaterThanOrEqual(16);
  // Room between lines for the tags above the text: at least 1.6 times the type size.
  expect(body.lineHeight / body.fontSize).toBeGreaterThanOrEqual(1.6);
  return body;
}

test('a seed with nested mentions and pending suggestions reads well in the light and the dark theme', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await prepare(page);
  // Pending suggestions look different from accepted mentions: dashed, marked with "?".
  await expect(page.locator('.doc-text .mention.pending').first()).toBeVisible();
  const outline = (m: Element) => getComputedStyle(m).outlineStyle;
  expect(await page.locator('.doc-text .mention[data-label="ORG"]:not(.pending)').first().evaluate(outline)).toBe('none');
  expect(await page.locator('.doc-text .mention.pending').first().evaluate(outline)).toBe('dashed');
  const light = await expectReadable(page);
  expect(luminance(light.background)).toBeGreaterThan(0.8);
  await shot(page, testInfo, 'looks-light');

  // The theme key switches light → dark; every tag stays readable on the dark page.
  await page.locator('.doc-text').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+D');
  await page.keyboard.press('Control+Shift+D');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('.doc-text .mention[data-label="LOC"]:not(.pending)').scrollIntoViewIfNeeded();
  const dark = await expectReadable(page);
  expect(luminance(dark.background)).toBeLessThan(0.05);
  await shot(page, testInfo, 'looks-dark');
});

test('the theme follows the system until one is chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await start(page);
  await openDocument(page, SEED);
  const background = () => page.locator('.doc-text').evaluate((t) => getComputedStyle(t.closest('.editor')!).backgroundColor);
  expect(luminance(await background())).toBeLessThan(0.05);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => luminance(await background())).toBeGreaterThan(0.8);
});

for (const theme of ['light', 'dark'] as const) {
  test(`at 1024×640 in the ${theme} theme the text, the tags, the toolbar and the side panel all fit`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.emulateMedia({ colorScheme: theme });
    await prepare(page);
    await expectReadable(page);
    // Nothing sticks out sideways, every toolbar command is on screen, and the side panel is beside the text.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const button of await page.locator('header [data-command]').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width, await button.innerText()).toBeLessThanOrEqual(1024);
    }
    const text = (await page.locator('.doc-text').boundingBox())!;
    const side = (await page.locator('.side').boundingBox())!;
    expect(side.x).toBeGreaterThanOrEqual(text.x + text.width - 1);
    expect(text.width).toBeGreaterThan(500);
    await shot(page, testInfo, `looks-1024x640-${theme}`);
  });
}
