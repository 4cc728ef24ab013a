import { Confusion } from './coding';
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

type Labelled = Interval & { label: string };

/** Label of each token in turn, for tokens visited in text order (a cursor over the outermost spans). */
class LabelCursor {
  private readonly top: Labelled[];
  private j = 0;
  constructor(mentions: readonly Labelled[]) {
    this.top = outermost(mentions);
  }
  at(start: number, end: number): string {
    const top = this.top;
    while (this.j < top.length && top[this.j].end <= start) this.j++;
    return this.j < top.length && top[this.j].start < end ? top[this.j].label : NONE;
  }
}

/**
 * The two annotators' token contingency table, from flat code-point offsets [s0, e0, s1, e1, …].
 * Same labels as tokenLabels; tokens neither annotator labelled (most of them) are counted in bulk.
 */
export function tokenTable(offsets: readonly number[], a: readonly Labelled[], b: readonly Labelled[]): Confusion {
  const table = new Confusion();
  const ca = new LabelCursor(a);
  const cb = new LabelCursor(b);
  let none = 0;
  for (let k = 0; k < offsets.length; k += 2) {
    const la = ca.at(offsets[k], offsets[k + 1]);
    const lb = cb.at(offsets[k], offsets[k + 1]);
    if (la === NONE && lb === NONE) none++;
    else table.add(la, lb);
  }
  if (none) table.add(NONE, NONE, none);
  return table;
}
