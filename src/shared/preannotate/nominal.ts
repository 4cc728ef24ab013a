/**
 * Nominal mentions: a head noun from data/nominals.json with its numbers and adjectives
 * (`cinq militaires libyens`, `3 autres véhicules armés`, `zones densément peuplées`), minus the
 * determiner (`un`/`une` stay: they count as numbers). Weapons and vehicles are always mentions;
 * the other labels are candidates kept only when they fill an event role.
 */
import nominals from './data/nominals.json';
import * as lexicon from './lexicon';
import type { Cand } from './mention';
import type { Token } from './tokenizer';
import * as words from './word-classes';

// Bound once: module getters are slow in hot loops under some loaders.
const { ALWAYS_LABELS, L, MONTHS, NAMES, NOMINALS, NOUN_TYPES, VERB_FORMS, VERB_TYPES } = lexicon;
const { COMPLEMENT_PREPS, isAdjective, isAdverb, isNumberLike, PRE_ADJECTIVES, QUANTITY_NOUNS, STOP } = words;

const PARTICIPLE_RE = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/;
const VALENT_RE = /^(?:loya|fidèle|proche|hostile|affilié|opposé|lié|favorable|âgé|voisin)/;
const NOT_NUMBER = new Set(['plusieurs', 'quelques', 'des']);
const LOOSE_PREPS = new Set(['dans', 'en', 'sur', 'depuis', 'lors', 'sous', 'avec']);
/** Nationality nouns are nominal mentions only with their capital (`les Russes`, not `russes`). */
const CAPITALISED = new Set(
  Object.values(nominals)
    .flat()
    .filter((w): w is string => typeof w === 'string' && /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase())
    .concat(lexicon.NATIONALITY_FORMS),
);

/** An adjective that opens a complement (`loyales à`, `posée par`) is not part of the noun phrase. */
function takesComplement(toks: Token[], i: number, b: number, person = false): boolean {
  const next = i + 1 < b ? toks[i + 1].lower.replace('’', "'") : '';
  // `les gardes présents sur place`: `présent` with a complement is a clause, not an adjective of the people.
  if (/^présente?s?$/.test(toks[i].lower) && COMPLEMENT_PREPS.has(next)) return true;
  // `migrants âgés entre 15 et 17 ans`, `femme âgée 40 ans`: an age is no part of the noun phrase.
  if (/^âgée?s?$/.test(toks[i].lower) && (next === 'entre' || (i + 1 < b && toks[i + 1].num))) return true;
  if (!COMPLEMENT_PREPS.has(next) && next !== 'de' && next !== 'du' && next !== "d'") return false;
  // `assaillants armés de fusils`, `hommes vêtus d'uniformes`: after people, a past participle with a de-complement opens a clause.
  if (next === 'de' || next === 'du' || next === "d'")
    return VALENT_RE.test(toks[i].lower) || (person && PERSON_PARTICIPLE_RE.test(toks[i].lower) && i + 2 < b && !toks[i + 2].cap);
  // `hameaux voisins depuis`: a valent adjective takes its complement with à/avec/par, not with a place or time preposition.
  if (VALENT_RE.test(toks[i].lower)) return !LOOSE_PREPS.has(next);
  // `rebelles papous à X`: -ou adjectives of origin are no participles.
  if (!PARTICIPLE_RE.test(toks[i].lower) || /ou(?:e|s|es)?$/.test(toks[i].lower)) return false;
  // `hommes armés dans l'État`: before a place or time preposition, only the participle of an event verb
  // (`tués dans l'attaque`) opens a clause; other participles are adjectives of the noun.
  return !LOOSE_PREPS.has(next) || VERB_FORMS.has(toks[i].lower);
}

const INJURED_AFTER = new Set(['les', 'ces', 'aux', 'leurs', 'nos']);
const INJURED_NOUNS = new Set(['blessés', 'blessées']);
const ROADS = new Set(['route', 'axe', 'autoroute']);
const ROAD_NUMBER_RE = /^\p{Lu}{0,3}-?\d{1,4}\p{Lu}?$/u;
const PERSON_PARTICIPLE_RE = /(?:é|ée|és|ées|u|us|ue|ues)$/;

