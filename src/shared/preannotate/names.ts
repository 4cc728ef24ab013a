/**
 * Named mentions of one sentence: gazetteer names, titles before a name, capitalised sequences with
 * French and Arabic particles, organisation and facility heads, acronyms, `Nom (SIGLE)`.
 * Greedy left to right: at each token the first recognizer that matches wins and the scan jumps past it.
 */
import * as lexicon from './lexicon';
import type { Cand } from './mention';
import type { Token } from './tokenizer';
import * as words from './word-classes';

// Bound once: module getters are slow in hot loops under some loaders.
const {
  COMMON_ACRONYMS,
  ENGLISH_FACILITY_HEADS,
  ENGLISH_LOCATION_HEADS,
  ENGLISH_ORG_HEADS,
  FAC_HEADS,
  FIRST_NAMES,
  PLACES,
  L,
  LOC_HEADS,
  LOWER_ORG_HEADS,
  NAMES,
  ORG_APPOSITION,
  ORG_APPOSITION_WEAK,
  ORG_HEADS,
  PARTICLES,
  TITLES,
  VEHICLE_NAME_HEADS,
  VERB_FORMS,
} = lexicon;
const { DIRECTIONS, isAdjective, isNationality, isNumberLike, ORG_ADJECTIVES, PRE_ADJECTIVES, QUOTES, STOP } = words;

const NAME_PART_RE = /^(?:el|al|ben|bin|abu|abou|ibn|ould)-\p{Lu}/u;
const ROMAN_RE = /^[IVXLC]+$/;
const ROAD_HEADS = new Set(['route', 'autoroute']);
const NATURAL_HEADS = new Set(['lac', 'fleuve', 'rivière', 'mont', 'golfe', 'mer', 'île', 'désert', 'massif', 'delta', 'bassin']);
/** Heads that stay in the extent (`rivière Sobat`, `monts X`, `marais de X`, `corridor de X`); an island is named without its head (`île de X` → `X`). */
const KEPT_HEADS = new Set([
  'lac',
  'lacs',
  'fleuve',
  'rivière',
  'mont',
  'monts',
  'montagne',
  'montagnes',
  'golfe',
  'mer',
  'désert',
  'massif',
  'delta',
  'bassin',
  'marais',
  'vallée',
  'plaine',
  'plateau',
  'col',
  'détroit',
  'baie',
  'forêt',
  'corridor',
  'parc',
  'jardin',
  'jardins',
  'bois',
  'canal',
  'péninsule',
  'île',
  'îles',
  "presqu'île",
  'oasis',
]);

/** Administrative divisions: `district de X`, `province du X`, `canton de X`, `territoire du X` name a GPE (the head stays out). */
const ADMIN_HEADS = new Set([
  'district',
  'districts',
  'province',
  'provinces',
  'canton',
  'cantons',
  'territoire',
  'comté',
  'préfecture',
  'sous-préfecture',
  'département',
  'gouvernorat',
  'wilaya',
  'oblast',
  'municipalité',
  'commune',
]);
/** `Papouasie centrale`, `Kivu septentrional`, `Afrique australe`: a direction adjective after a region name is part of it. */
const REGION_ADJ = new Set([
  'central',
  'centrale',
  'oriental',
  'orientale',
  'occidental',
  'occidentale',
  'septentrional',
  'septentrionale',
  'méridional',
  'méridionale',
  'austral',
  'australe',
]);
function regionEnd(toks: Token[], end: number, b: number): number {
  return end < b && !toks[end].cap && REGION_ADJ.has(toks[end].lower) ? end + 1 : end;
}
/** Words after which a capitalised name is where someone comes from: `venus de X`, `originaire de X`. */
const ORIGIN_WORDS = new Set(['venu', 'venue', 'venus', 'venues', 'originaire', 'originaires', 'arrivé', 'arrivée', 'arrivés', 'arrivées']);
/** `Jaish-e-Mohammed`, `Lashkar-e-Taiba`, `Tehreek-i-Taliban`: Arabic/Urdu group names joined by -e-/-i-/-ul-. */
const IZAFA_RE = /^\p{Lu}\p{Ll}+-(?:e|i|ul|ud|ut|al|el)-\p{Lu}\p{Ll}+$/u;
/** `16e corps d'armée`, `3e bataillon`: an ordinal number before a military unit names the unit. */
const ORDINAL_RE = /^\d+(?:e|ème|eme|er|re)$/;
const UNIT_HEADS = new Set([
  'corps',
  'bataillon',
  'bataillons',
  'régiment',
  'division',
  'brigade',
  'compagnie',
  'escadron',
  'armée',
  'flotte',
  'escadrille',
  'légion',
  'groupement',
  'secteur',
]);

export interface NameContext {
  toks: Token[];
  a: number;
  b: number;
  /** The whole line is in capitals (a banner): no acronym guesses there. */
  shouting: boolean;
  /** The sentence opens a line (where a dateline stands: `Goris (Arménie), 28 septembre —`). */
  lineStart?: boolean;
}

function isNamePart(t: Token | undefined): boolean {
  return !!t && t.word && !t.num && t.text.length > 1 && (t.cap || NAME_PART_RE.test(t.text));
}

function isParticle(toks: Token[], i: number, b: number): number {
  if (i >= b) return 0;
  const w = toks[i].lower.replace('’', "'");
  if (w === 'de' && i + 1 < b && (toks[i + 1].lower === 'la' || toks[i + 1].key === "l'")) return 2;
  return PARTICLES.has(w) ? 1 : 0;
}

/** Capitalised words joined by particles; stops before a gazetteer name. Returns the end index. */
function capitalSequence(c: NameContext, i: number, allowDe: boolean): number {
  const { toks, b } = c;
  let end = i + 1;
  while (end < b) {
    if (isNamePart(toks[end]) && !STOP.has(toks[end].lower) && !NAMES.longestAt(toks, end, b)) {
      end++;
      continue;
    }
    const p = isParticle(toks, end, b);
    const isDe = toks[end].lower.startsWith('d');
    if (p && end + p < b && (allowDe || !isDe) && isNamePart(toks[end + p]) && !NAMES.longestAt(toks, end + p, b)) {
      end += p + 1;
      continue;
    }
    break;
  }
  return end;
}

