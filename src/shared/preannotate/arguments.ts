/**
 * Arguments of the events of one sentence. Each mention is given a syntactic slot relative to the
 * trigger (subject, object, `par` X, `contre` X, `de` X, place, time, a number before `tués`…);
 * data/triggers.json maps slots to roles per event type; the schema then decides (argumentProblem).
 */
import type { SchemaIndex } from '../schema/lookup';
import type { Slot } from './lexicon';
import * as lexicon from './lexicon';
import type { Cand } from './mention';
import type { Token } from './tokenizer';
import type { Trigger } from './triggers';
import * as words from './word-classes';

// Bound once: module getters are slow in hot loops under some loaders.
const { OBJECT_IS_ORIGIN, OBJECT_WITH_DE, OF_TO_OWNER, SUBJECT_BY_LABEL, ROLE_OF_SLOT, SUBJECT_IS_PATIENT, TITLES, VERB_FORMS, L } = lexicon;
const { DETERMINERS, DIRECTIONS, isNumberLike, LIGHT_VERBS, PREP, QUANTITY_NOUNS, QUOTES } = words;

export interface Sentence {
  toks: Token[];
  a: number;
  b: number;
  mentions: Cand[];
  schema: SchemaIndex;
}

const QUANTIFIERS = new Set(['plusieurs', 'quelques', 'certains', 'certaines', 'nombreux', 'nombreuses', 'tous', 'toutes']);
const REFLEXIVE_CLITICS = new Set(['se', "s'"]);
const AVOIR = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'ayant', 'avoir', 'aura', 'auront', 'eu']);
const VALENT = /^(?:loya|fidèle|proche|affilié|appartenant|dirigée?s?$|commandée?s?$)/;

/** The preposition a mention depends on, looking back over determiners, quotes and titles. */
export function prepBefore(s: Sentence, m: { s: number }): { prep: string; k: number } {
  const { toks, a } = s;
  let k = m.s - 1;
  for (;;) {
    if (k < a) return { prep: '', k };
    const w = toks[k].lower.replace('’', "'");
    if (QUOTES.has(toks[k].text) || (DETERMINERS.has(w) && !PREP.of.has(w) && w !== 'au' && w !== 'aux')) {
      k--;
      continue;
    }
    // `au moins 17 personnes`, `plus de 2 000 personnes`, `environ 300`: quantity words, not prepositions.
    if (
      (w === 'moins' && toks[k - 1]?.lower === 'au') ||
      ((w === 'de' || w === "d'") && ['plus', 'moins', 'près'].includes(toks[k - 1]?.lower ?? '') && toks[k + 1]?.num)
    ) {
      k -= 2;
      continue;
    }
    if (w === 'environ' || w === 'quelque' || QUANTIFIERS.has(w)) {
      k--;
      continue;
    }
    const title = titleEndingAt(s, k);
    if (title >= 0) {
      k = title - 1;
      continue;
    }
    // `le général à la retraite, X`: the comma of an apposition after a title.
    if (toks[k].text === ',' && k - 1 >= a && titleEndingAt(s, k - 1) >= 0) {
      k--;
      continue;
    }
    // `par des X`, `contre des X`: here `des`/`du` is an article, not `de` + article.
    if ((w === 'des' || w === 'du') && k - 1 >= a && isPreposition(toks[k - 1].lower)) {
      k--;
      continue;
    }
    if ((w === 'de' || w === "d'") && k - 1 >= a && (toks[k - 1].lower === 'près' || DIRECTIONS.has(toks[k - 1].lower) || toks[k - 1].lower === 'abords'))
      return { prep: 'près', k };
    return { prep: w, k };
  }
}

function isPreposition(w: string): boolean {
  return PREP.by.has(w) || PREP.against.has(w) || PREP.with.has(w) || PREP.place.has(w) || w === 'vers' || w === 'pour';
}