/** Finite verb tenses (Lefff codes): `tue`, `frappe` after a noun are the verb of the clause, not an adjective. */
const FINITE = new Set(['P', 'I', 'J', 'F', 'C', 'S', 'T']);
function isFiniteVerb(t: Token): boolean {
  return (VERB_FORMS.get(t.lower) ?? []).some((f) => FINITE.has(f.tense));
}
/** `deux gendarmes tués`, `trois personnes blessées`: the participle of an event verb is that event's trigger, not an adjective. */
function isTriggerParticiple(t: Token): boolean {
  return (VERB_FORMS.get(t.lower) ?? []).some((f) => f.tense === 'K' && VERB_TYPES.has(f.lemma));
}
/** An adjective of the noun phrase: no number word (`trois` looks like `chinois`), no finite verb (`drone turque tue`), no trigger. */
const TIME_WORDS_LIKE_ADJECTIVES = new Set(['hier', 'avant-hier']);
function adjectiveHere(toks: Token[], j: number): boolean {
  // `munitions hier`, `roquettes janvier`: time words in -ier are no adjectives.
  return (
    isAdjective(toks[j]) &&
    !isNumberLike(toks[j]) &&
    !isFiniteVerb(toks[j]) &&
    !isTriggerParticiple(toks[j]) &&
    !TIME_WORDS_LIKE_ADJECTIVES.has(toks[j].lower) &&
    !MONTHS.has(toks[j].key)
  );
}

function adjectivesAfter(toks: Token[], j: number, b: number, person = false): number {
  for (;;) {
    // `les blessés les plus graves`, `les civils les plus exposés`: a superlative after the noun.
    if (
      j + 2 < b &&
      toks[j].key === 'les' &&
      toks[j + 1].key === 'plus' &&
      toks[j + 2].word &&
      !toks[j + 2].cap &&
      !STOP.has(toks[j + 2].lower) &&
      !isFiniteVerb(toks[j + 2])
    ) {
      j += 3;
      continue;
    }
    if (j < b && adjectiveHere(toks, j) && !takesComplement(toks, j, b, person)) {
      j++;
      continue;
    }
    if (j + 1 < b && isAdverb(toks[j]) && adjectiveHere(toks, j + 1) && !takesComplement(toks, j + 1, b)) {
      j += 2;
      continue;
    }
    // `islamistes et jihadistes`: two coordinated adjectives.
    // A participle of an event verb after `et` is the next clause (`à l'arme automatique et incendié`).
    if (
      j + 1 < b &&
      toks[j].lower === 'et' &&
      adjectiveHere(toks, j - 1) &&
      adjectiveHere(toks, j + 1) &&
      !takesComplement(toks, j + 1, b) &&
      !VERB_FORMS.has(toks[j + 1].lower) &&
      // `train et locomotive`: a vehicle or weapon noun after `et` is a second mention, not an adjective.
      !ALWAYS_LABELS.has(NOMINALS.longestAt(toks, j + 1, b)?.value ?? '')
    ) {
      j += 2;
      continue;
    }
    return j;
  }
}

const DE = new Set(['de', "d'"]);
/** Nouns that make a weapon of the explosive they hold: `barils d'explosifs`, `ceinture d'explosifs`. */
const CONTAINERS = new Set(['baril', 'barils', 'ceinture', 'ceintures', 'sac', 'sacs', 'colis', 'charge', 'charges', 'caisse', 'caisses', 'bidon', 'bidons']);
/** A model or make after a weapon or vehicle noun: `fusils M16`, `hélicoptères MG-520`, `avions Antonov`, `missiles Scud`. */
function modelName(t: Token | undefined): boolean {
  return !!t && t.word && (t.cap || (/\d/.test(t.text) && /\p{Lu}/u.test(t.text))) && !STOP.has(t.lower) && !t.text.endsWith("'");
}