/** `Armée nationale libyenne`, `Conseil de sécurité des Nations unies`, `gouvernement d'union nationale`. */
function orgExtent(c: NameContext, i: number): number {
  const { toks, b } = c;
  let end = i + 1;
  let institutional = toks[i].cap;
  for (;;) {
    const t = toks[end];
    if (end >= b) break;
    const prevOk = end === i + 1 || toks[end - 1].cap || isParticle(toks, end - 1, b) > 0 || ARABIC_ARTICLE_RE.test(toks[end - 1].text);
    // `ministère de l'Intérieur Gérard Collomb`: a first name followed by a capitalised word starts a person, not the name.
    if (end > i + 1 && FIRST_NAMES.has(t.text) && end + 1 < b && isNamePart(toks[end + 1])) break;
    if (t.cap && t.word && !STOP.has(t.lower) && prevOk) {
      end++;
      continue;
    }
    // `Jamaat Nasr al-Fajr wal-Moudjahidin`: a transliterated Arabic article glued to a capitalised word goes on with the name.
    if (ARABIC_ARTICLE_RE.test(t.text) && prevOk) {
      end++;
      continue;
    }
    // `Parti de la liberté et du progrès`: a second complement coordinated to the first.
    if (
      t.lower === 'et' &&
      toks[i].cap &&
      end - i >= 3 &&
      end + 2 < b &&
      (toks[end + 1].key === 'du' || toks[end + 1].key === 'des') &&
      forNoun(toks[end + 2])
    ) {
      end += 3;
      continue;
    }
    if (isAdjective(t) && !isComplementTaking(toks, end, b)) {
      // `l'armée turque`, `le gouvernement somalien`: a state's army or government is named by its nationality.
      institutional ||= ORG_ADJECTIVES.has(t.lower) || (!toks[i].cap && isNationality(t));
      end++;
      continue;
    }
    // `Haut-Commissariat des Nations unies pour les réfugiés`, `Union pour la démocratie`: a capitalised name goes on
    // with `pour` + article + noun (an infinitive after `pour` is a purpose clause, not part of the name).
    if (t.lower === 'pour' && toks[i].cap && end + 2 < b && FOR_ARTICLES.has(toks[end + 1].key) && forNoun(toks[end + 2])) {
      end += 3;
      continue;
    }
    const p = isParticle(toks, end, b);
    const des = end < b && (t.lower === 'des' || t.lower === 'du');
    const step = p || (des ? 1 : 0);
    const next = end + step < b ? toks[end + step] : undefined;
    if (step && end + step < b && !toks[i].cap && NAMES.longestAt(toks, end + step, b)?.value === L.organisation) break;
    if (step && next && next.word && !next.num && !STOP.has(next.lower) && (next.cap || ORG_ADJECTIVES.has(next.lower) || toks[i].cap)) {
      institutional ||= next.cap || ORG_ADJECTIVES.has(next.lower);
      end += step + 1;
      continue;
    }
    break;
  }
  return institutional && end > i + 1 ? end : 0;
}

const FOR_ARTICLES = new Set(['le', 'la', 'les', "l'"]);
const ARABIC_ARTICLE_RE = /^(?:al|el|wal|wa|ad|ash|as|ar|at|az|an|ach)-\p{Lu}/u;
function forNoun(t: Token): boolean {
  // A country after `pour la` is a mandate (`envoyé du Conseil pour la Libye`), not a part of the name.
  return t.word && !t.num && !t.cap && !STOP.has(t.lower) && !(VERB_FORMS.get(t.lower) ?? []).some((f) => f.tense === 'W');
}

function isComplementTaking(toks: Token[], i: number, b: number): boolean {
  // `l'armée fédérale éthiopienne aux miliciens`: an adjective of nationality takes no complement.
  return i + 1 < b && !isNationality(toks[i]) && ['à', 'au', 'aux', 'par'].includes(toks[i + 1].lower);
}

/** `aéroport international de Mitiga`, `université de Tripoli`, `siège des Nations unies`. */
function facilityExtent(c: NameContext, i: number, headLen: number): number {
  const { toks, a, b } = c;
  // `un hôtel de Mogadiscio` is a nominal and a place: a named facility is definite.
  if (i - 1 >= a && INDEFINITE.has(toks[i - 1].key)) return 0;
  let j = i + headLen;
  const named = (k: number) => k < b && isNamePart(toks[k]) && !STOP.has(toks[k].lower) && !NAMES.longestAt(toks, k, b);
  // `hôpital Felege Hiwot`, `hôtel SYL`: the name right after the head.
  if (named(j)) return townAfter(toks, capitalSequence(c, j, false), b);
  while (j < b && isAdjective(toks[j])) j++;
  // `aéroport international Atatürk`: the name after the head's adjectives (a first name there starts a person, told apart).
  if (j > i + headLen && named(j) && !FIRST_NAMES.has(toks[j].text)) return townAfter(toks, capitalSequence(c, j, false), b);
  // `hôpital de district de X`, `prison de haute sécurité de X`: a bare qualifier (no article) before the place.
  if (j + 2 < b && toks[j].key === 'de' && isBareWord(toks[j + 1])) {
    let r = j + 2;
    while (r < b && r < j + 4 && isBareWord(toks[r])) r++;
    if (r + 1 < b && ['de', 'du', "d'"].includes(toks[r].key) && isNamePart(toks[r + 1])) j = r;
  }
  const p = isParticle(toks, j, b) || (j < b && (toks[j].lower === 'des' || toks[j].lower === 'du') ? 1 : 0);
  if (!p || j + p >= b || !isNamePart(toks[j + p])) return 0;
  const gaz = NAMES.longestAt(toks, j + p, b);
  return gaz ? j + p + gaz.len : capitalSequence(c, j + p, false);
}

/** `mosquée Al-Fateh de Sinjar`, `aéroport Atatürk d'Istanbul`: a named facility goes on with the town it stands in. */
function townAfter(toks: Token[], e: number, b: number): number {
  if (e + 1 >= b || (toks[e].key !== 'de' && toks[e].key !== "d'")) return e;
  const gaz = NAMES.longestAt(toks, e + 1, b);
  if (gaz) return gaz.value === L.gpe ? e + 1 + gaz.len : e;
  return PLACES.has(toks[e + 1].text) && !(e + 2 < b && isNamePart(toks[e + 2])) ? e + 2 : e;
}

