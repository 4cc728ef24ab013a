import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OffsetMap } from './offsets';
import { sentences, tokenize, words } from './segment';

describe('segmentation', () => {
  it('splits French words with elision and keeps code-point offsets after an emoji', () => {
    const text = '😀 L’armée a détruit';
    const ws = words(text);
    const map = new OffsetMap(text);
    for (const w of ws) expect(map.slice(w.start, w.end)).toBe(w.text);
    expect(ws.map((w) => w.text)).toContain('détruit');
    expect(ws.find((w) => w.text === 'détruit')?.start).toBe(12);
  });

  it('keeps punctuation as tokens but never white space', () => {
    expect(tokenize('Derna, hier.').map((t) => t.text)).toEqual(['Derna', ',', 'hier', '.']);
  });

  it('ends a sentence at every line break, even without a full stop', () => {
    const text = 'Les forces du GNA attaquent\n\nUn drone a frappé. Trois morts.';
    const s = sentences(text);
    expect(s.map((x) => x.text)).toEqual(['Les forces du GNA attaquent', 'Un drone a frappé.', 'Trois morts.']);
    expect(s[1].start).toBe(29);
    expect(s[2].end).toBe(text.length);
  });
});

describe('segmentation of long texts', () => {
  // What Intl.Segmenter gives on the whole text at once, without the chunking that keeps it fast.
  function wholeText(text: string): string[] {
    const segmenter = new Intl.Segmenter('fr', { granularity: 'word' });
    return [...segmenter.segment(text)].filter((s) => s.segment.trim() !== '').map((s) => `${s.index}:${s.segment}`);
  }
  const asUtf16 = (text: string) => {
    const map = new OffsetMap(text);
    return tokenize(text).map((t) => `${map.toUtf16(t.start)}:${t.text}`);
  };

  it('gives the same words as one pass over the whole text, across lines and in very long lines', () => {
    const words = ['L’armée', 'a', 'pris', 'Derna', '🙂', 'le', '12', 'mai', '2019,', 'puis', 'l’aéroport', '—', 'dit-il.', '𝒳𝒴'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1500, maxLength: 3000 }),
        fc.array(fc.constantFrom(' ', ' ', ' ', '\n', '  ', '\n\n')),
        (picked, gaps) => {
          const text = picked.map((w, i) => w + (gaps[i % Math.max(gaps.length, 1)] ?? ' ')).join('');
          expect(asUtf16(text)).toEqual(wholeText(text));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('cuts a text without any white space without losing a character', () => {
    const text = 'a🙂'.repeat(5000);
    expect(
      tokenize(text)
        .map((t) => t.text)
        .join(''),
    ).toBe(text);
  });
});

describe('sentences of long lines', () => {
  // What Intl.Segmenter gives on the whole line at once, without the windows that keep it linear.
  function wholeLine(line: string): string[] {
    const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
    return [...segmenter.segment(line)].map((s) => s.segment.trim()).filter((s) => s !== '');
  }

  it('gives the same sentences as one pass over a long line', () => {
    const pieces = [
      'Le convoi a été attaqué.',
      'M. Dupont a parlé.',
      '« Trois morts ! »',
      'Il est 21 h 30.',
      'Ah?',
      'Fin…',
      'Vers 7 h.',
      'A 2.5 km.',
      '🙂 ok.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 800, maxLength: 1500 }), (picked) => {
        const line = picked.join(' ');
        expect(sentences(line).map((s) => s.text)).toEqual(wholeLine(line));
      }),
      // Shrinking arrays of a thousand pieces would take minutes: report the first failing line as it is.
      { numRuns: 10, endOnFailure: true },
    );
  });

  it('does not end a sentence that the next window would have continued (`attaqué. 🙂 ok.`)', () => {
    // After a full stop, a lower-case letter that follows a run of non-letters continues the sentence: a window that
    // ends inside that run must not decide the sentence end.
    for (let pad = 0; pad < 40; pad++) {
      const line = 'Le convoi est arrivé. '.repeat(180 + pad) + 'Il a été attaqué. 🙂 ok. 🙂 ok. ' + 'Fin du texte. '.repeat(200);
      expect(sentences(line).map((s) => s.text)).toEqual(wholeLine(line));
    }
  });

  it('cuts a line with no sentence end at a white space, losing no character', () => {
    const line = 'mot '.repeat(40_000);
    const got = sentences(line);
    expect(got.length).toBeGreaterThan(1);
    expect(got.map((s) => s.text).join(' ')).toBe(line.trim());
    for (const s of got) expect(line.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('segmenterFor', () => {
  it('segments with no particular language when the tag is not one, instead of throwing', () => {
    expect(() => words('Tripoli et Derna', '!!not a tag!!')).not.toThrow();
    expect(words('Tripoli et Derna', 'x'.repeat(300)).map((w) => w.text)).toEqual(['Tripoli', 'et', 'Derna']);
  });
});