const PARTICIPLE_DE = /^(?:armé|équipé|muni|vêtu|chargé)e?s?$/;

const ADMIN_UNITS = new Set(['région', 'province', 'état', 'district', 'préfecture', 'département', 'wilaya', 'gouvernorat', 'comté', 'oblast', 'canton']);

/** `la ville de Boni`, `la capitale, Tripoli`: a nominal followed by the name it stands for is that name. */
function appositive(s: Sentence, m: Cand): Cand {
  if (m.kind !== 'nominal') return m;
  let k = m.e;
  while (k < s.b && (s.toks[k].text === ',' || QUOTES.has(s.toks[k].text) || PREP.of.has(s.toks[k].lower.replace('’', "'")))) k++;
  if (k - m.e > 2) return m;
  // `la région de Sagaing`: an administrative unit stands for the place name after it, GPE or LOC
  // (parts stay: `les banlieues de X`).
  const unit = ADMIN_UNITS.has(s.toks[m.s].key) || (m.e - m.s > 1 && ADMIN_UNITS.has(s.toks[m.s + 1].key));
  const place = (l: string) => l === L.gpe || l === L.location;
  return s.mentions.find((n) => n.s === k && n.kind === 'name' && (n.label === m.label || (unit && place(n.label) && place(m.label)))) ?? m;
}

function titleEndingAt(s: Sentence, k: number): number {
  for (let j = Math.max(s.a, k - 2); j <= k; j++) {
    const t = TITLES.longestAt(s.toks, j, k + 1);
    if (t && j + t.len === k + 1) return j;
  }
  return -1;
}

function mentionEndingAt(s: Sentence, k: number): Cand | undefined {
  let best: Cand | undefined;
  for (const m of s.mentions) if (m.e === k + 1 && m.label !== L.time && (!best || m.s < best.s)) best = m;
  return best;
}

/** From a complement (`Haftar` in `forces du maréchal Haftar`) up to the head noun phrase; applies `forces du GNA` → GNA. */
function headOf(s: Sentence, m: Cand): Cand {
  return headChain(s, m)[0];
}

/** The head and, when there is one, its `de` complement (`hélicoptères de l'armée` → [hélicoptères, armée]). */
function headChain(s: Sentence, m: Cand): Cand[] {
  let cur = m;
  let complement: Cand | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const { prep, k } = prepBefore(s, cur);
    let up: Cand | undefined;
    // `armés de fusils et de haches`: the second of two coordinated complements hangs where the first does.
    if (PREP.of.has(prep) && k - 2 >= s.a && s.toks[k - 1].key === 'et') {
      const sibling = mentionEndingAt(s, k - 2);
      if (sibling && sibling.label === cur.label) {
        cur = sibling;
        continue;
      }
    }
    if (PREP.of.has(prep)) {
      up = mentionEndingAt(s, k - 1);
      // `assaillants armés de fusils`: the participle stands between the people and their means.
      if (!up && k - 2 >= s.a && PARTICIPLE_DE.test(s.toks[k - 1].lower)) up = mentionEndingAt(s, k - 2);
      if (!up && k - 4 >= s.a && s.toks[k - 1].lower === 'commandement') up = mentionEndingAt(s, k - 4); // sous le commandement du
    } else if ((prep === 'à' || prep === 'au' || prep === 'aux') && k - 1 >= s.a && VALENT.test(s.toks[k - 1].lower)) {
      up = mentionEndingAt(s, k - 2);
    }
    if (!up) break;
    complement = cur;
    cur = up;
  }
  const owner = s.schema.schema.entities.some((e) => e.name === L.organisation) ? [L.organisation, L.gpe] : [];
  if (complement && cur.kind === 'nominal' && OF_TO_OWNER.has(s.toks[cur.e - 1].lower) && owner.includes(complement.label)) return [complement];
  return complement ? [cur, complement] : [cur];
}