function isBareWord(t: Token): boolean {
  return t.word && !t.cap && !t.num && !STOP.has(t.lower) && !['de', 'du', "d'", 'des'].includes(t.key);
}

function precededByTitle(toks: Token[], i: number, a: number): boolean {
  for (let k = Math.max(a, i - 3); k < i; k++) {
    const m = TITLES.longestAt(toks, k, i);
    if (m && k + m.len === i) return true;
  }
  // `le général à la retraite, X`: a title followed by an apposition.
  return i - 1 >= a && toks[i - 1].text === ',' && i - 2 >= a && TITLES.longestAt(toks, i - 2, i - 1) !== null;
}

const INDEFINITE = new Set(['un', 'une', 'des', 'plusieurs', 'quelques']);
const PLACE_PREPS = new Set(['à', 'vers']);
/** Nouns whose `de` complement is a town or region (`région de X`, `habitants de X`, `maire de X`). */
const PLACE_NOUNS = new Set([
  // `en direction de X`, `à proximité de X`, `à la sortie de X`: where one goes or is, next to a town.
  'direction',
  'proximité',
  'sortie',
  'ville',
  'villes',
  'capitale',
  'village',
  'villages',
  'localité',
  'localités',
  'commune',
  'province',
  'bourg',
  'cité',
  'préfecture',
  'région',
  'district',
  'quartier',
  'quartiers',
  'banlieue',
  'périphérie',
  'environs',
  'abords',
  'marché',
  'habitants',
  'maire',
  'gouverneur',
  'préfet',
  'département',
  'municipalité',
  'canton',
  'comté',
  'oblast',
  'wilaya',
  'gouvernorat',
  'agglomération',
  // `le parquet de X`, `la gendarmerie de X`, `le tribunal de X`: local institutions are named after their town.
  'parquet',
  'tribunal',
  'gendarmerie',
  'gendarmes',
  'mairie',
  'hôpital',
  'hôpitaux',
  'centre hospitalier',
  'aéroport',
  'gare',
  'lycée',
  'collège',
]);
/** Place nouns that are cues only with their capital (`État de X`, not `en état de`): compared on the token text. */
const CAPITAL_PLACE_NOUNS = new Set(['État', 'Etat', 'États', 'Etats']);
const isPlaceNoun = (t: Token | undefined) => !!t && (PLACE_NOUNS.has(t.key) || CAPITAL_PLACE_NOUNS.has(t.text));
const PLACE_ARTICLES = new Set(["l'", 'la', 'le']);
/** Verbs whose direct object is a place (`ont quitté Debre Tabor`, `ont fui X`). */
const PLACE_OBJECT_VERBS = new Set(['quitter', 'fuir', 'regagner', 'évacuer']);

/** A single unknown capitalised word is a place after `à`, `ville de`, `capitale`, `région de l'`, `en`, `quitté`. */
function placeCue(toks: Token[], i: number, a: number): boolean {
  let k = i - 1;
  if (k >= a && PLACE_ARTICLES.has(toks[k].key) && k - 1 >= a && ['de', 'du', "d'", 'en', 'dans'].includes(toks[k - 1].key)) k--;
  const p1 = k >= a ? toks[k].key : '';
  const p2 = k - 1 >= a ? toks[k - 1].lower : '';
  if (PLACE_PREPS.has(p1) || (k >= a && isPlaceNoun(toks[k]))) return true;
  // `depuis Kaboul`: a capitalised word after `depuis` (months and weekdays are written in lower case).
  if (p1 === 'depuis' && k === i - 1) return true;
  if (p1 === 'en' && k === i - 1) return true;
  if ((p1 === 'de' || p1 === "d'" || p1 === 'du') && k - 1 >= a) {
    if (isPlaceNoun(toks[k - 1]) || DIRECTIONS.has(p2) || p2 === 'près' || ORIGIN_WORDS.has(p2)) return true;
    // `région anglophone du X`, `l'État voisin de X`: one or two adjectives between the place noun and `de`.
    for (let j = k - 1; j > a && j >= k - 2 && toks[j].word && !toks[j].cap && !toks[j].num && !STOP.has(toks[j].lower); j--) {
      if (isPlaceNoun(toks[j - 1])) return true;
    }
  }
  return k === i - 1 && (VERB_FORMS.get(p1) ?? []).some((f) => PLACE_OBJECT_VERBS.has(f.lemma) && (f.tense === 'K' || f.tense === 'W' || f.tense === 'G'));
}

/** Capitalised common nouns that end organisation names (`Parti de la Justice`, `ministère de l'Intérieur`): no place. */
const ABSTRACT_RE = /(?:tion|sion|ité|té|ice|ance|ence|ment|ure|isme|eur|age|ude|esse|ie|ies|ées?)$/;
const PLACE_ABSTRACT_OK = /(?:ie)$/;
const COMMON_NOUNS_CAP = new Set([
  'paix',
  'salut',
  'progrès',
  'peuple',
  'peuples',
  'nation',
  'nations',
  'patrie',
  'intérieur',
  'défense',
  'travail',
  'commerce',
  'avenir',
  'espoir',
  'démocratie',
  'économie',
  'énergie',
  'industrie',
  'justice',
  'police',
  'gendarmerie',
  'renouveau',
  'changement',
  'développement',
  'unité',
  'liberté',
  'égalité',
  'santé',
  'sécurité',
  'information',
  'communication',
  'culture',
  'éducation',
  'jeunesse',
  'agriculture',
  'environnement',
  'transports',
  'affaires',
  'emploi',
  'finances',
  'budget',
  'tourisme',
  'sports',
  'solidarité',
  'résistance',
  'révolution',
  'libération',
  'dignité',
  'renaissance',
  'indépendance',
  'réconciliation',
  'salut',
  'rassemblement',
  'alliance',
  'union',
  'front',
  'islam',
  'musulmans',
  'chrétiens',
  'travailleurs',
  'citoyens',
  'droits',
  'homme',
  'femme',
  'femmes',
  'enfance',
  'famille',
  'migrations',
  'réfugiés',
  'statistique',
  'planification',
]);
/** A capitalised word that may name a place inside an organisation name: no abstract noun (`Justice`), region names in -ie kept (`Ambazonie`). */
function placeInOrg(t: Token): boolean {
  if (COMMON_NOUNS_CAP.has(t.key)) return false;
  return !ABSTRACT_RE.test(t.key) || PLACE_ABSTRACT_OK.test(t.key);
}

