import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../text/segment';
import { WordSegmenter } from './word-segmenter';

// Letters, elisions, digits with separators, hyphens, punctuation, every kind of white space,
// combining marks, format characters, emoji and CJK: the places where word rules are subtle.
const pieces = [
  'a',
  'é',
  'L',
  'x',
  '1',
  '9',
  "'",
  '’',
  '-',
  '.',
  ',',
  ':',
  ';',
  '_',
  '«',
  '»',
  '(',
  '©',
  '@',
  '/',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u0301',
  '\u00ad',
  '\u200d',
  '\ufeff',
  '😀',
  '👍🏽',
  '北京',
  'カタカナ',
  'ש',
  'armée',
  "l'armée",
  '18h30',
  '1,5',
  '3.000',
  'al-Wasat',
  'e-mail',
];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));

describe('WordSegmenter', () => {
  it('gives exactly the segments of words()', () => {
    const seg = new WordSegmenter('fr');
    fc.assert(
      fc.property(textArb, (text) => {
        expect(seg.words(text)).toEqual(words(text, 'fr'));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with words() on a real article, twice (the second time from its cache)', async () => {
    const { readFileSync } = await import('node:fs');
    const file = new URL('../../../test/fixtures/seeds.A.jsonl', import.meta.url).pathname;
    const seg = new WordSegmenter('fr');
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const text = JSON.parse(line).text as string;
      expect(seg.words(text)).toEqual(words(text, 'fr'));
      expect(seg.words(text)).toEqual(words(text, 'fr'));
    }
  });
});
