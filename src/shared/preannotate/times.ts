/**
 * French date and time expressions: weekdays (`jeudi soir`, `samedi dernier`), dates (`19 janvier`,
 * `8 au 18 mai`, `juillet 2015`), years, durations (`10 jours`, `plusieurs mois`, `quelques jours plus
 * tard`), relative units (`semaine dernière`, `an dernier`), deictics (`hier`). Extents never include
 * a leading preposition or determiner: the recognizers start on the content word.
 */
import * as lexicon from './lexicon';
import type { Cand } from './mention';
import type { Token } from './tokenizer';

// Bound once: module getters are slow in hot loops under some loaders.
const { L, DEICTIC, DEICTIC_STARTS, MONTHS, PARTS_OF_DAY, RELATIVE, SEASONS, TIME_QUANT, TIME_UNITS, WEEKDAYS } = lexicon;

const YEAR_RE = /^(1[89]\d\d|20\d\d)$/;
/** `vingt-quatre`, `trente-six`, `quatre-vingt-dix`: compound number words. */
const COMPOUND_NUMBER_RE =
  /^(?:dix|vingt|trente|quarante|cinquante|soixante|quatre-vingts?)(?:-et)?-(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)$/;
/** `début du mois`, `fin de l'année`, `mi-mars`, `début 2022`. */
const EDGES = new Set(['début', 'fin', 'milieu', 'mi']);
const DAY_RE = /^([1-9]|[12]\d|3[01])(er)?$/;
const NOT_AGE = new Set(['plus', 'moins', 'près', 'environ', 'depuis', 'pendant']);
const HAS_AGE = new Set(['a', 'avait', 'aurait', 'ont', 'avaient', 'auraient', 'aura', 'ayant', 'avoir']);
const AGE_CUES = new Set(['âgé', 'âgée', 'âgés', 'âgées', 'agé', 'agée']);

type Match = number; // end token index (exclusive), or 0 when nothing matches

function lowerAt(toks: Token[], i: number, b: number): string {
  return i < b ? toks[i].lower : '';
}

/** `12 janvier`, `12 janvier 2020`, `8 au 18 mai`, `juillet 2015`. */
function date(toks: Token[], i: number, b: number): Match {
  const w = lowerAt(toks, i, b);
  if (DAY_RE.test(w)) {
    if (MONTHS.has(lowerAt(toks, i + 1, b))) {
      if (YEAR_RE.test(lowerAt(toks, i + 2, b))) return i + 3;
      // `le 30 octobre prochain`, `les 14 juillet et 19 décembre derniers`.
      return RELATIVE_DATE.has(lowerAt(toks, i + 2, b)) ? i + 3 : i + 2;
    }
    if ((lowerAt(toks, i + 1, b) === 'au' || lowerAt(toks, i + 1, b) === 'et') && DAY_RE.test(lowerAt(toks, i + 2, b)) && MONTHS.has(lowerAt(toks, i + 3, b))) {
      return YEAR_RE.test(lowerAt(toks, i + 4, b)) ? i + 5 : i + 4;
    }
  }
  if ((MONTHS.has(w) && !toks[i].cap) || (MONTHS.has(w) && i + 1 < b && YEAR_RE.test(lowerAt(toks, i + 1, b)))) {
    if (YEAR_RE.test(lowerAt(toks, i + 1, b))) return i + 2;
    if (RELATIVE.has(lowerAt(toks, i + 1, b))) return i + 2;
    // `mai`/`mars` alone are too ambiguous; `en mars`, `depuis mai`, `début mars` are months.
    return (w === 'mai' || w === 'mars') && !(i > 0 && MONTH_CUES.has(toks[i - 1].key)) ? 0 : i + 1;
  }
  return 0;
}

const RELATIVE_DATE = new Set(['dernier', 'derniers', 'dernière', 'prochain', 'prochains', 'prochaine']);
const MONTH_CUES = new Set(['en', 'depuis', 'début', 'fin', 'mi', 'dès', "jusqu'en", 'courant']);