/** `militaires de l'ANL` → ANL: a group belonging to a named organisation is represented by it. */
function ownerOf(s: Sentence, m: Cand): Cand {
  if (m.kind !== 'nominal' || !OF_TO_OWNER.has(s.toks[m.e - 1].lower)) return m;
  let k = m.e;
  while (k < s.b && (PREP.of.has(s.toks[k].key) || s.toks[k].key === 'la' || s.toks[k].key === "l'")) k++;
  if (k === m.e) return m;
  const owner = s.mentions.find((n) => n.s === k && n.kind === 'name');
  return owner && (owner.label === L.organisation || owner.label === L.gpe) ? owner : m;
}

function ownerInside(s: Sentence, m: Cand): Cand | undefined {
  return s.mentions.find((n) => n !== m && n.s > m.s && n.e <= m.e && (n.label === L.organisation || n.label === L.gpe || n.label === L.person));
}

/** `Armée nationale libyenne (ANL)`: an acronym in parentheses stands for the name before it. */
function unparenthesised(s: Sentence, m: Cand): Cand {
  if (m.s - 1 <= s.a || s.toks[m.s - 1].text !== '(' || s.toks[m.e]?.text !== ')') return m;
  return mentionEndingAt(s, m.s - 2) ?? m;
}

function isPassive(s: Sentence, t: Trigger): boolean {
  if (t.tense !== 'K') return false;
  for (let k = t.s - 1; k >= Math.max(s.a, t.s - 3); k--) {
    if (AVOIR.has(s.toks[k].lower)) return s.toks[k + 1]?.lower === 'été';
    if (REFLEXIVE_CLITICS.has(s.toks[k].key)) return false; // `se sont emparées`: être of a reflexive verb
  }
  return true;
}

/** Verbs whose subject does the killing or wounding when they are active (`X a tué Y`), unlike `mourir`, `périr`. */
const TRANSITIVE_CASUALTY = new Set(['tuer', 'blesser', 'assassiner', 'égorger', 'poignarder', 'abattre', 'exécuter']);

/** `un homme a blessé six personnes`, `le tireur tue`, `tuant`: an active form of a transitive casualty verb. */
function activeCasualty(s: Sentence, t: Trigger): boolean {
  if (!t.verb || !TRANSITIVE_CASUALTY.has(t.lemma) || isPassive(s, t)) return false;
  if (t.tense !== 'K') return t.tense !== 'W';
  const k = t.s - 1;
  return k >= s.a && AVOIR.has(s.toks[k].lower);
}

function lightVerbBefore(s: Sentence, t: Trigger): boolean {
  for (let k = t.s - 1; k >= Math.max(s.a, t.s - 8); k--) {
    if ((VERB_FORMS.get(s.toks[k].lower) ?? []).some((f) => LIGHT_VERBS.has(f.lemma))) return true;
  }
  return false;
}

const CLAUSE_BREAKS = new Set([';', ':', '«', '»', 'que', "qu'"]);

/**
 * `le convoi, qui transportait des soldats, a été attaqué`, `l'homme qui a tué deux passantes`: across a
 * relative clause the subject of a verb is the antecedent of `qui` (inside the clause as after it), not the
 * nearest mention of the clause. Null when no `qui` stands between the verb and the start of its clause.
 */
function relativeAntecedent(s: Sentence, t: Trigger): Cand[] | null {
  const { toks, a } = s;
  for (let k = t.s - 1; k >= Math.max(a, t.s - 25); k--) {
    if (CLAUSE_BREAKS.has(toks[k].key)) return null;
    if (toks[k].key !== 'qui') continue;
    let end = k - 1;
    if (end >= a && (toks[end].key === 'ce' || PREP.of.has(toks[end].key) || isPreposition(toks[end].key))) return null;
    if (end >= a && toks[end].text === ',') end--;
    const m = mentionEndingAt(s, end);
    if (!m || m.label === L.time) return null;
    return headChain(s, unparenthesised(s, m)).map((c) => appositive(s, c));
  }
  return null;
}

