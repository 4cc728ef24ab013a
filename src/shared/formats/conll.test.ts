import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../model/types';
import { frConflictNews } from '../schema';
import { exportConll } from './conll';

/*
 * CoNLL-2003 style BIO, worked out by hand. Code points of the text: armée de Haftar 2..17, Haftar 11..17,
 * "Haftar frappe" 11..23, Derna 25..30, "\n" at 31, 8 mai 35..40, ANL 44..47.
 */
const TEXT = "L'armée de Haftar frappe Derna.\nLe 8 mai, l'ANL avance.";
const record: GoldRecord = {
  id: 'c1',
  text: TEXT,
  meta: { source: 'c1.txt', lang: 'fr' },
  annotator: 'gold',
  status: 'adjudicated',
  schema: 'fr-conflict-news@1',
  entities: [
    { id: 'T1', start: 2, end: 17, label: 'ORG', text: 'armée de Haftar' },
    { id: 'T2', start: 11, end: 17, label: 'PER', text: 'Haftar' },
    { id: 'T3', start: 11, end: 23, label: 'LOC', text: 'Haftar frappe' },
    { id: 'T4', start: 25, end: 30, label: 'GPE', text: 'Derna' },
    { id: 'T5', start: 35, end: 40, label: 'TIME', text: '8 mai' },
    { id: 'T6', start: 44, end: 47, label: 'ORG', text: 'ANL' },
  ],
  events: [{ id: 'E1', type: 'Conflict.Attack', trigger: { start: 18, end: 24, text: 'frappe' }, arguments: [{ role: 'Attacker', entity: 'T1' }] }],
};

const DOC = [
  '-DOCSTART-\tO',
  '',
  "L'\tO",
  'armée\tB-ORG',
  'de\tI-ORG',
  'Haftar\tI-ORG',
  'frappe\tO',
  'Derna\tB-GPE',
  '.\tO',
  '',
  'Le\tO',
  '8\tB-TIME',
  'mai\tI-TIME',
  ',\tO',
  "l'\tO",
  'ANL\tB-ORG',
  'avance\tO',
  '.\tO',
  '',
];

describe('CoNLL BIO export', () => {
  it('one token a line, sentences apart, outermost mentions only, with counts of what was dropped', () => {
    const out = exportConll([record], frConflictNews);
    expect(out.files[0].content).toBe(DOC.map((l) => l + '\n').join(''));
    expect(out.warnings).toEqual([
      '1 nested mention dropped (BIO keeps the outermost)',
      '1 overlapping mention dropped (BIO keeps the first, longest)',
      '1 event left out (CoNLL BIO has no events)',
    ]);
  });

  it('starts every document with -DOCSTART-; astral characters are tokens like any other', () => {
    const second: GoldRecord = { ...record, id: 'c2', text: '𝔘 Derna', entities: [{ id: 'T1', start: 2, end: 7, label: 'GPE', text: 'Derna' }], events: [] };
    const out = exportConll([record, second], frConflictNews);
    expect(out.files[0].content).toBe([...DOC, '-DOCSTART-\tO', '', '𝔘\tO', 'Derna\tB-GPE', ''].map((l) => l + '\n').join(''));
  });

  it('leaves pending suggestions out unless asked', () => {
    const pending: GoldRecord = { ...record, entities: [{ ...record.entities[3], source: 'heuristic', confidence: 0.9 }], events: [] };
    expect(exportConll([pending], frConflictNews).files[0].content).not.toMatch(/B-GPE/);
    expect(exportConll([pending], frConflictNews, { includePending: true }).files[0].content).toMatch(/Derna\tB-GPE/);
  });
});
