import { describe, expect, it } from 'vitest';
import { LABEL_PALETTE, readableTextOn } from './palette';

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