function subject(s: Sentence, t: Trigger): Cand[] {
  const relative = relativeAntecedent(s, t);
  if (relative) return relative;
  // Closest first; a mention inside a prepositional phrase (`dirigée par le maréchal X`) is skipped.
  const left = s.mentions.filter((m) => m.e <= t.s && m.label !== L.time).sort((x, y) => y.e - x.e || x.s - y.s);
  for (const m of left.slice(0, 4)) {
    if (headlineTopic(s, m)) continue;
    const chain = headChain(s, unparenthesised(s, m));
    const { prep } = prepBefore(s, chain[0]);
    if (prep !== '' && isPreposition(prep)) continue;
    return chain.map((c) => appositive(s, c));
  }
  return [];
}

const COORDINATORS = new Set(['et', 'ou', 'ainsi']);

/**
 * Mentions coordinated before a subject share its slot: `Dix militaires et une quarantaine de rebelles
 * ont été tués`, `23 personnes, dont neuf enfants, ont été tuées`, `X, parmi lesquels Y, ont été évacués`, `A, B et C ont péri`.
 */
function coordinatedBefore(s: Sentence, m: Cand): Cand[] {
  const { toks, a } = s;
  const out: Cand[] = [];
  let cur = m;
  let listed = false;
  for (let guard = 0; guard < 8; guard++) {
    let k = cur.s - 1;
    if (k >= a && DETERMINERS.has(toks[k].key)) k--;
    let joined = false;
    if (k >= a && COORDINATORS.has(toks[k].key)) {
      k--;
      joined = listed = true;
    } else if (listed && k >= a && toks[k].text === ',') {
      // `30 Kényans, 12 Ougandais et un Tanzanien ont péri`: before the last `et`, commas go on with the list.
      k--;
      joined = true;
    } else if (k >= a && toks[k].key === 'dont') {
      k--;
      joined = true;
    } else if (k - 1 >= a && toks[k - 1].key === 'parmi' && /^lesquel/.test(toks[k].key)) {
      k -= 2;
      joined = true;
    }
    if (!joined) break;
    if (k >= a && toks[k].text === ',') k--;
    const prev = mentionEndingAt(s, k);
    if (!prev || prev.label !== m.label) break;
    out.push(prev);
    cur = prev;
  }
  return out;
}

function slotsAfter(s: Sentence, t: Trigger, end: number): { slot: Slot; m: Cand }[] {
  const out: { slot: Slot; m: Cand }[] = [];
  let objectTaken = false;
  let commas = 0;
  let previous: Slot | null = null;
  for (const m of [...s.mentions].sort((x, y) => x.s - y.s)) {
    if (m.s < t.e || m.s >= end || m.label === L.time) continue;
    for (let k = t.e; k < m.s; k++) if (s.toks[k].text === ',') commas++;
    if (commas > 1) break;
    const { prep, k } = prepBefore(s, m);
    const direct = k < t.e;
    let slot: Slot | null = null;
    if ((prep === 'et' || prep === 'dont') && previous)
      slot = previous; // `X et Y`, `X dont Y` share a slot
    // `offensive sur Tripoli` aims at the town; `attaque sur l'axe X` happens on the road.
    // `ont tiré sur des enfants`: after a verb too, people or a group after `sur` are aimed at.
    else if (prep === 'sur' && ((!t.verb && m.label !== L.location) || m.label === L.person || m.label === L.organisation)) slot = 'against';
    else if (prep === 'entre') slot = 'between';
    else if (PREP.by.has(prep)) slot = 'by';
    else if (PREP.against.has(prep)) slot = 'against';
    else if (PREP.with.has(prep)) slot = 'with';
    else if (prep === 'vers') slot = 'destination';
    else if (PREP.place.has(prep)) slot = t.type && ROLE_OF_SLOT[t.type]?.destination && prep !== 'dans' ? 'destination' : 'place';
    else if (PREP.of.has(prep) && (k === t.e || k === t.e + 1)) {
      // After a verb, `des`/`du` is a partitive article (`bombardé des positions`) or `s'emparer de` takes its object.
      if (t.verb)
        slot = OBJECT_WITH_DE.has(t.lemma) || ((prep === 'des' || prep === 'du') && !objectTaken) ? 'object' : OBJECT_IS_ORIGIN.has(t.lemma) ? 'origin' : null;
      else slot = 'of';
    } else if ((direct || prep === '' || prep === ',') && t.verb && !objectTaken) slot = OBJECT_IS_ORIGIN.has(t.lemma) ? 'origin' : 'object';
    if (slot === 'object') objectTaken = true;
    previous = slot;
    if (slot) out.push({ slot, m: ownerOf(s, appositive(s, slot === 'of' || slot === 'by' ? headOf(s, m) : m)) });
  }
  return out;
}