/** `jeudi`, `jeudi soir`, `samedi dernier`, `mercredi 12 février`, `vendredi à l'aube`. */
function weekday(toks: Token[], i: number, b: number): Match {
  if (!WEEKDAYS.has(lowerAt(toks, i, b))) return 0;
  const next = lowerAt(toks, i + 1, b);
  if (PARTS_OF_DAY.has(next) || RELATIVE.has(next)) return i + 2;
  if (((next === 'à' && toks[i + 2]?.key === "l'") || next === 'au') && PARTS_OF_DAY.has(lowerAt(toks, next === 'au' ? i + 2 : i + 3, b)))
    return next === 'au' ? i + 3 : i + 4;
  const d = date(toks, i + 1, b);
  return d || i + 1;
}

/** `10 jours`, `plusieurs mois`, `quelques jours plus tard`, `mois de Ramadan`, `semaine dernière`. */
function duration(toks: Token[], i: number, b: number): Match {
  const w = lowerAt(toks, i, b);
  let j = i;
  if (TIME_QUANT.has(w) || toks[i].num || COMPOUND_NUMBER_RE.test(w)) {
    if (RELATIVE.has(w)) return 0;
    // `des mois`, `un jour` are rarely marked; `une semaine après`, `une demi-heure plus tard` are (a span from a moment told).
    if (w === 'des') return 0;
    if (
      (w === 'un' || w === 'une') &&
      !(TIME_UNITS.has(lowerAt(toks, i + 1, b)) && (countedFrom(toks, i + 2, b) || (i > 0 && toks[i - 1].lower === 'environ')))
    )
      return 0;
    j = i + 1;
  }
  const unit = lowerAt(toks, j, b);
  if (!TIME_UNITS.has(unit)) return 0;
  if (j === i) {
    // A bare unit is a time only with a relative word or a named period after it.
    const next = lowerAt(toks, j + 1, b);
    if (RELATIVE.has(next)) return j + 2;
    // `l'année 2016`, `le mois de mai`.
    if ((unit === 'année' || unit === 'an') && YEAR_RE.test(next)) return j + 2;
    if (next === 'de' && SEASONS.has(lowerAt(toks, j + 2, b))) return j + 3;
    return 0;
  }
  // Ages are not times: `âgé de 38 ans`, `une femme de 62 ans` (but `plus de 10 ans` is a duration).
  // `âgés de 9 à 12 ans`: a range of ages, looked at from its first number.
  let q = i;
  if (
    q > 1 &&
    (toks[q - 1].lower === 'à' || toks[q - 1].lower === 'et') &&
    (toks[q - 2].num || COMPOUND_NUMBER_RE.test(toks[q - 2].lower) || TIME_QUANT.has(toks[q - 2].lower))
  )
    q -= 2;
  if (unit.startsWith('an') && q > 1 && toks[q - 1].lower === 'de' && (AGE_CUES.has(toks[q - 2].lower) || !NOT_AGE.has(toks[q - 2].lower))) return 0;
  // `âgés entre 16 et 18 ans`: a range of ages after `entre`.
  if (unit.startsWith('an') && q > 1 && toks[q - 1].lower === 'entre' && AGE_CUES.has(toks[q - 2].lower)) return 0;
  // `Pierre Martin, 34 ans,`, `(34 ans)`: a number of years in apposition is an age.
  if (unit.startsWith('an') && q > 0 && (toks[q - 1].text === ',' || toks[q - 1].text === '(') && [',', ')', '.'].includes(lowerAt(toks, j + 1, b))) return 0;
  // `il aurait 29 ans`, `elle a 67 ans`: avoir with a number of years is an age.
  if (unit.startsWith('an') && q > 0 && HAS_AGE.has(toks[q - 1].lower)) return 0;
  if (lowerAt(toks, j + 1, b) === 'plus' && (lowerAt(toks, j + 2, b) === 'tard' || lowerAt(toks, j + 2, b) === 'tôt')) return j + 3;
  if (RELATIVE.has(lowerAt(toks, j + 1, b))) return j + 2;
  return j + 1;
}

