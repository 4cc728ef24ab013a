import { outermost, type Interval } from './spans';

/**
 * The units of the token-level measures (Cohen's kappa, nominal alpha): word tokens, as `words()` of
 * text/segment.ts gives them (Intl.Segmenter word-like segments). A token's category is the label of
 * the OUTERMOST mention that overlaps it, or NONE:
 * - outermost, because one token gets one category and with nesting (`université de Tripoli` FAC
 *   around `Tripoli` GPE) the outer mention is the one that says what the phrase is; the inner one is
 *   still counted by the span measures (F1, αU);
 * - overlaps rather than contains, because Intl.Segmenter keeps French elisions in one word
 *   (`l'armée`, `d'Haftar`) while mentions start after the apostrophe: the word is in the mention.
 */

export const NONE = '';

/** `tokens` sorted by start and disjoint (as `words()` returns them). */
export function tokenLabels(tokens: readonly Interval[], mentions: ReadonlyArray<Interval & { label: string }>): string[] {
  const top = outermost(mentions);
  const out: string[] = new Array(tokens.length);
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (j < top.length && top[j].end <= t.start) j++;
    out[i] = j < top.length && top[j].start < t.end ? top[j].label : NONE;
  }
  return out;
}
