/** Word classes shared by the recognizers (from data/function-words.json). */
import fw from './data/function-words.json';
import nationalities from './data/nationalities.json';
import { keyOf, type Token } from './tokenizer';

const set = (xs: string[]) => new Set(xs.map(keyOf));
export const STOP = set(fw.stop);
export const NEGATION = set(fw.negation);
export const REALIS_OTHER = set(fw.realisOther);
export const LIGHT_VERBS = new Set(fw.lightVerbs);
export const IRREALIS_TENSES = new Set(fw.irrealisTenses);
export const REALIS = fw.realis;
export const PREP = {
  place: set(fw.prepPlace),
  destination: set(fw.prepDestination),
  origin: set(fw.prepOrigin),
  by: set(fw.prepBy),
  against: set(fw.prepAgainst),
  with: set(fw.prepWith),
  instrument: set(fw.prepInstrument),
  of: set(fw.prepOf),
};
export const ORG_ADJECTIVES = set(fw.orgAdjectives);
/** Forms of trigger verbs that are nouns of no event after an article (`un marché`, `l'entrée`). */
export const NOUN_HOMOGRAPHS = set(fw.nounHomographs);
export const DETERMINERS = set([
  'le',
  'la',
  'les',
  "l'",
  'des',
  'du',
  'ce',
  'cet',
  'cette',
  'ces',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'au',
  'aux',
  'notre',
  'nos',
]);
export const NUMBER_WORDS = set([
  'un',
  'une',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'cent',
  'cents',
  'mille',
  'plusieurs',
  'dizaines',
  'centaines',
  'milliers',
]);
/** Adjectives that come before the noun and belong to the extent. */
export const PRE_ADJECTIVES = set([
  'autres',
  'autre',
  'petit',
  'petits',
  'petite',
  'petites',
  'grand',
  'grands',
  'grande',
  'grandes',
  'nouveau',
  'nouveaux',
  'nouvelle',
  'nouvelles',
  'jeune',
  'jeunes',
  'gros',
  'grosse',
  'lourds',
  'lourdes',
  'vieux',
  'ancien',
  'anciens',
  'anciennes',
  // `une première voiture`, `un second véhicule`: ordinals before the noun belong to the extent.
  'premier',
  'première',
  'premiers',
  'premières',
  'second',
  'seconde',
  'deuxième',
  'troisième',
  'dernier',
  'dernière',
]);
export const DIRECTIONS = set(['nord', 'sud', 'est', 'ouest', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest', 'centre']);
/** Prepositions after which an adjective takes a complement (`loyales à`, `posée par`): the adjective is left out. */
export const COMPLEMENT_PREPS = set(['à', 'au', 'aux', 'par', 'pour', 'contre', 'en', 'vers', 'sur', 'comme', 'dans', 'avec', 'depuis', 'lors', 'sous']);
const ADJ_RE =
  /^[\p{Ll}-]{1,}(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|ain|aine|ains|aines|ane|anes|ais|aise|aises|ois|oise|oises|ique|iques|aire|aires|if|ive|ifs|ives|eux|euse|euses|é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ier|ière|iers|ières|ante|ants|antes|ard|arde|ards|ardes|ourd|ourde|ourds|ourdes|ente|ents|entes|ble|bles|iste|istes|yen|yenne|yens|yennes|éen|éenne|éens|éennes|ère|ères|estre|estres)$/u;
const ADVERB_RE = /^\p{Ll}{3,}ment$/u;

const NATIONALITY = set([...fw.nationalityAdjectives, ...nationalities.forms]);
export const QUANTITY_NOUNS = set(fw.quantityNouns);

/** Frequent adjectives after a noun that no suffix of ADJ_RE catches (`villages voisins`). */
const OTHER_ADJECTIVES = new Set([
  'sunnite',
  'sunnites',
  'chiite',
  'chiites',
  'alaouite',
  'alaouites',
  'public',
  'publics',
  'proche',
  'proches',
  'alentour',
  'alentours',
  'alentoures',
  'gris',
  'grise',
  'grises',
  'jaune',
  'jaunes',
  'bleu',
  'bleue',
  'bleus',
  'bleues',
  'voisin',
  'voisins',
  'voisine',
  'voisines',
  'blanc',
  'blancs',
  'blanche',
  'blanches',
  'noir',
  'noirs',
  'noire',
  'noires',
  'rouge',
  'rouges',
  'vert',
  'verts',
  'verte',
  'vertes',
  'nomade',
  'nomades',
  'papou',
  'papous',
  'papoue',
  'papoues',
  'hindou',
  'hindous',
  'bantou',
  'bantous',
  'zoulou',
  'zoulous',
  'rivale',
  'rivales',
  'rival',
  'rivaux',
  'coutumier',
  'coutumiers',
]);
export function isAdjective(t: Token): boolean {
  if (t.cap || STOP.has(t.lower) || t.lower.endsWith('pelle')) return false;
  return ADJ_RE.test(t.lower) || DIRECTIONS.has(t.lower) || NATIONALITY.has(t.lower) || OTHER_ADJECTIVES.has(t.lower);
}
/** `éthiopienne`, `russes`: adjectives of nationality, which take no complement. */
const NATIONALITY_RE = /^\p{Ll}{3,}(?:ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines)$/u;
export function isNationality(t: Token): boolean {
  return NATIONALITY.has(t.lower) || NATIONALITY_RE.test(t.lower);
}
export function isAdverb(t: Token): boolean {
  return ADVERB_RE.test(t.lower) && !STOP.has(t.lower);
}
/** `trente-trois`, `quatre-vingt-dix`, `vingt-et-un`: compound number words. */
function compoundNumber(w: string): boolean {
  if (!w.includes('-')) return false;
  for (const part of w.split('-')) if (part !== 'et' && !NUMBER_WORDS.has(part) && part !== 'vingts') return false;
  return true;
}
export function isNumberLike(t: Token): boolean {
  return t.num || NUMBER_WORDS.has(t.lower) || compoundNumber(t.lower);
}
export const QUOTES = new Set(['"', '«', '»', '“', '”', '„']);