export function nominalExtent(toks: Token[], i: number, headLen: number, a: number, b: number, person = false): { s: number; e: number } {
  let k = i - 1;
  while (k >= a && PRE_ADJECTIVES.has(toks[k].lower)) k--;
  // `milliers d'habitants`, `dizaines de milliers de civils`
  while (k - 1 >= a && (toks[k].lower === 'de' || toks[k].lower === "d'" || toks[k].lower === 'd’') && QUANTITY_NOUNS.has(toks[k - 1].lower)) k -= 2;
  // `un des assaillants`, `cinq des policiers`: a number of the group belongs to the mention.
  if (k - 1 >= a && toks[k].lower === 'des' && i - k <= 2 && isNumberLike(toks[k - 1]) && !NOT_NUMBER.has(toks[k - 1].lower)) k -= 2;
  else if (k >= a && isNumberLike(toks[k]) && !NOT_NUMBER.has(toks[k].lower)) {
    k--;
    // `trois à quatre personnes`, `trois ou quatre hommes`: a range of numbers.
    if (k - 1 >= a && (toks[k].lower === 'à' || toks[k].lower === 'ou') && isNumberLike(toks[k - 1]) && !NOT_NUMBER.has(toks[k - 1].lower)) k -= 2;
  }
  return { s: k + 1, e: adjectivesAfter(toks, i + headLen, b, person) };
}

/** `milliers de Yéménites`, `des Maliens`: a capitalised plural in -ites, -iens, -ais… after a determiner, number or `de`. */
const DEMONYM_RE = /^\p{Lu}\p{Ll}+(?:ites|iens|iennes|ais|aises|ois|oises|ains|aines|ans|anes|ens|ennes|ards|ins|ols|ines)$/u;
const DEMONYM_BEFORE = new Set(['des', 'les', 'de', "d'", 'ces', 'deux', 'trois', 'plusieurs', 'quelques', 'aux']);

function demonym(toks: Token[], i: number, a: number): string | null {
  if (!DEMONYM_RE.test(toks[i].text) || i - 1 < a) return null;
  const prev = toks[i - 1];
  return prev.num || DEMONYM_BEFORE.has(prev.key) ? L.person : null;
}

function bareNoun(t: Token): boolean {
  if (!t.word || t.cap || t.num || STOP.has(t.lower) || isNumberLike(t) || QUANTITY_NOUNS.has(t.lower) || t.text.endsWith("'") || t.text.endsWith('’'))
    return false;
  // `forcé des civils de fuir`: an infinitive is no noun.
  return !(VERB_FORMS.get(t.lower) ?? []).some((f) => f.tense === 'W');
}

/**
 * Weapon and vehicle noun phrases: a model name after the noun (`fusils M16`), a weapon as `de`
 * complement (`obus de mortier`, `drones chargés d'explosifs`), a container of explosives before it (`barils d'explosifs`).
 */
function meansExtent(toks: Token[], i: number, len: number, s: number, e: number, label: string, a: number, b: number): { s: number; e: number } {
  if (e < b && modelName(toks[e]) && !NAMES.longestAt(toks, e, b)) {
    e++;
    // `hélicoptères MG-520`, `char AMX 30`, `T 72`: a model's number after its letters.
    if (e < b && ((modelName(toks[e]) && /\d/.test(toks[e].text)) || (toks[e].num && /^\d{1,4}$/.test(toks[e].text)))) e++;
  } else if (e + 1 < b && DE.has(toks[e].key)) {
    const inner = NOMINALS.longestAt(toks, e + 1, b);
    if (inner && inner.value === label && !CAPITALISED.has(toks[e + 1].lower)) e = adjectivesAfter(toks, e + 1 + inner.len, b);
    // `train de voyageurs`, `camion de marchandises`: a bare noun complement.
    else if ((!inner || !ALWAYS_LABELS.has(inner.value)) && e === i + len && bareNoun(toks[e + 1])) e = adjectivesAfter(toks, e + 2, b);
  }
  if (s === i && i - 2 >= a && DE.has(toks[i - 1].key) && CONTAINERS.has(toks[i - 2].lower)) s = nominalExtent(toks, i - 2, 1, a, b).s;
  return { s, e };
}

