/**
 * French elision: the words that drop their final vowel before a vowel and keep an apostrophe
 * (`l'armée`, `jusqu'à`, `quelqu'un`). One list for every part that splits them off: the
 * pre-annotator's tokenizer (an extent never starts with them) and the token-based exports (French
 * tokenizers, spaCy's among them, make the elided word a token of its own). Language data, not labels.
 */
export const FRENCH_ELIDED_WORDS: ReadonlySet<string> = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
  'quelqu',
]);

/**
 * Length in UTF-16 units of the elided word and its apostrophe (`'` or `’`) at the start of `word`,
 * when a letter or digit follows; 0 when `word` does not start with an elision.
 */
export function elisionLength(word: string): number {
  const apostrophe = word.search(/['’]/);
  if (apostrophe <= 0 || apostrophe + 1 >= word.length) return 0;
  if (!/[\p{L}\p{N}]/u.test(word[apostrophe + 1])) return 0;
  return FRENCH_ELIDED_WORDS.has(word.slice(0, apostrophe).toLowerCase()) ? apostrophe + 1 : 0;
}
