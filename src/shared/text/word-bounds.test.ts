import { describe, expect, it } from 'vitest';
import { OffsetMap } from './offsets';
import { nextWordEnd, previousWordStart, snapToWords, wholeWordOccurrences, wordsIn } from './word-bounds';

const T = "Les forces de l'armée nationale ont repris Al-Qaïda, hier soir.\nDerna 😀 reste calme.";
const map = new OffsetMap(T);
const cp = (s: string) => [...T.slice(0, T.indexOf(s))].length;
const span = (r: { start: number; end: number }) => map.slice(r.start, r.end);

describe('word bounds', () => {
  it('snaps a rough selection to the whole words it touches and trims spaces and punctuation', () => {
    expect(span(snapToWords(map, { start: cp('orces'), end: cp('orces') + 8 }))).toBe('forces de');
    expect(span(snapToWords(map, { start: cp('Al-Q') + 1, end: cp(', hier') + 2 }))).toBe('Al-Qaïda');
    expect(span(snapToWords(map, { start: cp(' hier'), end: cp(' hier') + 1 }))).toBe('');
  });

  it('leaves out a leading elided article', () => {
    expect(span(snapToWords(map, { start: cp("l'armée"), end: cp("l'armée") + 5 }))).toBe('armée');
  });

  it('counts offsets in code points after a character beyond U+FFFF', () => {
    expect(span(snapToWords(map, { start: cp('reste') + 1, end: cp('reste') + 2 }))).toBe('reste');
    expect(wordsIn(map, cp('Derna')).map(span)).toEqual(['Derna', 'reste', 'calme']);
  });

  it('moves by a word on its line only', () => {
    expect(previousWordStart(map, cp('nationale'))).toBe(cp('armée'));
    expect(nextWordEnd(map, cp('nationale') + 9)).toBe(cp(' ont') + 4);
    expect(previousWordStart(map, cp('Derna'))).toBeNull();
    expect(nextWordEnd(map, cp('soir') + 4)).toBeNull();
  });

  it('finds a string only where it stands as whole words', () => {
    const m = new OffsetMap('Derna, Dernah et Derna-Est; à Derna.');
    expect(wholeWordOccurrences(m, 'Derna').map((r) => r.start)).toEqual([0, 30]);
  });
});
