import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../model/types';
import { frConflictNews } from '../schema';
import { exportBrat, importBrat } from './brat';

/*
 * Files written by hand from brat's standoff description (https://brat.nlplab.org/standoff.html):
 * "ID<TAB>TYPE START END<TAB>TEXT", "E1<TAB>TYPE:TRIGGER ROLE:ID …", "A1<TAB>NAME ID [VALUE]",
 * "#1<TAB>AnnotatorNotes ID<TAB>TEXT", R / * / N lines, offsets in characters (code points) of the .txt.
 * Code points of the text below, counted by hand: line 1 "L'armée a bombardé Derna 😀 dimanche." is
 * 0..36 (😀 is one character, at 25), "\n" at 36, line 2 "Haftar 𝔘 rencontre Sarraj à Paris." 37..71.
 */
const TEXT = "L'armée a bombardé Derna 😀 dimanche.\nHaftar 𝔘 rencontre Sarraj à Paris.";

const ANN = [
  'T1\tORG 2 7\tarmée',
  'T2\tConflict.Attack 10 18\tbombardé',
  'T3\tGPE 19 24\tDerna',
  'T4\tTIME 27 35\tdimanche',
  'T5\tPER 37 43\tHaftar',
  'T6\tContact.Meet 46 55\trencontre',
  'T7\tPER 56 62\tSarraj',
  'T8\tGPE 65 70\tParis',
  'E1\tConflict.Attack:T2 Attacker:T1 Target:T3 Time:T4',
  'E2\tContact.Meet:T6 Participant:T5 Participant2:T7 Place:T8',
  'A1\trealis E1 actual',
  'A2\trealis E2 other',
  '#1\tAnnotatorNotes T3\tville 𝔘 côtière',
  '#2\tAnnotatorNotes E2\trencontre annoncée',
  'R1\tLocated Arg1:T5 Arg2:T8',
  '*\tEquiv T5 T7',
  'N1\tReference T8 Wikipedia:22989\tParis',
].join('\n');

const EXPECTED: GoldRecord = {
  id: 'a1',
  text: TEXT,
  meta: { source: 'a1.txt' },
  annotator: 'imported',
  status: 'in-progress',
  schema: 'fr-conflict-news@1',
  entities: [
    { id: 'T1', start: 2, end: 7, label: 'ORG', text: 'armée' },
    { id: 'T3', start: 19, end: 24, label: 'GPE', text: 'Derna', attributes: { note: 'ville 𝔘 côtière' } },
    { id: 'T4', start: 27, end: 35, label: 'TIME', text: 'dimanche' },
    { id: 'T5', start: 37, end: 43, label: 'PER', text: 'Haftar' },
    { id: 'T7', start: 56, end: 62, label: 'PER', text: 'Sarraj' },
    { id: 'T8', start: 65, end: 70, label: 'GPE', text: 'Paris' },
  ],
  events: [
    {
      id: 'E1',
      type: 'Conflict.Attack',
      trigger: { start: 10, end: 18, text: 'bombardé' },
      arguments: [
        { role: 'Attacker', entity: 'T1' },
        { role: 'Target', entity: 'T3' },
        { role: 'Time', entity: 'T4' },
      ],
      attributes: { realis: 'actual' },
    },
    {
      id: 'E2',
      type: 'Contact.Meet',
      trigger: { start: 46, end: 55, text: 'rencontre' },
      arguments: [
        { role: 'Participant', entity: 'T5' },
        { role: 'Participant', entity: 'T7' },
        { role: 'Place', entity: 'T8' },
      ],
      attributes: { realis: 'other', note: 'rencontre annoncée' },
    },
  ],
};

const files = (ann: string, text = TEXT) => [
  { name: 'data/a1.txt', content: text },
  { name: 'data/a1.ann', content: ann },
];