const CASUALTY_TYPES = new Set(['Life.Die', 'Life.Injure']);

function roleFor(s: Sentence, type: string, slot: Slot, m: Cand): string | null {
  const roles = ROLE_OF_SLOT[type] ?? {};
  const placeLike = roles.place && !s.schema.argumentProblem(type, roles.place, m.label);
  const means = roles.instrument && !s.schema.argumentProblem(type, roles.instrument, m.label);
  // `explosion d'une mine`, `frappe de missile`: a weapon after `de` is the instrument.
  // `tiré avec un fusil`, `a tiré une roquette`: a weapon used (a vehicle driven, with `avec`) is the instrument, not the target.
  const used = slot === 'with' ? m.label === L.weapon || m.label === L.vehicle : slot === 'object' && m.label === L.weapon;
  const tries: (Slot | undefined)[] =
    (slot === 'of' || used) && means ? ['instrument', slot] : slot === 'of' && placeLike && roles.ofPlace ? ['ofPlace', slot] : [slot];
  if (slot === 'by' || slot === 'with' || slot === 'place' || slot === 'object') tries.push('instrument');
  if (slot === 'of' || slot === 'against') tries.push('ofPlace', 'place');
  if (slot === 'destination' || slot === 'origin') tries.push('place');
  // `a coûté la vie à 25 personnes`: the people after `à` of a death or an injury are its victims.
  if (slot === 'place' && m.label === L.person && CASUALTY_TYPES.has(type)) tries.push('object');
  const byLabel = slot === 'subject' ? SUBJECT_BY_LABEL[type]?.[m.label] : undefined;
  if (byLabel && !s.schema.argumentProblem(type, byLabel, m.label)) return byLabel;
  for (const sl of tries) {
    const role = sl && roles[sl];
    if (role && !s.schema.argumentProblem(type, role, m.label)) return role;
  }
  return null;
}

/** A number right before `tués`/`blessés` is the victims (`45 blessés`). */
const CASUALTY_NOUN_RE = /^(?:morts?|mortes?|blessée?s?|tuée?s?)$/;
const DEGREE_ADVERBS = new Set(['grièvement', 'gravement', 'légèrement', 'mortellement', 'sérieusement']);
const ORDINAL_WORDS = /^(?:second|seconde|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)$/;
const UN = new Set(['un', 'une']);

/**
 * The elliptic victims of a coordinated `tués`/`blessés`: `et deux autres blessés`, `et un troisième grièvement blessé`,
 * `et une quarantaine blessées` (the noun is left out: the number phrase stands for the people).
 */
