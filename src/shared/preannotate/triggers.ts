/**
 * Event triggers of one sentence: verbs by lemma (every inflected form from the Lefff tables),
 * reflexive verbs (`se déploieront`, `s'est emparée`), nouns (singular and plural) and fixed phrases
 * (`trouvé la mort`, `pris le contrôle`, `cesser le feu`). A verb form right after a determiner is a
 * noun (`le contrôle`), and only counts when the noun lexicon has it.
 */
import type { PhraseTrigger, VerbForm } from './lexicon';
import * as lexicon from './lexicon';
import type { Token } from './tokenizer';
import * as words from './word-classes';

// Bound once: module getters are slow in hot loops under some loaders.
const { NOT_PHRASES, NOUN_TYPES, PHRASES, REFLEXIVE_TYPES, VERB_FORMS, VERB_TYPES } = lexicon;
const { DETERMINERS, NOUN_HOMOGRAPHS, QUOTES, STOP } = words;

export interface Trigger {
  s: number;
  e: number;
  type: string;
  verb: boolean;
  lemma: string;
  tense?: string;
}

const REFLEXIVE = new Set(['se', "s'", 'me', "m'", 'nous', 'vous', 'te', "t'"]);
const ETRE = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'soit', 'être', 'étant']);
const ARTICLE_LIKE = new Set([...DETERMINERS, 'un', 'une']);

function skipQuotes(toks: Token[], j: number, b: number): number {
  while (j < b && QUOTES.has(toks[j].text)) j++;
  return j;
}

function phraseEnd(toks: Token[], i: number, b: number, p: PhraseTrigger): number {
  const gap = p.triggerWords === 1 ? 3 : 0;
  for (let start = i + 1; start <= i + 1 + gap && start < b; start++) {
    let j = start;
    let ok = true;
    for (const w of p.rest) {
      j = skipQuotes(toks, j, b);
      if (j >= b || toks[j].key !== w) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return p.triggerWords === 1 ? i + 1 : j;
  }
  return 0;
}

function reflexiveBefore(toks: Token[], i: number, a: number): boolean {
  if (i - 1 >= a && REFLEXIVE.has(toks[i - 1].lower.replace('’', "'"))) return true;
  return i - 2 >= a && ETRE.has(toks[i - 1].lower) && REFLEXIVE.has(toks[i - 2].lower.replace('’', "'"));
}

function phrases(toks: Token[], i: number, b: number, key: string, forms: VerbForm[], out: Trigger[]): void {
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  if (!PHRASES.has(key) && !PHRASES.has(singular) && !forms.some((f) => PHRASES.has(f.lemma))) return;
  const lemmas = new Set<string>([key, singular, ...forms.map((f) => f.lemma)]);
  let best: Trigger | null = null;
  for (const lemma of lemmas) {
    for (const p of PHRASES.get(lemma) ?? []) {
      let end = phraseEnd(toks, i, b, p);
      // A phrase broken by quotes (`prendre le "contrôle total"`) keeps only its verb as trigger.
      for (let k = i; k < end; k++)
        if (QUOTES.has(toks[k].text)) {
          end = i + 1;
          break;
        }
      if (end && (!best || end > best.e))
        best = { s: i, e: end, type: p.type, verb: !p.noun, lemma: p.lemma, tense: forms.find((f) => f.lemma === lemma)?.tense };
    }
  }
  if (best) out.push(best);
}

const DEFINITE_PLURAL = new Set(['les', 'ces', 'aux', 'leurs', 'nos']);
const INJURED = new Set(['blessés', 'blessées']);
const STATE_LEMMAS = new Set(['contrôler', 'occuper', 'tenir']);

/** `entré en vigueur`, `arrivé au pouvoir`: idioms of no event. */
function idiom(toks: Token[], i: number, b: number, forms: VerbForm[]): boolean {
  for (const f of forms) {
    for (const rest of NOT_PHRASES.get(f.lemma) ?? []) {
      if (i + rest.length < b && rest.every((w, k) => toks[i + 1 + k].key === w)) return true;
    }
  }
  return false;
}

export function triggersAt(toks: Token[], i: number, a: number, b: number): Trigger[] {
  const t = toks[i];
  if (!t.word || t.num) return [];
  const key = t.key;
  const afterArticle = i - 1 >= a && ARTICLE_LIKE.has(toks[i - 1].lower);
  // `évacuer les blessés`: after a definite determiner the wounded are people already counted, not a new injury.
  if (INJURED.has(key) && i - 1 >= a && DEFINITE_PLURAL.has(toks[i - 1].key)) return [];
  // A verb form that is also a function word (`entre`) or, after an article, a noun of no event (`un marché`) is not a verb.
  const stop = STOP.has(key);
  let forms = stop || (afterArticle && NOUN_HOMOGRAPHS.has(key)) ? [] : (VERB_FORMS.get(key) ?? []);
  if (idiom(toks, i, b, forms)) forms = [];
  // `le pavillon 5, contrôlé par les X`: a participle in apposition of a control verb says who holds a place (a state), not that it was taken.
  if (i - 1 >= a && toks[i - 1].text === ',' && i + 1 < b && toks[i + 1].key === 'par')
    forms = forms.filter((f) => !(f.tense === 'K' && STATE_LEMMAS.has(f.lemma)));
  const out: Trigger[] = [];
  // `a fait feu`: a fixed phrase may start on a light verb that is also a function word.
  phrases(toks, i, b, key, stop ? (VERB_FORMS.get(key) ?? []) : forms, out);
  if (out.length) return out;
  for (const f of forms) {
    if (afterArticle && f.tense !== 'K') continue;
    const refl = REFLEXIVE_TYPES.get(f.lemma);
    if (refl && reflexiveBefore(toks, i, a)) {
      const withSe = toks[i - 1].lower === 'se';
      out.push({ s: withSe ? i - 1 : i, e: i + 1, type: refl, verb: true, lemma: f.lemma, tense: f.tense });
    }
    const type = VERB_TYPES.get(f.lemma);
    if (type && !out.some((o) => o.type === type)) out.push({ s: i, e: i + 1, type, verb: true, lemma: f.lemma, tense: f.tense });
  }
  // `le RAID` (a police unit), `l'ONU`: a word in capitals is an acronym, not the noun `raid`.
  const nounType = toks[i].upper && toks[i].text.length > 1 ? undefined : NOUN_TYPES.get(key);
  if (nounType && !out.some((o) => o.type === nounType)) out.push({ s: i, e: i + 1, type: nounType, verb: false, lemma: key });
  if (nounType && afterArticle) for (const o of out) if (o.type === nounType) o.verb = false;
  return out;
}

export function findTriggers(toks: Token[], a: number, b: number): Trigger[] {
  const out: Trigger[] = [];
  for (let i = a; i < b; i++) {
    const found = triggersAt(toks, i, a, b);
    out.push(...found);
    const end = Math.max(i + 1, ...found.map((f) => f.e));
    i = end - 1;
  }
  return out;
}
