/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, type Page } from '@playwright/test';

/**
 * Gestures in the document text as a person makes them: the screen position of a piece of the text
 * (its n-th occurrence, from a character offset within it), then mouse moves and clicks there.
 */
async function pointAt(page: Page, needle: string, occurrence: number, offset: number, side: 'left' | 'right'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ needle, occurrence, offset, side }) => {
      const root = document.querySelector('.doc-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      // The text as drawn is split over many text nodes by the decorations: search their concatenation.
      const nodes: Text[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n.parentElement?.closest('[data-handle]') ?? null) !== null) continue;
        nodes.push(n as Text);
        all += (n as Text).data;
      }
      let at = -1;
      for (let k = 0; k <= occurrence; k++) at = all.indexOf(needle, at + 1);
      if (at < 0) return null;
      let target = at + offset;
      for (const node of nodes) {
        if (target <= node.data.length) {
          // Where a person would look: on screen, not below the fold.
          const block = node.parentElement!.closest('p') ?? node.parentElement!;
          const view = block.closest('.editor')!.getBoundingClientRect();
          const box0 = block.getBoundingClientRect();
          if (box0.top < view.top || box0.bottom > view.bottom) block.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          const i = Math.min(target, node.data.length - (side === 'left' ? 1 : 0));
          range.setStart(node, side === 'left' ? i : Math.max(0, i - 1));
          range.setEnd(node, side === 'left' ? i + 1 : i);
          const box = range.getBoundingClientRect();
          return { x: side === 'left' ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 };
        }
        target -= node.data.length;
      }
      return null;
    },
    { needle, occurrence, offset, side },
  );
  if (!point) throw new Error(`“${needle}” is not in the text`);
  return point;
}

/** Drags the mouse over the text from `from` characters into the needle to `to` characters into it. */
export async function dragOver(page: Page, needle: string, options: { from?: number; to?: number; occurrence?: number; alt?: boolean } = {}): Promise<void> {
  const occurrence = options.occurrence ?? 0;
  const a = await pointAt(page, needle, occurrence, options.from ?? 0, 'left');
  const b = await pointAt(page, needle, occurrence, options.to ?? needle.length, 'right');
  if (options.alt) await page.keyboard.down('Alt');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 3 });
  await page.mouse.move(b.x, b.y, { steps: 3 });
  await page.mouse.up();
  if (options.alt) await page.keyboard.up('Alt');
}

/** Clicks a character of the text (places the caret there, or picks the annotation drawn over it). */
export async function clickText(page: Page, needle: string, options: { at?: number; occurrence?: number } = {}): Promise<void> {
  const p = await pointAt(page, needle, options.occurrence ?? 0, options.at ?? 0, 'left');
  await page.mouse.click(p.x, p.y);
}

/** The mentions drawn for a label, by their text (one entry per mention, from its last piece). */
export async function drawn(page: Page, label: string): Promise<string[]> {
  return page.evaluate((label) => {
    const ids = [...new Set([...document.querySelectorAll(`.doc-text .mention[data-label="${label}"]`)].map((e) => e.getAttribute('data-id')!))];
    return ids.map((id) => [...document.querySelectorAll(`.doc-text .mention[data-id="${id}"]`)].map((e) => e.textContent).join(''));
  }, label);
}

/** Waits until what is shown is stored. */
export async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}
