import { describe, expect, it } from 'vitest';
import { frConflictNews } from './fr-conflict-news';
import { contrastRatio, EVENT_PALETTE, LABEL_PALETTE, MENTION_SHARE, mixColor, readableTextOn, SUGGESTION_SHARE, THEME_SURFACES } from './palette';

describe('readableTextOn', () => {
  it('puts white on dark colours and black on light ones', () => {
    expect(readableTextOn('#000000')).toBe('#ffffff');
    expect(readableTextOn('#123456')).toBe('#ffffff');
    expect(readableTextOn('#ffffff')).toBe('#000000');
    expect(readableTextOn('#f1d98a')).toBe('#000000');
  });

  it('accounts for the colour being mixed with white', () => {
    // #767676 is the grey where white and black contrast about equally; a lighter mix needs black.
    expect(readableTextOn('#404040', 1)).toBe('#ffffff');
    expect(readableTextOn('#404040', 0.3)).toBe('#000000');
  });

  it('keeps black text on every default label colour', () => {
    for (const c of LABEL_PALETTE) expect(readableTextOn(c, 0.55)).toBe('#000000');
  });
});

describe('contrast of annotation text, in both themes', () => {
  const colours = [
    ...new Set([...LABEL_PALETTE, ...EVENT_PALETTE, ...frConflictNews.entities.map((l) => l.color), ...frConflictNews.events.map((t) => t.color)]),
  ];

  it('reaches 4.5:1 for label tags, mention text and suggestion text on every schema and palette colour', () => {
    const worst: Array<[string, string, number]> = [];
    for (const c of colours) {
      worst.push(['tag', c, contrastRatio(readableTextOn(c), c)]);
      for (const theme of Object.values(THEME_SURFACES)) {
        const span = mixColor(c, MENTION_SHARE, theme.panel);
        worst.push(['mention', c, contrastRatio(readableTextOn(c, MENTION_SHARE, theme.panel), span)]);
        worst.push(['suggestion', c, contrastRatio(theme.text, mixColor(c, SUGGESTION_SHARE, theme.panel))]);
      }
    }
    expect(worst.filter(([, , ratio]) => ratio < 4.5)).toEqual([]);
  });

  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
