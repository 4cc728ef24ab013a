import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OffsetMap } from '../../shared/text/offsets';
import { blocksToJson, layoutBlocks, spanToRanges } from './blocks';

describe('layoutBlocks', () => {
  it('makes one paragraph per line, counting two positions per paragraph boundary', () => {
    // "ab\n\ncde": paragraphs "ab" (content at 1), "" (at 5), "cde" (at 7)
    expect(layoutBlocks('ab\n\ncde')).toEqual([
      { from: 0, to: 2, pos: 1 },
      { from: 3, to: 3, pos: 5 },
      { from: 4, to: 7, pos: 7 },
    ]);
  });

  it('cuts a long line after a sentence end and keeps every character', () => {
    const text = 'Un deux. Trois quatre. Cinq six.';
    const blocks = layoutBlocks(text, 12);
    expect(blocks.map((b) => text.slice(b.from, b.to))).toEqual(['Un deux. ', 'Trois quatre. ', 'Cinq six.']);
    expect(blocks.map((b) => b.pos)).toEqual([1, 12, 28]);
  });

  it('never loses or reorders text, whatever the line lengths', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '. ', '\n', 'é'), { maxLength: 200 }), fc.integer({ min: 3, max: 30 }), (parts, max) => {
        const text = parts.join('');
        const blocks = layoutBlocks(text, max);
        expect(
          blocks
            .map((b) => text.slice(b.from, b.to))
            .join('\n')
            .replace(/\n/g, ''),
        ).toBe(text.replace(/\n/g, ''));
        expect(blocks.filter((b, i) => i > 0 && b.from < blocks[i - 1].to)).toEqual([]);
      }),
    );
  });
});

describe('spanToRanges', () => {
  it('maps code points to positions past paragraph boundaries and astral characters', () => {
    const text = 'a😀b\nTripoli';
    const map = new OffsetMap(text);
    const blocks = layoutBlocks(text);
    // "b" is code point 2, UTF-16 3, position 1+3 = 4; "Tripoli" is code points 4..11, UTF-16 5..12,
    // second paragraph content starts at 1 + 4 + 2 = 7.
    expect(spanToRanges(blocks, map, 2, 3)).toEqual([{ from: 4, to: 5 }]);
    expect(spanToRanges(blocks, map, 4, 11)).toEqual([{ from: 7, to: 14 }]);
  });

  it('splits a span that crosses a sentence cut into one range per block', () => {
    const text = 'Un deux. Trois quatre.';
    const blocks = layoutBlocks(text, 10); // "Un deux. " at 1, "Trois quatre." at 12
    expect(spanToRanges(blocks, new OffsetMap(text), 3, 14)).toEqual([
      { from: 4, to: 10 },
      { from: 12, to: 17 },
    ]);
  });
});

describe('blocksToJson', () => {
  it('gives empty lines an empty paragraph', () => {
    const text = 'ab\n\nc';
    expect(blocksToJson(text, layoutBlocks(text)).content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'ab' }] },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'c' }] },
    ]);
  });
});
