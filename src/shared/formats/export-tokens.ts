import { tokenize, type Segment } from '../text/segment';

/**
 * Tokens for the token-based exports (spaCy/Prodigy, CoNLL). `tokenize()` (Intl.Segmenter) keeps French
 * elisions whole ("l'armée"), so a mention "armée …" would not start on a token; French tokenizers
 * (spaCy's among them) split the elided article off. We do the same for French documents.
 */

/** Words French elides before a vowel; language data, not labels. */
const FRENCH_ELISIONS = /^((?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’])(\p{L}.*)$/iu;

function splitElision(t: Segment): Segment[] {
  const m = FRENCH_ELISIONS.exec(t.text);
  if (!m) return [t];
  const cut = t.start + [...m[1]].length;
  return [
    { start: t.start, end: cut, text: m[1] },
    { start: cut, end: t.end, text: m[2] },
  ];
}

export function exportTokens(text: string, lang = 'fr'): Segment[] {
  const tokens = tokenize(text, lang);
  return lang.toLowerCase().startsWith('fr') ? tokens.flatMap(splitElision) : tokens;
}