function ellipticVictim(s: Sentence, t: Trigger): Cand | null {
  const { toks, a } = s;
  let k = t.s - 1;
  if (k >= a && DEGREE_ADVERBS.has(toks[k].lower)) k--;
  if (k - 1 < a) return null;
  let from = -1;
  if (toks[k].lower === 'autres' && (toks[k - 1].num || isNumberLike(toks[k - 1]))) from = k - 1;
  else if (ORDINAL_WORDS.test(toks[k].lower) && UN.has(toks[k - 1].lower)) from = k - 1;
  else if (QUANTITY_NOUNS.has(toks[k].lower) && UN.has(toks[k - 1].lower)) from = k - 1;
  if (from < 0 || s.mentions.some((m) => m.s <= k && from < m.e)) return null;
  // Only in a coordination: the first clause named the people (`… ont été tués et deux autres blessés`).
  if (from - 1 < a || toks[from - 1].lower !== 'et') return null;
  return { s: from, e: k + 1, label: L.person, conf: 0.5, kind: 'nominal' };
}

/** Adjectives of a casualty noun that belong to the people's extent (`six blessés légers`, `deux blessés graves`). */
const CASUALTY_ADJECTIVES = new Set(['léger', 'légers', 'légère', 'légères', 'grave', 'graves', 'supplémentaires']);
const AUXILIARIES = new Set(['est', 'sont', 'été', 'a', 'ont', 'était', 'étaient', 'avaient', 'avait']);

/**
 * `et 55 blessées` after `sont mortes`: the participle of the first clause is understood again, so the number alone
 * stands for the people. `Deux morts et quatre blessés` is no such ellipsis (the first noun follows a number too).
 */
function ellipticParticiple(toks: Token[], k: number, a: number): boolean {
  if (k - 2 < a || toks[k - 1].key !== 'et') return false;
  const before = toks[k - 2];
  if (!VERB_FORMS.has(before.lower) || (k - 3 >= a && isNumberLike(toks[k - 3]))) return false;
  for (let j = k - 3; j >= Math.max(a, k - 5); j--) if (AUXILIARIES.has(toks[j].lower)) return true;
  return false;
}

function numberVictim(s: Sentence, t: Trigger): Cand | null {
  const elliptic = ellipticVictim(s, t);
  if (elliptic) return elliptic;
  const { toks } = s;
  const k = t.s - 1;
  // A nominal that swallows the trigger itself (`20 blessés`) does not count.
  if (k < s.a || s.mentions.some((m) => m.s <= k && k < m.e && m.e <= t.s)) return null;
  const number = toks[k].num || (isNumberLike(toks[k]) && toks[k].lower !== 'plusieurs');
  // `plusieurs blessés légers`, `de nombreux morts`: the casualty noun alone (quantifiers are dropped) is the people.
  const quantified = QUANTIFIERS.has(toks[k].lower) || toks[k].lower === 'nombreux';
  if (!number && !quantified) return null;
  if (number && ellipticParticiple(toks, k, s.a)) return { s: k, e: k + 1, label: L.person, conf: 0.5, kind: 'nominal' };
  // `trois blessés`, `un mort`, `1.204 morts`: the number and the casualty noun are one mention of people, the noun its trigger.
  if (t.e - t.s !== 1 || (t.verb && !CASUALTY_NOUN_RE.test(toks[t.s].lower))) {
    return toks[k].num ? { s: k, e: k + 1, label: L.person, conf: 0.5, kind: 'nominal' } : null;
  }
  let e = t.e;
  while (e < s.b && CASUALTY_ADJECTIVES.has(toks[e].lower)) e++;
  return { s: quantified ? t.s : k, e, label: L.person, conf: 0.6, kind: 'nominal' };
}

const LIST_GLUE = new Set([',', 'et', 'dont', 'environ', 'le', 'la', 'les', "l'", 'des']);

/**
 * `trois blessés (un militaire, un passant et l'agresseur)`, `neuf morts : six passagers et trois employés`: the people listed
 * after a count of casualties are its victims, as far as the list goes.
 */