const OF_ARTICLE = new Set(['du', 'des']);
/**
 * `six membres du commando`, `la femme du policier`, `membres de l'équipe de sécurité`: people described by a
 * common-noun complement keep it (only a named complement is split off, `six membres du Hamas`); a complement
 * that names an event (`victimes de l'attentat`) or a weapon or vehicle stays out.
 */
function commonComplement(toks: Token[], e: number, b: number): number {
  let j = e;
  if (j < b && OF_ARTICLE.has(toks[j].key)) j++;
  else if (j + 1 < b && toks[j].key === 'de' && (toks[j + 1].key === 'la' || toks[j + 1].key === "l'")) j += 2;
  else return e;
  if (j >= b || !bareNoun(toks[j]) || NOUN_TYPES.has(toks[j].key) || VERB_FORMS.has(toks[j].lower)) return e;
  const inner = NOMINALS.longestAt(toks, j, b);
  // `membres des forces paramilitaires`: a group of its own (a mention when it fills a role) is split off like a name.
  if (inner && (ALWAYS_LABELS.has(inner.value) || inner.value === L.organisation)) return e;
  let end = adjectivesAfter(toks, j + (inner?.len ?? 1), b);
  // `quatre militaires de l'opération X`: a complement named after it is a name, split off like one.
  if (end < b && toks[end].cap && toks[end].word && !STOP.has(toks[end].lower)) return e;
  // `membres de l'équipe de sécurité`: one more bare de-noun completes a compound.
  if (end + 1 < b && toks[end].key === 'de' && bareNoun(toks[end + 1]) && !NOUN_TYPES.has(toks[end + 1].key)) end += 2;
  return end;
}

/**
 * `siège des services de renseignement`, `un terminal de l'aéroport`, `la mosquée d'un camp militaire`: a facility described by a
 * common-noun complement keeps it, another facility or a group included (a named complement, people and countries stay mentions of their own).
 */
function facilityComplement(toks: Token[], e: number, b: number): number {
  let j = e;
  if (j < b && OF_ARTICLE.has(toks[j].key)) j++;
  else if (j + 1 < b && DE.has(toks[j].key) && ['la', "l'", 'un', 'une'].includes(toks[j + 1].key)) j += 2;
  else return e;
  if (j >= b || !bareNoun(toks[j]) || NOUN_TYPES.has(toks[j].key) || VERB_FORMS.has(toks[j].lower)) return e;
  const inner = NOMINALS.longestAt(toks, j, b);
  // `poste de commandement des terroristes`, `prisons du pays`: people and countries are owners, mentions of their own.
  if (inner && (ALWAYS_LABELS.has(inner.value) || inner.value === L.person || inner.value === L.gpe)) return e;
  let end = adjectivesAfter(toks, j + (inner?.len ?? 1), b);
  // `siège des services des renseignements afghans`: one more common-noun complement.
  if (end + 1 < b && OF_ARTICLE.has(toks[end].key) && bareNoun(toks[end + 1]) && !NOUN_TYPES.has(toks[end + 1].key)) end = adjectivesAfter(toks, end + 2, b);
  return end;
}

const DRIVERS = new Set([
  'chauffeur',
  'chauffeurs',
  'conducteur',
  'conducteurs',
  'conductrice',
  'pilote',
  'pilotes',
  'passager',
  'passagers',
  'passagère',
  'passagères',
  'occupants',
  'occupant',
  'propriétaire',
  'capitaine',
]);
function drivenVehicle(toks: Token[], e: number, b: number): Cand | null {
  if (!DRIVERS.has(toks[e - 1].lower) || e + 1 >= b) return null;
  let j = e + 1;
  if (toks[e].key === 'du') j = e + 1;
  else if (toks[e].key === 'de' && (toks[e + 1].key === 'la' || toks[e + 1].key === "l'")) j = e + 2;
  else if (!DE.has(toks[e].key)) return null;
  const inner = j < b ? NOMINALS.longestAt(toks, j, b) : null;
  if (!inner || inner.value !== L.vehicle) return null;
  return { s: j, e: adjectivesAfter(toks, j + inner.len, b), label: L.vehicle, conf: 0.85, kind: 'means', nested: true };
}

