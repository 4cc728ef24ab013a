import { describe, expect, it } from 'vitest';
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