function casualtyList(s: Sentence, from: number): Cand[] {
  const { toks } = s;
  let j = from;
  while (j < s.b && CASUALTY_ADJECTIVES.has(toks[j].lower)) j++;
  if (j >= s.b || (toks[j].text !== '(' && toks[j].text !== ':')) return [];
  const out: Cand[] = [];
  let k = j + 1;
  for (const m of [...s.mentions].sort((x, y) => x.s - y.s)) {
    if (m.s < k) continue;
    for (; k < m.s; k++) if (!LIST_GLUE.has(toks[k].key)) return out;
    if (m.label !== L.person) return out;
    out.push(m);
    k = m.e;
  }
  return out;
}

/** `30 août 2016. – Au moins cinq personnes…`: the date of a dateline is when the news was written, not when its events happened. */
function dateline(s: Sentence, m: Cand): boolean {
  if (m.s !== s.a) return false;
  let k = m.e;
  if (k < s.b && s.toks[k].text === '.') k++;
  return k < s.b && (s.toks[k].text === '–' || s.toks[k].text === '—');
}

/** `France : attaque à Valence`: the country that opens a headline before a colon names its topic, it is no subject. */
function headlineTopic(s: Sentence, m: Cand): boolean {
  return m.s === s.a && m.e < s.b && s.toks[m.e].text === ':';
}

/**
 * A time belongs to the nearest event on its side: another trigger between them takes it, and so does
 * the verb of another clause (`a annoncé jeudi qu'elles ont ciblé` — jeudi is the announcement's).
 */
function otherTriggerBetween(s: Sentence, t: Trigger, m: Cand, others: Trigger[]): boolean {
  const [from, to] = m.e <= t.s ? [m.e, t.s] : [t.e, m.s];
  for (let k = from; k < to; k++) if (s.toks[k].key === 'que' || s.toks[k].key === "qu'") return true;
  return others.some((o) => o !== t && o.s >= from && o.e <= to);
}

export function argumentsOf(s: Sentence, t: Trigger, nextTrigger: number, others: Trigger[] = []): { role: string; m: Cand }[] {
  const found: { slot: Slot; m: Cand }[] = [];
  // `35 soldats ont été tués et 45 blessés`: a number right before the trigger is its own subject.
  const num = numberVictim(s, t);
  if (num) found.push({ slot: 'number', m: num });
  if (num) for (const m of casualtyList(s, num.e)) found.push({ slot: 'number', m });
  else if (t.verb || lightVerbBefore(s, t)) {
    const [subj, complement] = subject(s, t);
    const active = activeCasualty(s, t);
    const patient = t.verb && !active && (isPassive(s, t) || SUBJECT_IS_PATIENT.has(t.type));
    // The subject of an active `a tué` is its agent: the slot of `tué par X`.
    const agentSlot: Slot = active ? 'by' : 'subject';
    if (subj) found.push({ slot: patient ? 'object' : agentSlot, m: subj });
    if (subj) for (const c of coordinatedBefore(s, subj)) found.push({ slot: patient ? 'object' : agentSlot, m: c });
    // `des hélicoptères de l'armée ont bombardé`: the means is the instrument, its owner the agent.
    if (subj && complement && !patient && !roleFor(s, t.type, 'subject', subj)) found.push({ slot: 'subject', m: complement });
    // `des hélicoptères de l'armée ont bombardé`, the owner inside the vehicle's extent: the vehicle is the instrument, its owner the agent.
    const owner = subj && !complement && !patient && (subj.label === L.vehicle || subj.label === L.weapon) ? ownerInside(s, subj) : undefined;
    if (owner) found.push({ slot: 'subject', m: owner });
  }
  found.push(...slotsAfter(s, t, nextTrigger));
  for (const m of s.mentions) if (m.label === L.time && !otherTriggerBetween(s, t, m, others) && !dateline(s, m)) found.push({ slot: 'time', m });
  const out: { role: string; m: Cand }[] = [];
  for (const { slot, m } of found) {
    if (out.some((o) => o.m === m)) continue;
    const role = roleFor(s, t.type, slot, m);
    if (role) out.push({ role, m });
  }
  return out;
}