const CAMEL_RE = /^(?!Mc|Mac|De|Di|La|Le|Van|Von)\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u;

/** `Goris (Arménie), 28 septembre —`, `Idleb, 7 novembre (AFP) —`: the place that opens a dateline. */
function dateline(c: NameContext, i: number, end: number): boolean {
  const { toks, a, b } = c;
  if (!c.lineStart || i !== a || end >= b) return false;
  const next = toks[end];
  if (next.text === '(' && end + 2 < b && toks[end + 1].cap && toks[end + 2].text === ')') return true;
  if (next.text === ',' && end + 1 < b && (toks[end + 1].num || (toks[end + 1].cap && toks[end + 1].upper === false && end + 2 < b && toks[end + 2].num)))
    return true;
  return next.text === '—' || next.text === '–';
}

const DEPARTMENT_NUMBER_RE = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/;
/** `(85)`, `(Doubs)`, `(Haute-Savoie)` right after a name: a department (number or name) or another known GPE in brackets. */
function departmentInBrackets(toks: Token[], end: number, b: number): boolean {
  if (end + 2 >= b || toks[end].text !== '(') return false;
  if (DEPARTMENT_NUMBER_RE.test(toks[end + 1].text)) return toks[end + 2].text === ')';
  const place = NAMES.longestAt(toks, end + 1, b);
  return !!place && place.value === L.gpe && toks[end + 1 + place.len]?.text === ')';
}

/**
 * `ministre de l'Intérieur Jean Dupont`, `président du Niger Ali X`: the capitalised complement of a title runs into the
 * person's name; the person starts at a first name inside the sequence (not at its last word).
 */
const OF_ARTICLES = new Set(["l'", 'du', 'des', 'la', 'de', "d'"]);
function firstNameFrom(toks: Token[], i: number, end: number): number {
  // Only a complement (`de l'Intérieur`, `du Niger`) runs into a name: `René Emmanuel Sadi` is one person.
  if (FIRST_NAMES.has(toks[i].text) || i === 0 || !OF_ARTICLES.has(toks[i - 1].key)) return i;
  for (let k = i + 1; k < end - 1; k++) if (FIRST_NAMES.has(toks[k].text)) return k;
  return i;
}

