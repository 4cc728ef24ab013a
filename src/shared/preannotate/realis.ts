/** `realis` from cues before the trigger: purpose, calls, modals, negation, future/conditional tense. */
import type { Token } from './tokenizer';
import type { Trigger } from './triggers';
import * as words from './word-classes';

// Bound once: module getters are slow in hot loops under some loaders.
const { IRREALIS_TENSES, NEGATION, REALIS_OTHER } = words;

const WINDOW = 5;

export function isIrrealis(toks: Token[], a: number, b: number, t: Trigger): boolean {
  if (t.verb && t.tense && IRREALIS_TENSES.has(t.tense)) return true;
  for (let k = Math.max(a, t.s - WINDOW); k < t.s; k++) {
    const w = toks[k].lower.replace('’', "'");
    if (REALIS_OTHER.has(w) || NEGATION.has(w)) return true;
  }
  // `ne … pas` around a conjugated verb.
  return t.verb && t.e < b && (toks[t.e].lower === 'pas' || toks[t.e].lower === 'plus') && t.s - 1 >= a && NEGATION.has(toks[t.s - 1].lower.replace('’', "'"));
}