describe('brat import', () => {
  it('reads mentions, triggers, events with a repeated role, attributes and notes; R, * and N are warned', () => {
    const r = importBrat(files(ANN), frConflictNews);
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([EXPECTED]);
    expect(r.warnings).toEqual([
      'data/a1.ann:15: relation R1 left out (not supported)',
      'data/a1.ann:16: equivalence * left out (not supported)',
      'data/a1.ann:17: normalization N1 left out (not supported)',
    ]);
  });

  it('reports bad lines with file, line and reason, and keeps nothing of the file unless asked', () => {
    const bad = [
      'T1\tORG 2 7\tarmée',
      'T2\tGPE 19 21;22 24\tDe na', // discontinuous: left out with a warning
      'T3\tTIME 28 36\tdimanche', // UTF-16 offsets: one off after the emoji
      'T4\tFOO 37 43\tHaftar', // unknown label
      'E1\tConflict.Attack:T9 Attacker:T1', // missing trigger
      'hello',
      'A1\trealis E7 actual',
    ].join('\n');
    const strict = importBrat(files(bad), frConflictNews);
    expect(strict.records).toEqual([]);
    expect(strict.warnings).toEqual(['data/a1.ann:2: T2: discontinuous span 19 21;22 24 ("De na") left out (not supported)']);
    expect(strict.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['data/a1.ann:3', 'data/a1.ann:4', 'data/a1.ann:5', 'data/a1.ann:6', 'data/a1.ann:7']);
    expect(strict.errors[0].reason).toMatch(/does not match the text at 28\.\.36 \("imanche\."\)/);
    expect(strict.errors[1].reason).toMatch(/unknown label FOO/);
    expect(strict.errors[2].reason).toMatch(/trigger T9 is not a text-bound annotation/);
    expect(strict.errors[3].reason).toMatch(/not a brat annotation line/);
    expect(strict.errors[4].reason).toMatch(/names a missing annotation E7/);
    const lenient = importBrat(files(bad), frConflictNews, { validOnly: true });
    expect(lenient.records.map((r) => r.entities.map((m) => m.id))).toEqual([['T1']]);
    expect(lenient.records[0].events).toEqual([]);
  });

  it('reads back a span brat split at a line break into fragments as one span', () => {
    const r = importBrat(files('T1\tORG 0 5;6 15\tArmée nationale', 'Armée\nnationale'), frConflictNews);
    expect(r.errors).toEqual([]);
    expect(r.records[0].entities).toEqual([{ id: 'T1', start: 0, end: 15, label: 'ORG', text: 'Armée\nnationale' }]);
  });

  it('writes a span across a line break as brat does, in fragments', () => {
    const record: GoldRecord = {
      ...EXPECTED,
      text: 'Armée\nnationale',
      entities: [{ id: 'T1', start: 0, end: 15, label: 'ORG', text: 'Armée\nnationale' }],
      events: [],
    };
    expect(exportBrat([record], frConflictNews).files[2].content).toBe('T1\tORG 0 5;6 15\tArmée nationale\n');
  });

  it('a .ann without its .txt is an error; a .txt alone is a document without annotations', () => {
    const r = importBrat(
      [
        { name: 'x.ann', content: 'T1\tPER 0 1\tx' },
        { name: 'y.txt', content: 'Yémen' },
      ],
      frConflictNews,
    );
    expect(r.errors).toEqual([{ file: 'x.ann', line: 0, reason: 'no x.txt next to it' }]);
    expect(r.records.map((d) => [d.id, d.entities.length])).toEqual([['y', 0]]);
  });

  it('warns about an event given as argument and a trigger without its event', () => {
    const ann = 'T2\tConflict.Attack 10 18\tbombardé\nT6\tContact.Meet 46 55\trencontre\nE1\tConflict.Attack:T2 Target:E2';
    const r = importBrat(files(ann), frConflictNews);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'data/a1.ann:2: trigger T6 (Contact.Meet) has no event line, left out',
      'data/a1.ann:3: E1: event E2 as argument Target left out (events as arguments are not supported)',
    ]);
    expect(r.records[0].events.map((e) => e.arguments)).toEqual([[]]);
  });
});

describe('brat export', () => {
  it('writes the .ann brat expects: mentions, then triggers, events with Role2, attributes, notes', () => {
    const out = exportBrat([EXPECTED], frConflictNews);
    expect(out.files.map((f) => f.name)).toEqual(['annotation.conf', 'a1.txt', 'a1.ann', 'a1.glose.json']);
    expect(out.files[1].content).toBe(TEXT);
    expect(out.files[2].content).toBe(
      [
        'T1\tORG 2 7\tarmée',
        'T3\tGPE 19 24\tDerna',
        'T4\tTIME 27 35\tdimanche',
        'T5\tPER 37 43\tHaftar',
        'T7\tPER 56 62\tSarraj',
        'T8\tGPE 65 70\tParis',
        'T9\tConflict.Attack 10 18\tbombardé',
        'T10\tContact.Meet 46 55\trencontre',
        'E1\tConflict.Attack:T9 Attacker:T1 Target:T3 Time:T4',
        'E2\tContact.Meet:T10 Participant:T5 Participant2:T7 Place:T8',
        '#1\tAnnotatorNotes T3\tville 𝔘 côtière',
        'A1\trealis E1 actual',
        'A2\trealis E2 other',
        '#2\tAnnotatorNotes E2\trencontre annoncée',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(out.files[3].content)).toEqual({
      id: 'a1',
      meta: { source: 'a1.txt' },
      annotator: 'imported',
      status: 'in-progress',
      schema: 'fr-conflict-news@1',
    });
  });

  it('renumbers ids brat cannot use, leaves pending suggestions out, and warns about what it drops', () => {
    const record: GoldRecord = {
      ...EXPECTED,
      entities: [
        { id: 'm-a', start: 2, end: 7, label: 'ORG', text: 'armée', attributes: { proposed_by: ['alice'] } },
        { id: 'T3', start: 19, end: 24, label: 'GPE', text: 'Derna', source: 'heuristic', confidence: 0.8 },
        { id: 'T4', start: 27, end: 35, label: 'TIME', text: 'dimanche', source: 'human' },
      ],
      events: [],
    };
    const pending = exportBrat([record], frConflictNews, { includePending: true });
    // m-a is not a brat id: it gets the first number after the kept T3, T4.
    expect(pending.files[2].content).toBe('T5\tORG 2 7\tarmée\nT3\tGPE 19 24\tDerna\nT4\tTIME 27 35\tdimanche\n');
    expect(pending.warnings).toContain('1 attribute that brat cannot write (not a single word) left out');
    expect(pending.warnings).toContain('source/confidence of 2 annotations left out (brat has no place for them)');
    expect(exportBrat([record], frConflictNews).files[2].content).not.toMatch(/Derna/);
  });

  it('gives two annotators of one document two file pairs', () => {
    const names = exportBrat([EXPECTED, { ...EXPECTED, annotator: 'bob' }], frConflictNews).files.map((f) => f.name);
    expect(names).toContain('a1.imported.ann');
    expect(names).toContain('a1.bob.ann');
  });
});