const HONORIFICS = new Set(['M.', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'MM.', 'Me', 'Dr', 'Pr']);
const CAPITAL_WORD_RE = /^\p{Lu}[\p{Lu}'-]*\p{Lu}$/u;
/** End of a dateline in capitals (`SAINT-DIZIER.`, `PORT-AU-PRINCE —`): one to three words of 4+ capitals before `.`, `—` or `–`. */
function capitalDateline(toks: Token[], i: number, b: number): number {
  let e = i;
  while (e < b && e - i < 3 && CAPITAL_WORD_RE.test(toks[e].text)) e++;
  if (e === i || toks.slice(i, e).reduce((n, x) => n + x.text.length, 0) < 4 || e >= b) return 0;
  return ['.', '—', '–'].includes(toks[e].text) && (e + 1 >= b || !toks[e + 1].upper) ? e : 0;
}

/** Streets and squares: the head noun stays in the name (`rue de la Paix`, `boulevard Wilson`, `Place de la Concorde`). */
const STREET_HEADS = new Set([
  'rue',
  'avenue',
  'boulevard',
  'place',
  'quai',
  'allée',
  'impasse',
  'chemin',
  'passage',
  'esplanade',
  'square',
  'promenade',
  'ruelle',
  'parvis',
  'rond-point',
  'carrefour',
]);
/** Numbered roads: `RN 79`, `RD 12`, `A8`, `route départementale 93`, `départementale 31`, `nationale 4`. */
const ROAD_ACRONYM_RE = /^(?:RN|RD|RC|CD|N|D|A)$/;
const GLUED_ROAD_RE = /^(?:RN|RD|A|N|D)\d{1,4}$/;
const ROAD_KINDS = new Set(['départementale', 'nationale', 'communale']);
const ROAD_NUMBER_RE = /^\d{1,4}[a-z]?$/;
const STREET_OPENERS = new Set([...STREET_HEADS, ...ROAD_KINDS, 'route', 'autoroute']);

/** End of a street or road name at i, or 0. */
function streetOrRoad(c: NameContext, i: number): number {
  const { toks, a, b } = c;
  const t = toks[i];
  // Most tokens open no street: one set lookup or one character test before any pattern.
  if (!STREET_OPENERS.has(t.lower) && !(t.cap && t.text.length <= 6)) return 0;
  if (ROAD_ACRONYM_RE.test(t.text) && i + 1 < b && ROAD_NUMBER_RE.test(toks[i + 1].text)) return i + 2;
  if (GLUED_ROAD_RE.test(t.text) && i > a && ['la', "l'", 'sur', 'de', 'du'].includes(toks[i - 1].key)) return i + 1;
  let j = i;
  if ((t.lower === 'route' || t.lower === 'autoroute') && j + 1 < b && ROAD_KINDS.has(toks[j + 1].lower)) j++;
  if (ROAD_KINDS.has(toks[j].lower) && j + 1 < b && ROAD_NUMBER_RE.test(toks[j + 1].text)) return j + 2;
  // `l'autoroute 3`, `la route 66`: a numbered road is named by its number.
  if (j === i && (t.lower === 'route' || t.lower === 'autoroute') && i + 1 < b && ROAD_NUMBER_RE.test(toks[i + 1].text)) return i + 2;
  if (!STREET_HEADS.has(t.lower)) return 0;
  const p = isParticle(toks, i + 1, b);
  const at = i + 1 + p;
  if (at >= b || !isNamePart(toks[at]) || STOP.has(toks[at].lower)) return 0;
  // `à la place de Macron` (instead of him): a square is `place de la X` or `Place X`, never `place de` + a bare name.
  if (t.lower === 'place' && !t.cap && p === 1) return 0;
  return capitalSequence(c, at, true);
}

/** `au Creusot`, `du Havre`: a town whose name starts with its article, the article contracted with `à` or `de`. */
const CONTRACTED = new Map([
  ['au', 'Le '],
  ['du', 'Le '],
  ['aux', 'Les '],
  ['des', 'Les '],
]);
function knownPlace(toks: Token[], i: number, end: number, a: number): boolean {
  const name =
    end - i === 1
      ? toks[i].text
      : toks
          .slice(i, end)
          .map((x) => x.text)
          .join(' ');
  if (PLACES.has(name)) return true;
  const article = i - 1 >= a ? CONTRACTED.get(toks[i - 1].lower) : undefined;
  return !!article && PLACES.has(article + name);
}

function one(c: NameContext, i: number, out: Cand[]): number {
  const { toks, a, b } = c;
  const t = toks[i];
  // `opération Sentinelle`, `Opération Barkhane`: names of military operations are no entities (guidelines).
  if (t.lower === 'opération' && i + 1 < b && isNamePart(toks[i + 1])) return capitalSequence(c, i + 1, true);
  // `Mme Durand`, `M. Martin`: the honorific is a title, outside the person's extent.
  if (HONORIFICS.has(t.text)) return i + 1;
  // `SAINT-DIZIER. –`, `KABOUL —`: a dateline in capitals at the start of a line is the town it was written in.
  if (c.lineStart && i === a && !c.shouting) {
    const town = capitalDateline(toks, i, b);
    if (town) {
      out.push({ s: i, e: town, label: L.gpe, conf: 0.7, kind: 'name' });
      return town;
    }
  }
  const street = streetOrRoad(c, i);
  if (street) {
    out.push({ s: i, e: street, label: L.location, conf: 0.8, kind: 'name' });
    return street;
  }
  // `la Grande Mosquée de X`, `le Grand Théâtre`: a capitalised adjective before a capitalised facility head opens its name.
  if (t.cap && PRE_ADJECTIVES.has(t.lower) && i + 1 < b && toks[i + 1].cap) {
    const head = FAC_HEADS.longestAt(toks, i + 1, b);
    if (head) {
      const end = facilityExtent(c, i + 1, head.len) || i + 1 + head.len;
      out.push({ s: i, e: end, label: L.facility, conf: 0.75, kind: 'name' });
      return i + 1 + head.len;
    }
  }
  const fac = FAC_HEADS.longestAt(toks, i, b);
  if (fac) {
    const end = facilityExtent(c, i, fac.len);
    if (end) {
      out.push({ s: i, e: end, label: L.facility, conf: 0.75, kind: 'name' });
      return i + fac.len;
    }
  }
  const admin = ADMIN_HEADS.has(t.lower) && !t.cap && i + 1 < b && ['de', 'du', "d'"].includes(toks[i + 1].key);
  if ((LOC_HEADS.has(t.lower) || admin) && !t.cap) {
    let p = isParticle(toks, i + 1, b);
    while (i + 1 + p < b && QUOTES.has(toks[i + 1 + p].text)) p++;
    const at = i + 1 + p;
    // `lac Tchad`, `fleuve Niger`: a natural feature named after a country is the head and the name.
    const country = at < b && NATURAL_HEADS.has(t.lower) && p === 0 ? NAMES.longestAt(toks, at, b) : null;
    if (country && country.value === L.gpe) {
      out.push({ s: i, e: at + country.len, label: L.location, conf: 0.7, kind: 'name' });
      return at + country.len;
    }
    // `vallée de l'Euphrate`, `péninsule du Sinaï`: a natural feature known by its name keeps its head noun.
    const feature = at < b && KEPT_HEADS.has(t.lower) ? NAMES.longestAt(toks, at, b) : null;
    if (feature && feature.value === L.location) {
      out.push({ s: i, e: at + feature.len, label: L.location, conf: 0.7, kind: 'name' });
      return at + feature.len;
    }
    // `un quartier de Magnanville`: a known town after a district noun stays the town (a GPE), not a district name.
    if (
      isNamePart(toks[at]) &&
      at < b &&
      !NAMES.longestAt(toks, at, b) &&
      // `le quartier Vauban` (no `de`) names the district even when a town has that name.
      !(admin === false && p > 0 && !KEPT_HEADS.has(t.lower) && !ROAD_HEADS.has(t.lower) && PLACES.has(toks[at].text) && !isNamePart(toks[at + 1]))
    ) {
      const end = admin ? regionEnd(toks, capitalSequence(c, at, true), b) : capitalSequence(c, at, false);
      if (admin) {
        out.push({ s: at, e: end, label: L.gpe, conf: 0.7, kind: 'name' });
        return end;
      }
      // `route de X`, `rivière Sobat`, `monts Qandil`, `marais de X`: roads and natural features keep their head noun;
      // `quartier X`, `district de X` do not (the head is a common noun before the district's name).
      const s = ROAD_HEADS.has(t.lower) || KEPT_HEADS.has(t.lower) ? i : at;
      out.push({ s, e: end, label: L.location, conf: 0.7, kind: 'name' });
      return end;
    }
  }
  if ((!t.cap && LOWER_ORG_HEADS.has(t.lower)) || (t.cap && ORG_HEADS.has(t.text))) {
    const end = orgExtent(c, i);
    if (end) {
      // `l'armée turque` is a name only by its nationality: a weaker guess than `Armée nationale`.
      const byNationality = !t.cap && end === i + 2 && isNationality(toks[i + 1]);
      out.push({ s: i, e: end, label: L.organisation, conf: byNationality ? 0.5 : 0.75, kind: 'name' });
      return i + 1;
    }
  }
  const gaz = NAMES.longestAt(toks, i, b);
  if (gaz) {
    const e = gaz.value === L.gpe ? regionEnd(toks, i + gaz.len, b) : i + gaz.len;
    out.push({ s: i, e, label: gaz.value, conf: 0.9, kind: 'name' });
    return e;
  }
  if (t.upper && t.text.length <= 6 && !c.shouting && !ROMAN_RE.test(t.text) && !COMMON_ACRONYMS.has(t.text)) {
    out.push({ s: i, e: i + 1, label: L.organisation, conf: 0.6, kind: 'name' });
    return i + 1;
  }
  // `19e arrondissement`: a numbered district of a city.
  if (ORDINAL_RE.test(t.text) && i + 1 < b && (toks[i + 1].lower === 'arrondissement' || toks[i + 1].lower === 'arrondissements')) {
    out.push({ s: i, e: i + 2, label: L.location, conf: 0.8, kind: 'name' });
    return i + 2;
  }
  if (ORDINAL_RE.test(t.text) && i + 1 < b && UNIT_HEADS.has(toks[i + 1].lower)) {
    let e = i + 2;
    // `16e corps d'armée`, `3e régiment d'infanterie`: a bare de-noun completes the unit.
    if (e + 1 < b && (toks[e].key === "d'" || toks[e].key === 'de') && toks[e + 1].word && !toks[e + 1].cap && !STOP.has(toks[e + 1].lower)) e += 2;
    out.push({ s: i, e, label: L.organisation, conf: 0.7, kind: 'name' });
    return e;
  }
  if (IZAFA_RE.test(t.text)) {
    out.push({ s: i, e: i + 1, label: L.organisation, conf: 0.6, kind: 'name' });
    return i + 1;
  }
  // `ONG` is a common noun; `l'État de X`: the place is X, the noun is no part of the name.
  if (COMMON_ACRONYMS.has(t.text) || (CAPITAL_PLACE_NOUNS.has(t.text) && i + 1 < b && ['de', 'du', "d'"].includes(toks[i + 1].key))) return i + 1;
  // `Trois Américains` opens a sentence: a number word never starts a name.
  if (!isNamePart(t) || STOP.has(t.lower) || isNumberLike(t) || (toks[i + 1]?.text === '.' && t.text.length <= 3)) return i + 1;
  if (gangName(c, i)) {
    out.push({ s: i, e: i + 1, label: L.organisation, conf: 0.5, kind: 'name' });
    return i + 1;
  }
  const orgNoun = orgNounBefore(toks, i, a);
  if (orgNoun || parenthesised(toks, i, a, b)) {
    const end = capitalSequence(c, i, false);
    out.push({ s: i, e: end, label: L.organisation, conf: orgNoun === 'weak' ? 0.48 : 0.55, kind: 'name' });
    return end;
  }
  // `TotalEnergies`, `ArcelorMittal`: a word with a capital inside is a company or brand.
  if (CAMEL_RE.test(t.text) && !FIRST_NAMES.has(t.text)) {
    out.push({ s: i, e: i + 1, label: L.organisation, conf: 0.6, kind: 'name' });
    return i + 1;
  }
  const titled = precededByTitle(toks, i, a);
  const first = FIRST_NAMES.has(t.text);
  const cue = i > a && placeCue(toks, i, a);
  const end = capitalSequence(c, i, titled || first || cue);
  const len = end - i;
  // `International Crisis Group`, `Frontier Corps`, `Jaffar Express`: an English head word ends the name.
  if (len >= 2 && !titled) {
    const last = toks[end - 1].text;
    if (ENGLISH_ORG_HEADS.has(last)) {
      out.push({ s: i, e: end, label: L.organisation, conf: 0.6, kind: 'name' });
      return end;
    }
    const place = ENGLISH_FACILITY_HEADS.has(last) ? L.facility : ENGLISH_LOCATION_HEADS.has(last) ? L.location : null;
    if (place) {
      out.push({ s: i, e: end, label: place, conf: 0.6, kind: 'name' });
      return end;
    }
    if (VEHICLE_NAME_HEADS.has(last)) {
      out.push({ s: i, e: end, label: L.vehicle, conf: 0.6, kind: 'means' });
      return end;
    }
  }
  if (cue && !titled && !first && len <= 4) {
    const e = regionEnd(toks, end, b);
    out.push({ s: i, e, label: L.gpe, conf: 0.45, kind: 'name' });
    return e;
  }
  // `Cezais (85)`, `Montbenoît (Doubs)`: a French commune followed by its department, in brackets.
  if (!titled && len <= 4 && departmentInBrackets(toks, end, b)) {
    out.push({ s: i, e: end, label: L.gpe, conf: 0.8, kind: 'name' });
    return end;
  }
  if (!titled && !first && len <= 3 && dateline(c, i, end)) {
    out.push({ s: i, e: end, label: L.gpe, conf: 0.7, kind: 'name' });
    return end;
  }
  // A town or region of the world gazetteer, as a weak guess: a person's name elsewhere in the document wins (consistency).
  if (!titled && !first && len <= 3 && knownPlace(toks, i, end, a)) {
    const e = regionEnd(toks, end, b);
    out.push({ s: i, e, label: L.gpe, conf: e > end ? 0.5 : 0.44, kind: 'name' });
    return e;
  }
  if (titled || (first && len > 1)) {
    // `ministre de l'Intérieur Jean Dupont`, `président du Niger X`: the title's complement comes before the first name.
    const from = first ? i : firstNameFrom(toks, i, end);
    out.push({ s: from, e: end, label: L.person, conf: titled ? 0.8 : 0.85, kind: 'name' });
    return end;
  }
  if (len === 1 && placeCue(toks, i, a) && i > a) {
    out.push({ s: i, e: end, label: L.gpe, conf: 0.45, kind: 'name' });
    return end;
  }
  // A bare organisation head in mid-sentence (`membres du Conseil`) names the organisation.
  if (len === 1 && i > a && ORG_HEADS.has(t.text)) {
    out.push({ s: i, e: end, label: L.organisation, conf: 0.5, kind: 'name' });
    return end;
  }
  if (len >= 2 && len <= 4 && !hasDeParticle(toks, i, end)) {
    out.push({ s: firstNameFrom(toks, i, end), e: end, label: L.person, conf: 0.5, kind: 'name' });
    return end;
  }
  return end;
}

/** People named after their nation or group keep the nominal reading (`les Palestiniens`, `les Ouzbeks`). */
const DEMONYM_LIKE_RE = /(?:ites|iens|iennes|ais|aises|ois|oises|ains|aines|ans|anes|ens|ennes|ards|ins|ols|ines|ses|des|ques|ks|ls|rs|gs|hs|is|us)$/;
const PLURAL_AUX = new Set(['ont', 'avaient', 'auraient', 'auront']);

/**
 * `les Lobos ont attaqué`, `contrôlé par les Tiguerones`: a plural capitalised name after `les` that acts in an event
 * verb (or is its agent after `par`) names a gang or armed group (weak: a reading elsewhere wins).
 */
function participle(x: Token | undefined): boolean {
  return !!x && (VERB_FORMS.get(x.lower) ?? []).some((f) => f.tense === 'K');
}

function gangName(c: NameContext, i: number): boolean {
  const { toks, a, b } = c;
  const t = toks[i];
  if (i - 1 < a || toks[i - 1].key !== 'les' || !t.cap || t.upper || !t.text.endsWith('s') || t.text.length < 5 || DEMONYM_LIKE_RE.test(t.key)) return false;
  if (i + 1 < b && toks[i + 1].cap) return false;
  if (i + 2 < b && PLURAL_AUX.has(toks[i + 1].lower) && participle(toks[i + 2])) return true;
  return i - 3 >= a && toks[i - 2].key === 'par' && participle(toks[i - 3]);
}

/** `le gang X`, `la chaîne « X »`, `la télévision tunisienne X`: a noun that introduces an organisation's name. */
function orgNounBefore(toks: Token[], i: number, a: number): 'strong' | 'weak' | null {
  let k = i - 1;
  const apposition = (t: Token) => ORG_APPOSITION.has(t.key) || ORG_APPOSITION_WEAK.has(t.key);
  // `miliciens`, `rebelles` look like adjectives: an apposition noun stops the walk back.
  while (k >= a && !apposition(toks[k]) && (QUOTES.has(toks[k].text) || isAdjective(toks[k]))) k--;
  // `l'ONG X`: an acronym cue is written in capitals.
  if (k < a || k >= i || (toks[k].cap && !toks[k].upper)) return null;
  return ORG_APPOSITION.has(toks[k].key) ? 'strong' : ORG_APPOSITION_WEAK.has(toks[k].key) ? 'weak' : null;
}

/** `(Centcom)`: one unknown capitalised word alone in parentheses names an organisation. */
function parenthesised(toks: Token[], i: number, a: number, b: number): boolean {
  return i - 1 >= a && i + 1 < b && toks[i - 1].text === '(' && toks[i + 1].text === ')';
}

function hasDeParticle(toks: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (toks[k].lower === 'de' || toks[k].lower === 'la' || toks[k].lower === "d'" || toks[k].lower === 'd’') return true;
  return false;
}

/** An unknown capitalised word (no mention, no stop word, no first name) at `i`: the whole capitalised run, or 0. */
function unknownName(c: NameContext, i: number, taken: Uint8Array): number {
  const { toks, b } = c;
  if (i >= b || taken[i - c.a] || !isNamePart(toks[i]) || STOP.has(toks[i].lower) || FIRST_NAMES.has(toks[i].text) || isNumberLike(toks[i])) return 0;
  const end = capitalSequence(c, i, false);
  for (let k = i; k < end; k++) if (taken[k - c.a]) return 0;
  return end - i <= 3 ? end : 0;
}

/**
 * `Rajouri et (de) Poonch`, `entre X et Y`: an unknown capitalised name coordinated with a place is a place
 * (weak: a reading of the string elsewhere in the document wins).
 */
function coordinatedPlaces(c: NameContext, out: Cand[]): void {
  const { toks, a, b } = c;
  const places = out.filter((m) => m.label === L.gpe && ((m.e < b && toks[m.e].lower === 'et') || (m.s - 1 > a && toks[m.s - 1].lower === 'et')));
  if (!places.length) return;
  const taken = new Uint8Array(b - a);
  for (const m of out) for (let k = m.s; k < m.e; k++) taken[k - a] = 1;
  for (const m of places) {
    // After: `X et Y`, `X et de Y`, `X et à Y`.
    let j = m.e;
    if (j < b && toks[j].lower === 'et') {
      j++;
      if (j < b && (toks[j].key === 'de' || toks[j].key === 'à' || toks[j].key === "d'")) j++;
      const end = unknownName(c, j, taken);
      if (end) {
        out.push({ s: j, e: end, label: L.gpe, conf: 0.45, kind: 'name' });
        for (let k = j; k < end; k++) taken[k - a] = 1;
      }
    }
    // Before: `entre X et Y` with Y the place.
    if (m.s - 1 > a && toks[m.s - 1].lower === 'et') {
      let k = m.s - 2;
      while (k > a && isNamePart(toks[k - 1]) && !taken[k - 1 - a]) k--;
      if (k - 1 >= a && toks[k - 1].lower === 'entre') {
        const end = unknownName(c, k, taken);
        if (end === m.s - 1) {
          out.push({ s: k, e: end, label: L.gpe, conf: 0.45, kind: 'name' });
          for (let q = k; q < end; q++) taken[q - a] = 1;
        }
      }
    }
  }
}

/** Gazetteer names nested in a longer mention of another label (`Tripoli` in `université de Tripoli`). */
function nested(c: NameContext, outer: Cand, out: Cand[]): void {
  // `base militaire de Paletwa`: the place after the last `de` of a facility name.
  // `Conseil militaire de Misrata`, `Armée de libération du Baloutchistan`: the place after the last
  // `de`/`du`/`de l'` of an organisation name, when it is one word that is no French common noun.
  if (outer.label === L.facility || outer.label === L.organisation) {
    // `… de Papouasie occidentale`: the region's direction adjective stays with it.
    const last = REGION_ADJ.has(c.toks[outer.e - 1].lower) && !c.toks[outer.e - 1].cap ? outer.e - 1 : outer.e;
    let k = last - 1;
    while (k > outer.s && isNamePart(c.toks[k - 1])) k--;
    let p = c.toks[k - 1]?.key;
    const de = (x: string | undefined) => x === 'de' || x === "d'" || x === 'du';
    let before = k - 1;
    if (outer.label === L.organisation && (p === "l'" || p === 'la') && de(c.toks[k - 2]?.key)) {
      p = 'de';
      before = k - 2;
    }
    const org = outer.label === L.organisation;
    // `ministère de la Santé`: a ministry is named after its domain, never after a place.
    if (org && /^minist[eè]re$/i.test(c.toks[outer.s].text)) return;
    const w = c.toks[k];
    const placeLike =
      !org ||
      (last - k === 1 && isNamePart(w) && placeInOrg(w) && !ORG_HEADS.has(w.text) && !CAPITAL_PLACE_NOUNS.has(w.text) && !TITLES.longestAt(c.toks, k, c.b));
    if (before > outer.s && (org ? de(p) : p === 'de' || p === "d'") && placeLike && !NAMES.longestAt(c.toks, k, last)) {
      out.push({ s: k, e: outer.e, label: L.gpe, conf: org ? 0.42 : 0.4, kind: 'name' });
    }
  }
  for (let k = outer.s + 1; k < outer.e; k++) {
    const g = NAMES.longestAt(c.toks, k, outer.e);
    if (g && g.value !== outer.label) {
      out.push({ s: k, e: k + g.len, label: g.value, conf: 0.85, kind: 'name' });
      k += g.len - 1;
    }
  }
}

/**
 * The start of the name an acronym in parentheses spells out: the initials of its content words
 * (`Forces de soutien rapide (FSR)`, `Groupe de soutien à l'islam et aux musulmans (GSIM)`), or -1.
 */
function spelledBy(toks: Token[], open: number, a: number, acronym: string): number {
  const letters = acronym
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  let n = letters.length;
  for (let k = open - 1; k >= a && k >= open - 3 * letters.length; k--) {
    const t = toks[k];
    if (!t.word || t.num) return -1;
    if (STOP.has(t.lower) || PARTICLES.has(t.key)) continue;
    const initial = t.text.normalize('NFD')[0].toUpperCase();
    if (n === 0 || initial !== letters[n - 1]) return -1;
    n--;
    if (n === 0) return t.cap ? k : -1;
  }
  return -1;
}

/**
 * A long organisation name whose acronym spells only its first words (`Service national d'aide aux victimes de guerre (SNAV)`,
 * `Organisation pour une Ruritanie libre (ORM)`): an organisation head with the acronym's first letter, the next content word
 * with its second, and only words between it and the parenthesis. Returns the head's index or -1.
 */
function initial(t: Token): string {
  return t.text.normalize('NFD')[0].toUpperCase();
}

function headSpelling(toks: Token[], open: number, a: number, acronym: string): number {
  const letters = acronym
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  if (letters.length < 2) return -1;
  for (let k = open - 1; k >= a && k >= open - 14; k--) {
    const t = toks[k];
    if (!t.word || t.num || (VERB_FORMS.get(t.lower) ?? []).some((f) => f.tense !== 'K')) return -1;
    if (!t.cap || !ORG_HEADS.has(t.text) || initial(t) !== letters[0]) continue;
    let n = k + 1;
    while (n < open && (STOP.has(toks[n].lower) || PARTICLES.has(toks[n].key) || toks[n].lower === 'pour')) n++;
    if (n < open && initial(toks[n]) === letters[1]) return k;
  }
  return -1;
}

const ARTICLES_IN_NAME = new Set(['un', 'une', 'la', 'le', 'les', "l'", 'de', 'du', 'des', "d'"]);

/** `Nom Long (SIGLE)`: two mentions; the acronym gets the label of the name. */
function acronyms(c: NameContext, found: Cand[], out: Cand[]): void {
  const { toks, b } = c;
  for (let i = c.a + 1; i + 2 < b; i++) {
    if (toks[i].text !== '(' || toks[i + 2].text !== ')' || !toks[i + 1].upper) continue;
    let start = spelledBy(toks, i, c.a, toks[i + 1].text);
    if (start < 0) start = headSpelling(toks, i, c.a, toks[i + 1].text);
    if (start < 0 || found.some((m) => m.s === start && m.e === i)) continue;
    const label = found.find((m) => m.s === start && m.e === i)?.label ?? L.organisation;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].s < i && out[k].e > start && out[k].label === label) out.splice(k, 1);
    const name: Cand = { s: start, e: i, label, conf: 0.8, kind: 'name' };
    out.push(name);
    // `Organisation pour une Ruritanie libre`: a capitalised word after an article inside the long name is the place it is for.
    for (let k = start + 1; k < i; k++) {
      if (
        isNamePart(toks[k]) &&
        !ORG_HEADS.has(toks[k].text) &&
        placeInOrg(toks[k]) &&
        ARTICLES_IN_NAME.has(toks[k - 1].key) &&
        !out.some((m) => m.s <= k && k < m.e && m.label !== label)
      ) {
        out.push({ s: k, e: regionEnd(toks, k + 1, i), label: L.gpe, conf: 0.42, kind: 'name' });
      }
    }
    found.push(name);
  }
  // The longest mention before the parenthesis names it (`Front … du Tigré (TPLF)` is the front, not Tigré).
  const done = new Set<number>();
  for (const m of [...found].sort((x, y) => y.e - y.s - (x.e - x.s))) {
    const i = m.e;
    if (done.has(i)) continue;
    done.add(i);
    if (i + 2 < b && toks[i].text === '(' && toks[i + 2].text === ')' && toks[i + 1].upper) {
      const idx = out.findIndex((x) => x.s === i + 1);
      if (idx >= 0) out.splice(idx, 1);
      out.push({ s: i + 1, e: i + 2, label: m.label, conf: 0.85, kind: 'name' });
    }
  }
}

export function findNames(c: NameContext): Cand[] {
  const out: Cand[] = [];
  for (let i = c.a; i < c.b;) {
    if (!c.toks[i].word) {
      i++;
      continue;
    }
    const before = out.length;
    i = Math.max(one(c, i, out), i + 1);
    for (let k = before; k < out.length; k++) i = Math.max(i, out[k].e);
  }
  coordinatedPlaces(c, out);
  const outers = out.filter((m) => m.e - m.s > 2);
  for (const m of outers) nested(c, m, out);
  acronyms(c, [...out], out);
  return out;
}