const LOADED_RE = /^(?:rempli|chargé|bourré)e?s?$/;
/**
 * What a vehicle holds or who it belongs to is part of it: `une voiture remplie d'explosifs`, `un bus de l'armée`,
 * `la voiture de l'assaillant`, `deux wagons du train` (a common-noun complement with its article; a name stays out).
 * The weapon or the owner inside is a mention of its own (nested; the owner only when it fills a role).
 */
function vehicleComplement(toks: Token[], e: number, b: number): { e: number; inner: Cand } | null {
  let j = e;
  if (j - 1 >= 0 && LOADED_RE.test(toks[j - 1].lower) && j + 1 < b && DE.has(toks[j].key)) {
    const w = NOMINALS.longestAt(toks, j + 1, b);
    if (!w || w.value !== L.weapon) return null;
    const end = adjectivesAfter(toks, j + 1 + w.len, b);
    return { e: end, inner: { s: j + 1, e: end, label: L.weapon, conf: 0.85, kind: 'means', nested: true } };
  }
  if (j < b && OF_ARTICLE.has(toks[j].key) && toks[j].key === 'du') j++;
  else if (j + 1 < b && toks[j].key === 'de' && (toks[j + 1].key === 'la' || toks[j + 1].key === "l'")) j += 2;
  else return null;
  if (j >= b || !bareNoun(toks[j]) || NOUN_TYPES.has(toks[j].key)) return null;
  const w = NOMINALS.longestAt(toks, j, b);
  if (!w || w.value === L.weapon) return null;
  const end = adjectivesAfter(toks, j + w.len, b);
  return { e: end, inner: { s: j, e: end, label: w.value, conf: 0.55, kind: w.value === L.vehicle ? 'means' : 'nominal', nested: true } };
}

const GROUP_HEADS = new Set(['groupe', 'groupes']);
const ADJECTIVE_NOUN_RE = /(?:iste|istes|aire|aires)$/;
function afterNoun(t: Token): boolean {
  return (
    t.word &&
    !t.cap &&
    !t.num &&
    !STOP.has(t.lower) &&
    !isNumberLike(t) &&
    !QUANTITY_NOUNS.has(t.lower) &&
    !PRE_ADJECTIVES.has(t.lower) &&
    (!VERB_FORMS.has(t.lower) || NOUN_TYPES.has(t.key))
  );
}

/** `40 autres ont été blessés`, `et environ 30 autres blessées`: a number of others stands for people (a mention only in a role). */
function othersAt(toks: Token[], i: number, b: number): Cand | null {
  if (i + 2 >= b || toks[i + 1].lower !== 'autres' || !isNumberLike(toks[i]) || NOT_NUMBER.has(toks[i].lower)) return null;
  const next = toks[i + 2];
  if (next.word && !VERB_FORMS.has(next.lower) && !STOP.has(next.lower) && !isAdverb(next)) return null;
  return { s: i, e: i + 2, label: L.person, conf: 0.5, kind: 'nominal' };
}