/** `… plus tard`, `… auparavant`, `… après`: the span is counted from a moment the text tells. */
function countedFrom(toks: Token[], j: number, b: number): boolean {
  const w = lowerAt(toks, j, b);
  return w === 'auparavant' || w === 'après' || w === 'avant' || (w === 'plus' && ['tôt', 'tard'].includes(lowerAt(toks, j + 1, b)));
}

/** `plus tôt dans la (même) journée (de jeudi)`. */
function earlier(toks: Token[], i: number, b: number): Match {
  if (lowerAt(toks, i, b) !== 'plus' || !['tôt', 'tard'].includes(lowerAt(toks, i + 1, b))) return 0;
  if (lowerAt(toks, i + 2, b) !== 'dans' || lowerAt(toks, i + 3, b) !== 'la') return 0;
  let j = i + 4;
  if (lowerAt(toks, j, b) === 'même') j++;
  if (!TIME_UNITS.has(lowerAt(toks, j, b))) return 0;
  j++;
  if (lowerAt(toks, j, b) === 'de' && WEEKDAYS.has(lowerAt(toks, j + 1, b))) j += 2;
  return j;
}

/** `nuit de samedi à dimanche`, `soirée du 3 mai`. */
function partOfDay(toks: Token[], i: number, b: number): Match {
  if (!PARTS_OF_DAY.has(lowerAt(toks, i, b)) || !['de', 'du'].includes(lowerAt(toks, i + 1, b))) return 0;
  let first = weekday(toks, i + 2, b) || date(toks, i + 2, b);
  if (!first) return 0;
  // `nuit du samedi 3 au dimanche 4 juin`: the day number of the first weekday takes its month from the second.
  if (DAY_RE.test(lowerAt(toks, first, b)) && ['à', 'au'].includes(lowerAt(toks, first + 1, b))) first++;
  if (['à', 'au'].includes(lowerAt(toks, first, b))) return weekday(toks, first + 1, b) || date(toks, first + 1, b) || first;
  return first;
}

const SPAN_ADJECTIVES = new Set(['dernières', 'derniers', 'premières', 'premiers', 'prochaines', 'prochains']);
/** `la deuxième nuit`, `le troisième jour`: an ordinal before a bare unit makes it a time. */
const ORDINAL_RE = /^(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)$/;
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette']);
const CLOCK_RE = /^([01]?\d|2[0-3])h([0-5]\d)?$/i;
const HOUR_RE = /^([01]?\d|2[0-3])$/;
const MINUTES_RE = /^[0-5]\d$/;
const HOUR_WORDS = new Set(['h', 'heure', 'heures']);

/** `14h30`, `19 h 00`, `21 h`, `4 heures 30`, `5h45 du matin`, `minuit`: a time of day. */
function clock(toks: Token[], i: number, b: number): Match {
  const w = lowerAt(toks, i, b);
  let j = 0;
  if (w === 'minuit') return i + 1;
  if (CLOCK_RE.test(w)) j = i + 1;
  else if (HOUR_RE.test(w) && HOUR_WORDS.has(lowerAt(toks, i + 1, b))) {
    const m = lowerAt(toks, i + 2, b);
    // `15 h 8`: after `h` the minutes may be written with one digit.
    j = MINUTES_RE.test(m) || (lowerAt(toks, i + 1, b) === 'h' && /^\d$/.test(m)) ? i + 3 : i + 2;
  }
  if (!j) return 0;
  // `21 heures` alone stays a duration or an hour, as before; `du matin`, `du soir` complete the hour.
  if (lowerAt(toks, j, b) === 'du' && PARTS_OF_DAY.has(lowerAt(toks, j + 1, b))) return j + 2;
  return j;
}

const DAY_PART_PREPS = new Set(['à', 'dans', 'avant', 'après', 'pendant', 'durant', 'vers', 'depuis', 'dès', 'de', "jusqu'à"]);
/** `en pleine nuit`, `en plein jour`, `à la mi-journée`: the middle of a part of the day. */
function middle(toks: Token[], i: number, b: number): Match {
  const w = lowerAt(toks, i, b);
  if ((w === 'plein' || w === 'pleine') && (PARTS_OF_DAY.has(lowerAt(toks, i + 1, b)) || TIME_UNITS.has(lowerAt(toks, i + 1, b)))) return i + 2;
  if (!w.startsWith('mi-')) return 0;
  const mi = /^mi-(.+)$/.exec(w);
  return mi && (PARTS_OF_DAY.has(mi[1]) || TIME_UNITS.has(mi[1])) ? i + 1 : 0;
}

