/**
 * The lexicons of the pre-annotator, built once at module load from the JSON files in `data/`
 * (sources and licences in data/README.md). Multi-word entries live in `PhraseIndex` tries keyed by
 * their first token so that matching is one map look-up per token.
 */
import gazetteer from './data/gazetteer.json';
import countries from './data/countries.json';
import france from './data/france.json';
import places from './data/places.json';
import firstNames from './data/first-names.json';
import nationalities from './data/nationalities.json';
import nominals from './data/nominals.json';
import timeWords from './data/time.json';
import triggers from './data/triggers.json';
import verbForms from './data/verb-forms.json';
import { keyOf, tokenizeFast, type Token } from './tokenizer';

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  constructor(private readonly caseSensitive: boolean) {}

  key(t: Token): string {
    return this.caseSensitive ? t.norm : t.key;
  }

  add(phrase: string, value: T): void {
    const words = tokenizeFast(phrase).map((t) => this.key(t));
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** The longest entry that starts at token `i` and ends before `limit`. */
  longestAt(tokens: Token[], i: number, limit: number): { len: number; value: T } | null {
    const list = this.byFirst.get(this.key(tokens[i]));
    if (!list) return null;
    for (const { words, value } of list) {
      if (i + words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = this.key(tokens[i + k]) === words[k];
      if (ok) return { len: words.length, value };
    }
    return null;
  }
}

function indexOf<T>(caseSensitive: boolean, entries: [string, T][]): PhraseIndex<T> {
  const idx = new PhraseIndex<T>(caseSensitive);
  for (const [p, v] of entries) idx.add(p, v);
  return idx;
}

const lowerSet = (xs: string[]) => new Set(xs.map(keyOf));

/** Proper names: case-sensitive, value = label. */
/** `Le Caire` is also found as `Caire` (after `au`, `du`): the article is not in the extent. */
function withoutArticle(entries: [string, string][]): [string, string][] {
  const out = [...entries];
  // The press often drops the accent of a capital: `Etat islamique`, `Egypte`.
  for (const [n, l] of entries) if (/^[ÉÈÊ]/.test(n)) out.push(['E' + n.slice(1), l]);
  for (const [n, l] of entries) {
    const m = /^(?:Le|La|Les) (\p{Lu}.*)$/u.exec(n);
    if (m) out.push([m[1], l]);
  }
  return out;
}

/**
 * The French press writes some organisation names as common nouns (`les talibans`, `les shebab`,
 * `les houthis`): a one-word organisation name that is not an acronym is also found in lower case.
 */
function withLowerCase(names: string[]): string[] {
  const out = [...names];
  const have = new Set(names);
  for (const n of names) {
    // Accented words and compounds are French words (`Libération`, `Croix-Rouge`), not transliterations.
    if (/[\s\-'’]/.test(n) || /[^\x00-\x7f]/.test(n) || n === n.toUpperCase() || n.length < 4) continue;
    const lower = n.toLowerCase();
    if (!have.has(lower)) {
      have.add(lower);
      out.push(lower);
    }
  }
  return out;
}

export const NAMES = indexOf<string>(
  true,
  withoutArticle([
    ...countries.names.map((n): [string, string] => [n, 'GPE']),
    ...gazetteer.GPE.map((n): [string, string] => [n, 'GPE']),
    // A French department or region has a government (conseil départemental, régional): a GPE.
    ...[...france.departments, ...france.regions].map((n): [string, string] => [n, 'GPE']),
    ...gazetteer.LOC.map((n): [string, string] => [n, 'LOC']),
    ...withLowerCase(gazetteer.ORG).map((n): [string, string] => [n, 'ORG']),
  ]),
);
/** Common first names: the hand-written list and French first names (data/first-names.json, generated). */
export const FIRST_NAMES = new Set([...gazetteer.firstNames, ...firstNames.names]);
/** Towns and regions of the world (data/places.json, generated): a last resort for names no cue marks, words joined by one space. */
export const PLACES = new Set<string>(places.names);
export const TITLES = indexOf<true>(
  false,
  gazetteer.titles.map((t): [string, true] => [t, true]),
);
export const PARTICLES = lowerSet(gazetteer.particles);
export const ORG_HEADS = new Set(gazetteer.orgHeads);
export const LOWER_ORG_HEADS = lowerSet(gazetteer.lowerOrgHeads);
/** Facility heads, singular and plural (`camp`/`camps`): the first word takes the plural. */
export const FAC_HEADS = indexOf<true>(
  false,
  gazetteer.facHeads.flatMap((t): [string, true][] => {
    const [first, ...rest] = t.split(' ');
    return /[sxz]$/.test(first)
      ? [[t, true]]
      : [
          [t, true],
          [[first + 's', ...rest].join(' '), true],
        ];
  }),
);
export const ORG_APPOSITION = lowerSet(gazetteer.orgApposition);
export const ORG_APPOSITION_WEAK = lowerSet(gazetteer.orgAppositionWeak);
export const LOC_HEADS = lowerSet(gazetteer.locHeads);
/** Last words of English names: `International Crisis Group` is an organisation, `Jaffar Express` a train. */
export const ENGLISH_ORG_HEADS = new Set(gazetteer.englishOrgHeads);
export const VEHICLE_NAME_HEADS = new Set(gazetteer.vehicleNameHeads);
/** `Grand Hotel` is a building, `Camden Market` a place: English last words of facility and location names. */
export const ENGLISH_FACILITY_HEADS = new Set(gazetteer.englishFacilityHeads);
export const ENGLISH_LOCATION_HEADS = new Set(gazetteer.englishLocationHeads);
/** Acronyms of common nouns (`ONG`, `PIB`): never a name. */
export const COMMON_ACRONYMS = new Set(gazetteer.commonAcronyms);

/** Nominal heads (lower case): value = label. */
export const NOMINALS = indexOf<string>(false, [
  ...(['ORG', 'PER', 'GPE', 'LOC', 'FAC', 'WEA', 'VEH'] as const).flatMap((label) => (nominals[label] as string[]).map((w): [string, string] => [w, label])),
  // `un Jordanien`, `trois Belges`: a nationality noun names people (with its capital: see NATIONALITY_NOUNS).
  ...nationalities.forms.map((w): [string, string] => [w, 'PER']),
]);
/** Nationality nouns and adjectives of every country (data/nationalities.json, generated), lower case. */
export const NATIONALITY_FORMS: readonly string[] = nationalities.forms;
export const ALWAYS_LABELS = new Set(nominals.alwaysLabels);
export const OF_TO_OWNER = lowerSet(nominals.ofToOwner);

export const WEEKDAYS = lowerSet(timeWords.weekdays);
export const MONTHS = lowerSet(timeWords.months);
export const TIME_UNITS = lowerSet(timeWords.units);
export const TIME_QUANT = lowerSet(timeWords.quantifiers);
export const PARTS_OF_DAY = lowerSet(timeWords.partsOfDay);
export const RELATIVE = lowerSet(timeWords.relative);
export const DEICTIC = indexOf<true>(
  false,
  timeWords.deictic.map((t): [string, true] => [t, true]),
);
/** The first word (token key) of each deictic phrase: `hier`, `cette` (`cette semaine`). */
export const DEICTIC_STARTS = new Set(timeWords.deictic.map((t) => tokenizeFast(t)[0].key));
export const SEASONS = lowerSet(timeWords.seasons);

export interface VerbForm {
  lemma: string;
  tense: string;
}
/** Inflected form (lower case) → lemma and Lefff tense code (W infinitive, K past participle, F future…). */
export const VERB_FORMS = new Map<string, VerbForm[]>(
  Object.entries(verbForms.forms as unknown as Record<string, [string, string][]>).map(([f, l]) => [f, l.map(([lemma, tense]) => ({ lemma, tense }))]),
);
export const VERB_TYPES = new Map<string, string>(Object.entries(triggers.verbs));
export const REFLEXIVE_TYPES = new Map<string, string>(Object.entries(triggers.reflexive));

/** Noun triggers, singular and plural (regular French plural: +s, -al → -aux; -s/-x/-z invariable). */
export const NOUN_TYPES = new Map<string, string>();
for (const [noun, type] of Object.entries(triggers.nouns)) {
  NOUN_TYPES.set(noun, type);
  if (!/[sxz]$/.test(noun) && !noun.includes('-')) NOUN_TYPES.set(noun + 's', type);
}

export interface PhraseTrigger {
  lemma: string;
  rest: string[];
  type: string;
  noun?: boolean;
  triggerWords?: number;
}
export const PHRASES = new Map<string, PhraseTrigger[]>();
for (const p of triggers.phrases as PhraseTrigger[]) {
  const list = PHRASES.get(p.lemma) ?? [];
  list.push(p);
  PHRASES.set(p.lemma, list);
}

/** Idioms of no event that start with a trigger verb (`entré en vigueur`): lemma → the words after it. */
export const NOT_PHRASES = new Map<string, string[][]>();
for (const p of triggers.notPhrases) NOT_PHRASES.set(p.lemma, [...(NOT_PHRASES.get(p.lemma) ?? []), p.rest]);

export type Slot =
  'subject' | 'object' | 'by' | 'against' | 'of' | 'instrument' | 'place' | 'time' | 'number' | 'origin' | 'destination' | 'with' | 'ofPlace' | 'between';
export const ROLE_OF_SLOT = triggers.roles as Record<string, Partial<Record<Slot, string>>>;
export const SUBJECT_IS_PATIENT = new Set(triggers.subjectIsPatient);
export const OBJECT_IS_ORIGIN = new Set(triggers.objectIsOrigin);
export const OBJECT_WITH_DE = new Set(triggers.objectWithDe);
export const NEEDS_PLACE_OBJECT = new Set(triggers.needsPlaceObject);
export const SUBJECT_BY_LABEL = triggers.subjectByLabel as Record<string, Record<string, string>>;
export const INHERIT = triggers.inherit as Record<string, { from: string; roles: Record<string, string> }>;

import labels from './data/labels.json';
/** Label names per recognizer, from data/labels.json. */
export const L = { ...labels } as {
  person: string;
  organisation: string;
  gpe: string;
  location: string;
  facility: string;
  weapon: string;
  vehicle: string;
  time: string;
};