export function findNominals(toks: Token[], a: number, b: number): Cand[] {
  const out: Cand[] = [];
  for (let i = a; i < b; i++) {
    const others = othersAt(toks, i, b);
    if (others) {
      out.push(others);
      i = others.e - 1;
      continue;
    }
    if (!toks[i].word || toks[i].num) continue;
    const dem = demonym(toks, i, a);
    // `les blessés ont été évacués`: the wounded as people (no injury trigger there, see triggers.ts).
    const injured = !dem && INJURED_NOUNS.has(toks[i].key) && i - 1 >= a && INJURED_AFTER.has(toks[i - 1].key);
    const m = dem ? { len: 1, value: dem } : injured ? { len: 1, value: L.person } : NOMINALS.longestAt(toks, i, b);
    if (!m || (!dem && CAPITALISED.has(toks[i].lower) && !toks[i].cap)) continue;
    // `en train de pique-niquer`: the idiom of an ongoing action, no train.
    if (toks[i].lower === 'train' && i - 1 >= a && toks[i - 1].lower === 'en' && i + 1 < b && DE.has(toks[i + 1].key)) continue;
    // `attaques terroristes`, `besoins humanitaires`: a people noun in -iste, -aire right after another noun is its adjective.
    if (m.value === L.person && m.len === 1 && ADJECTIVE_NOUN_RE.test(toks[i].lower) && i - 1 >= a && afterNoun(toks[i - 1])) continue;
    // `un groupe de militaires`, `deux groupes d'assaillants`: a group of people is people.
    const group =
      m.value === L.organisation && GROUP_HEADS.has(toks[i].lower) && i + 2 < b && DE.has(toks[i + 1].key) ? NOMINALS.longestAt(toks, i + 2, b) : null;
    if (group && group.value === L.person) {
      const { s: gs } = nominalExtent(toks, i, m.len, a, b, true);
      const ge = commonComplement(toks, adjectivesAfter(toks, i + 2 + group.len, b, true), b);
      out.push({ s: gs, e: ge, label: L.person, conf: 0.55, kind: 'nominal' });
      i = ge - 1;
      continue;
    }
    let { s, e } = nominalExtent(toks, i, m.len, a, b, m.value === L.person);
    const always = ALWAYS_LABELS.has(m.value);
    if (always) ({ s, e } = meansExtent(toks, i, m.len, s, e, m.value, a, b));
    // `camp de déplacés`, `train de voyageurs`, `membre d'équipage`: a noun with a bare `de` complement (no
    // determiner) is one compound noun; a weapon or vehicle there stays a mention of its own (`dépôt de munitions`).
    else if (
      e === i + m.len &&
      e + 1 < b &&
      DE.has(toks[e].key) &&
      bareNoun(toks[e + 1]) &&
      !ALWAYS_LABELS.has(NOMINALS.longestAt(toks, e + 1, b)?.value ?? '')
    )
      e = adjectivesAfter(toks, e + 2, b);
    // `pavillon 5`, `bâtiment 12`: a facility numbered in a series.
    else if (
      m.value === L.facility &&
      e === i + m.len &&
      e < b &&
      toks[e].num &&
      toks[e].text.length <= 3 &&
      !(e + 1 < b && toks[e + 1].word && !toks[e + 1].cap)
    )
      e++;
    // `route nationale 144A`, `axe N2`: a road keeps its number.
    else if (m.value === L.location && ROADS.has(toks[i].lower) && e < b && ROAD_NUMBER_RE.test(toks[e].text)) e++;
    if (m.value === L.person && e === i + m.len) e = commonComplement(toks, e, b);
    if (m.value === L.facility && e === i + m.len) e = facilityComplement(toks, e, b);
    // `un chauffeur de bus`, `le conducteur du camion`: people named after a vehicle they drive keep it, and the vehicle
    // is a mention of its own inside them.
    const vehicle = m.value === L.person && e === i + m.len ? drivenVehicle(toks, e, b) : null;
    if (vehicle) e = vehicle.e;
    const part = m.value === L.vehicle ? vehicleComplement(toks, e, b) : null;
    if (part) e = part.e;
    out.push({ s, e, label: m.value, conf: always ? 0.85 : 0.55, kind: always ? 'means' : 'nominal' });
    if (vehicle) out.push(vehicle);
    // A vehicle inside a vehicle (`wagons du train`) would overlap one of its label: only other labels nest.
    if (part && part.inner.label !== L.vehicle) out.push(part.inner);
    i = e - 1;
  }
  return out;
}
