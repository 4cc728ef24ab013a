import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText } from '../../../test/support/arbitraries';
import { annotationProblems } from '../model/validate';
import { frConflictNews } from '../schema/fr-conflict-news';
import { SchemaIndex } from '../schema/lookup';
import { preannotate } from './index';

const index = new SchemaIndex(frConflictNews);
const check = (text: string) => {
  const set = preannotate({ id: 'p', text, meta: { source: 'p' } }, frConflictNews);
  expect(annotationProblems(text, set, index)).toEqual([]);
  for (const e of set.entities) expect(e.text).toBe(e.text.trim());
  for (const e of set.entities) expect(e.text.includes('\n')).toBe(false);
};

/** Words every recognizer reacts to, shuffled: the patterns meet each other in every order. */
const words = [
  'le',
  'maréchal',
  'M.',
  'Ali',
  'Ben',
  'Salah',
  'el-Gharbi',
  'à',
  'Tripoli',
  'ville',
  'de',
  'du',
  "l'",
  'd’',
  '2 000',
  '12',
  'soldats',
  'tués',
  'blessés',
  'Armée',
  'nationale',
  '(',
  'ANL',
  ')',
  'aéroport',
  'international',
  'jeudi',
  'soir',
  'mai',
  '8',
  'au',
  'se',
  'sont',
  'emparées',
  'cessez-le-feu',
  'trouvé',
  'la',
  'mort',
  'par',
  'des',
  'drones',
  'armés',
  'contre',
  'forces',
  'pour',
  'libérer',
  ',',
  '.',
  '\n',
  '😀',
  'Al-Machrou’',
  '«',
  '»',
  'pris',
  'contrôle',
  'ont',
  'été',
  'attaque',
];
const wordText = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));

describe('pre-annotation on any text', () => {
  it('gives valid suggestions for any sequence of the words its patterns look for', () => {
    fc.assert(fc.property(wordText, check), { numRuns: 1000 });
  });

  it('gives valid suggestions that never cross a line or start/end on white space (news-like pieces)', () => {
    fc.assert(fc.property(newsText, check), { numRuns: 200 });
  });

  it('keeps a name inside its line (`Armée le` / `Ben` on the next line, found by the property above)', () => {
    check('Armée le \n Ben');
    check('aéroport de\nTripoli');
  });

  it('does the same on arbitrary Unicode, astral characters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: 200 });
  });
});
