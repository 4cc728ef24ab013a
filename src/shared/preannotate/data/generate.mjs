// Regenerates the derived data files from registry packages (devDependencies):
//   node src/shared/preannotate/data/generate.mjs
// - verb-forms.json: every inflected form of the trigger verbs of triggers.json, from french-verbs-lefff
//   (conjugation tables derived from the Lefff, LGPL-LR; package Apache-2.0).
// - countries.json: French country names from i18n-iso-countries (MIT).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const triggers = JSON.parse(readFileSync(join(here, 'triggers.json'), 'utf8'));
const conj = require('french-verbs-lefff/dist/conjugations.json');

// Tense codes of the Lefff tables: W infinitive, G present participle, K past participle, P present,
// I imperfect, J simple past, F future, C conditional, S/T subjunctives, Y imperative.
const lemmas = new Set([...JSON.parse(readFileSync(join(here, 'function-words.json'), 'utf8')).lightVerbs, ...Object.keys(triggers.verbs), ...Object.keys(triggers.reflexive), ...triggers.phrases.map((p) => p.lemma)]);
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
