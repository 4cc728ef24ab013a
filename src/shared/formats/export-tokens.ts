import { elisionLength } from '../text/french-elision';
import { tokenize, type Segment } from '../text/segment';

/**
 * Tokens for the token-based exports (spaCy/Prodigy, CoNLL). `tokenize()` (Intl.Segmenter) keeps French
 * elisions whole ("l'armée"), so a mention "armée …" would not start on a token; French tokenizers
 * (spaCy's among them) split the elided article off. We do the same for French documents.
 */

function splitElision(t: Segment): Segment[] {
  const length = elisionLength(t.text);
  if (!length) return [t];
  // The elided word and its apostrophe are within the BMP: UTF-16 units are code points here.
  const cut = t.start + length;
  return [
    { start: t.start, end: cut, text: t.text.slice(0, length) },
    { start: cut, end: t.end, text: t.text.slice(length) },
  ];
}

export function exportTokens(text: string, lang = 'fr'): Segment[] {
  const tokens = tokenize(text, lang);
  return lang.toLowerCase().startsWith('fr') ? tokens.flatMap(splitElision) : tokens;
}