/** `ce matin` → `matin`, `cette nuit` → `nuit` (the demonstrative is a determiner, left out), `dans la nuit`, `à l'aube`. */
function dayPart(toks: Token[], i: number, a: number, b: number): Match {
  const w = lowerAt(toks, i, b);
  if (PARTS_OF_DAY.has(w) && i - 1 >= a && DEMONSTRATIVES.has(toks[i - 1].lower)) return i + 1;
  // `dans la nuit`, `à l'aube`, `avant l'aube`, `pendant la nuit`, `partie de l'après-midi`: a part of the day after a preposition and its article.
  if (PARTS_OF_DAY.has(w) && i - 2 >= a && (toks[i - 1].lower === 'la' || toks[i - 1].key === "l'") && DAY_PART_PREPS.has(toks[i - 2].lower)) return i + 1;
  return 0;
}

/** `début du mois`, `fin de l'année`, `milieu de la semaine`, `début mars`, `fin 2022`, `mi-mars`. */
function edge(toks: Token[], i: number, b: number): Match {
  const w = lowerAt(toks, i, b);
  const mi = /^mi-(.+)$/.exec(w);
  if (mi && MONTHS.has(mi[1])) return YEAR_RE.test(lowerAt(toks, i + 1, b)) ? i + 2 : i + 1;
  if (!EDGES.has(w)) return 0;
  if (MONTHS.has(lowerAt(toks, i + 1, b))) return YEAR_RE.test(lowerAt(toks, i + 2, b)) ? i + 3 : i + 2;
  if (YEAR_RE.test(lowerAt(toks, i + 1, b))) return i + 2;
  let j = i + 1;
  const p = lowerAt(toks, j, b);
  if (p === 'du') j++;
  else if (p === 'de' && ['la', "l'"].includes(toks[j + 1]?.key ?? '')) j += 2;
  else if (p === "d'" || p === 'de') j++;
  else return 0;
  const unit = lowerAt(toks, j, b);
  if (TIME_UNITS.has(unit) || MONTHS.has(unit)) return YEAR_RE.test(lowerAt(toks, j + 1, b)) || RELATIVE.has(lowerAt(toks, j + 1, b)) ? j + 2 : j + 1;
  if (YEAR_RE.test(unit)) return j + 1;
  return 0;
}

/** `été 2011`, `l'hiver 2015`: a season with its year. */
function season(toks: Token[], i: number, b: number): Match {
  return SEASONS.has(lowerAt(toks, i, b)) && YEAR_RE.test(lowerAt(toks, i + 1, b)) ? i + 2 : 0;
}

/** `entre 2020 et 2022`, `2014 à 2016`: two years joined are one period; `en 2011 et 2012` are two years. */
function years(toks: Token[], i: number, b: number): Match {
  if (!YEAR_RE.test(lowerAt(toks, i, b)) || !['et', 'à', 'au'].includes(lowerAt(toks, i + 1, b)) || !YEAR_RE.test(lowerAt(toks, i + 2, b))) return 0;
  if (lowerAt(toks, i + 1, b) === 'et' && (i === 0 || toks[i - 1].lower !== 'entre')) return 0;
  return i + 3;
}

const ANCHORED = new Set(['lendemain', 'veille', 'surlendemain', 'avant-veille']);
function anchor(toks: Token[], j: number, b: number): number {
  let k = j;
  if (lowerAt(toks, k, b) === 'du') k++;
  else if (lowerAt(toks, k, b) === 'de' && ['la', "l'"].includes(toks[k + 1]?.key ?? '')) k += 2;
  else return j;
  return k < b && toks[k].word && !toks[k].cap && !toks[k].num ? k + 1 : j;
}

