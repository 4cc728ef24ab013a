import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMap, codePointLength } from './offsets';

describe('OffsetMap', () => {
  it('counts a character beyond U+FFFF as one code point, as Python does', () => {
    const map = new OffsetMap('a😀b');
    expect(map.codePointLength).toBe(3);
    expect(map.toUtf16(2)).toBe(3);
    expect(map.slice(1, 2)).toBe('😀');
    expect(map.slice(2, 3)).toBe('b');
    expect(map.toCodePoint(3)).toBe(2);
  });

  it('is the identity for text without astral characters', () => {
    const map = new OffsetMap('Libye : Tripoli');
    expect(map.toUtf16(8)).toBe(8);
    expect(map.toCodePoint(8)).toBe(8);
  });

  it('slices like Array.from(text) for every span', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const chars = Array.from(text);
        const start = Math.min(a, b) % (chars.length + 1);
        const end = Math.max(start, Math.max(a, b) % (chars.length + 1));
        const map = new OffsetMap(text);
        expect(map.slice(start, end)).toBe(chars.slice(start, end).join(''));
        expect(map.toCodePoint(map.toUtf16(end))).toBe(end);
        expect(codePointLength(text)).toBe(chars.length);
      }),
    );
  });

  it('refuses empty, reversed and out-of-range spans', () => {
    const map = new OffsetMap('abc');
    expect(map.isValidSpan(0, 3)).toBe(true);
    expect(map.isValidSpan(1, 1)).toBe(false);
    expect(map.isValidSpan(2, 1)).toBe(false);
    expect(map.isValidSpan(0, 4)).toBe(false);
    expect(map.isValidSpan(-1, 2)).toBe(false);
    expect(map.isValidSpan(0.5, 2)).toBe(false);
  });
});
