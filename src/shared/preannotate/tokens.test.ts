import { describe, expect, it } from 'vitest';
import { tokenizeFast } from './tokens';

const texts = (s: string) => tokenizeFast(s).map((t) => t.text);

describe('tokenizeFast', () => {
  it('splits elided articles and prepositions but keeps hyphenated words whole', () => {
    expect(texts("l'armée d’Al-Qaïda")).toEqual(["l'", 'armée', 'd’', 'Al-Qaïda']);
    expect(texts('un cessez-le-feu au sud-ouest')).toEqual(['un', 'cessez-le-feu', 'au', 'sud-ouest']);
    expect(texts("aujourd'hui")).toEqual(["aujourd'hui"]);
  });

  it('keeps numbers with group separators and splits punctuation glued to words', () => {
    expect(texts('150.000 habitants, 2 000 personnes')).toEqual(['150.000', 'habitants', ',', '2 000', 'personnes']);
    expect(texts('lourde,assiégeait M.Haftar')).toEqual(['lourde', ',', 'assiégeait', 'M', '.', 'Haftar']);
  });

  it('gives UTF-16 offsets that slice the text back', () => {
    const text = '😀 Tripoli, jeudi.';
    for (const t of tokenizeFast(text)) expect(text.slice(t.s, t.e)).toBe(t.text);
  });
});