/** `1 h 30 auparavant`, `deux heures plus tard`: a span counted back or on from the moment told. */
function counted(toks: Token[], j: number, b: number): number {
  if (lowerAt(toks, j, b) === 'auparavant') return j + 1;
  return lowerAt(toks, j, b) === 'plus' && ['tôt', 'tard'].includes(lowerAt(toks, j + 1, b)) ? j + 2 : j;
}

/**
 * Every word a time expression of this file can start with. Most words start none: one set lookup skips them
 * before the recognizers run (a number, `mi-…` and a compound number word are tested apart).
 */
const STARTS = new Set<string>([
  ...SPAN_ADJECTIVES,
  ...DEICTIC_STARTS,
  ...EDGES,
  ...SEASONS,
  ...PARTS_OF_DAY,
  ...MONTHS,
  ...WEEKDAYS,
  ...TIME_QUANT,
  ...TIME_UNITS,
  ...['premier', 'première', 'deuxième', 'second', 'seconde', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'],
  ...['environ', 'minuit', 'plein', 'pleine', 'plus'],
]);
function mayStartTime(t: Token): boolean {
  if (t.num || STARTS.has(t.key)) return true;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true; // `14h30`, `1er`
  return t.key.includes('-') && (t.key.startsWith('mi-') || COMPOUND_NUMBER_RE.test(t.key));
}

export function findTimes(toks: Token[], a: number, b: number): Cand[] {
  const out: Cand[] = [];
  for (let i = a; i < b;) {
    const t = toks[i];
    if (!t.word || !mayStartTime(t)) {
      i++;
      continue;
    }
    // `les dernières 48 heures`, `les premiers jours`: an ordinal adjective before a duration belongs to it.
    if (SPAN_ADJECTIVES.has(t.lower) && i + 1 < b) {
      // `les dernières années`: a bare unit after the adjective is a span too.
      const span = duration(toks, i + 1, b) || (TIME_UNITS.has(toks[i + 1].lower) && i > a && ['les', 'ces'].includes(toks[i - 1].lower) ? i + 2 : 0);
      if (span) {
        out.push({ s: i, e: span, label: L.time, conf: 0.9, kind: 'time' });
        i = span;
        continue;
      }
    }
    if (i + 1 < b && TIME_UNITS.has(toks[i + 1].lower) && ORDINAL_RE.test(t.lower) && !toks[i + 1].lower.startsWith('an')) {
      out.push({ s: i, e: i + 2, label: L.time, conf: 0.9, kind: 'time' });
      i += 2;
      continue;
    }
    // `environ un an`, `environ deux heures`: an approximate span keeps its adverb.
    if (t.lower === 'environ' && i + 1 < b) {
      const span = duration(toks, i + 1, b);
      if (span) {
        out.push({ s: i, e: span, label: L.time, conf: 0.9, kind: 'time' });
        i = span;
        continue;
      }
    }
    const deictic = DEICTIC.longestAt(toks, i, b);
    let end =
      clock(toks, i, b) ||
      (t.lower.length > 4 && middle(toks, i, b)) ||
      (SEASONS.has(t.lower) && season(toks, i, b)) ||
      earlier(toks, i, b) ||
      partOfDay(toks, i, b) ||
      dayPart(toks, i, a, b) ||
      edge(toks, i, b) ||
      years(toks, i, b) ||
      date(toks, i, b) ||
      weekday(toks, i, b) ||
      duration(toks, i, b);
    if (!end && deictic) {
      end = i + deictic.len;
      // `hier soir`, `demain matin`, `hier jeudi`: a part of the day or a weekday after a deictic is one time.
      if (PARTS_OF_DAY.has(lowerAt(toks, end, b)) || WEEKDAYS.has(lowerAt(toks, end, b))) end++;
      // `lendemain du drame`, `veille de l'attaque`: the day before or after an event named by a common noun.
      else if (ANCHORED.has(t.lower)) end = anchor(toks, end, b);
    }
    if (!end && YEAR_RE.test(t.text) && !(i + 1 < b && toks[i + 1].num)) end = i + 1;
    if (end > i) end = counted(toks, end, b);
    if (end > i) {
      out.push({ s: i, e: end, label: L.time, conf: 0.9, kind: 'time' });
      i = end;
    } else i++;
  }
  return out;
}
