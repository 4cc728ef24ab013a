import { describe, expect, it } from 'vitest';
import { importBrat } from './brat';
import { exportConll } from './conll';
import { importConll } from './conll-import';
import { serializeGoldJsonl } from './gold-jsonl';
import { fixture, fixtureSchema, labelSchema } from '../../../test/support/format-fixtures';

/** CoNLL on real files (test/fixtures/formats/README.md), checked against the IOB2 rules strict readers apply. */

const conll03 = labelSchema('PER', 'LOC', 'ORG', 'MISC');
const FILES = ['conll/wikigold.excerpt.conll', 'conll/europeana-enp_FR.bnf.excerpt.bio', 'conll/doccano-example.conll'];

/**
 * What nltk's conlltags2tree(strict=True) and seqeval's strict IOB2 mode refuse, from their published
 * rules: a sentence (lines between blank lines) whose I-X does not follow B-X or I-X, a tag outside
 * O/B-X/I-X, and a line that does not have the separator the others have.
 */
function strictIob2Problems(content: string): string[] {
  const problems: string[] = [];
  let previous = 'O';
  content.split('\n').forEach((line, i) => {
    if (line === '') return void (previous = 'O');
    const cols = line.split('\t');
    if (cols.length !== 2) problems.push(`line ${i + 1}: ${cols.length} tab-separated columns`);
    const tag = cols[cols.length - 1];
    if (!/^(O|[BI]-\S+)$/.test(tag)) problems.push(`line ${i + 1}: tag ${tag}`);
    if (tag.startsWith('I-') && previous.slice(2) !== tag.slice(2)) problems.push(`line ${i + 1}: ${tag} after ${previous}`);
    previous = tag;
  });
  return problems;
}

const mentions = (content: string, name: string, schema = conll03) =>
  importConll([{ name, content }], schema).records.flatMap((r) => r.entities.map((m) => `${m.label} ${m.text}`));

describe('CoNLL import (issue 15 #9)', () => {
  it('reads WikiGold: IOB1, spaces between columns, -DOCSTART- between documents', () => {
    const r = importConll([fixture('conll/wikigold.excerpt.conll')], conll03);
    expect(r.errors).toEqual([]);
    expect(r.records.map((d) => d.id)).toEqual(['wikigold.excerpt-1', 'wikigold.excerpt-2']);
    expect(r.records[0].entities.slice(0, 4).map((m) => `${m.label} ${m.text}`)).toEqual([
      'MISC 010',
      'MISC Japanese',
      'ORG The Mad Capsule Markets',
      'MISC Osc-Dis',
    ]);
    expect(r.records[0].text.startsWith('010 is the tenth album from Japanese Punk Techno band The Mad Capsule Markets .\nThis album')).toBe(true);
  });

  it('reads Europeana’s French newspapers: IOB1 without sentence breaks', () => {
    const r = importConll([fixture('conll/europeana-enp_FR.bnf.excerpt.bio')], conll03);
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(1);
    expect(r.records[0].entities.slice(0, 4).map((m) => `${m.label} ${m.text}`)).toEqual([
      'PER Emmanuel DESOLES',
      'LOC Rue du Pré-Botté',
      'LOC RENNES',
      'PER Hmitropaes',
    ]);
  });

  it('reads doccano’s CoNLL (IOB2, tabs, a blank line between sentences) and the same tags in BIOES alike', () => {
    const file = fixture('conll/doccano-example.conll');
    const r = importConll([file], conll03);
    expect(r.records.map((d) => [d.text, d.entities.map((m) => `${m.label} ${m.text}`)])).toEqual([
      ['JAPAN GET\nNadim Ladki', ['LOC JAPAN', 'PER Nadim Ladki']],
    ]);
    // BIOES by its published rule: a one-token mention is S-, the last token of a longer one E-.
    const bioes = file.content.replace('JAPAN\tB-LOC', 'JAPAN\tS-LOC').replace('Ladki\tI-PER', 'Ladki\tE-PER');
    expect(mentions(bioes, file.name)).toEqual(['LOC JAPAN', 'PER Nadim Ladki']);
  });

  it('refuses a line without a tag or with a tag that is none, naming the line; labels outside the schema name the mention’s line', () => {
    const r = importConll([{ name: 'bad.conll', content: 'JAPAN\tB-LOC\nGET\n\nNadim\tB-PER\nLadki\tX-PER\n\nParis\tB-GPE\n' }], conll03);
    expect(r.records).toEqual([]);
    expect(r.errors.map((e) => `${e.line}: ${e.reason}`)).toEqual([
      '2: expected "WORD … TAG" (two columns or more), got "GET"',
      '5: "X-PER" is not a tag (O, B-X, I-X, E-X, S-X)',
      '7: entity T3: unknown label GPE',
    ]);
  });

  for (const name of FILES) {
    it(`${name} → JSONL → CoNLL → JSONL gives the same bytes, through a CoNLL that strict readers accept`, () => {
      const first = importConll([fixture(name)], conll03);
      const written = exportConll(first.records, conll03).files[0].content;
      expect(strictIob2Problems(written)).toEqual([]);
      const again = importConll([{ name, content: written }], conll03);
      expect(again.errors).toEqual([]);
      expect(serializeGoldJsonl(again.records)).toBe(serializeGoldJsonl(first.records));
    });
  }
});

describe('CoNLL export (issue 15 #2)', () => {
  it('never breaks a sentence inside a mention (J. K. Rowling in brat’s tutorial); -DOCSTART- and tokens share the tab', () => {
    const news = fixtureSchema('brat-news-tutorial/annotation.conf', 'news');
    const r = importBrat([fixture('brat-news-tutorial/060-relation_annotation.txt'), fixture('brat-news-tutorial/060-relation_annotation.ann')], news);
    const written = exportConll(r.records, news).files[0].content;
    expect(strictIob2Problems(written)).toEqual([]);
    expect(written).toContain('J\tB-Person\n.\tI-Person\nK\tI-Person\n.\tI-Person\nRowling\tI-Person\n');
    expect(written.startsWith('-DOCSTART-\tO\n\n')).toBe(true);
    expect(mentions(written, 'x.conll', labelSchema('Person', 'GPE'))).toContain('Person J . K . Rowling');
  });
});
