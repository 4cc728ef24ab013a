import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBrat, importBrat } from './brat';
import { bratConfToSchema } from './brat-conf';
import { FIXTURES, fixture, fixtureSchema } from '../../../test/support/format-fixtures';

/** annotation.conf as brat ships it: its 51 files (test/fixtures/formats/brat-conf, README there). */

const confs = readdirSync(join(FIXTURES, 'brat-conf')).sort();
const read = (name: string) => bratConfToSchema(fixture(`brat-conf/${name}`).content, name);

describe('brat’s 51 annotation.conf files', () => {
  it('are all there', () => expect(confs).toHaveLength(51));

  it('issue 15 #4: every one reads into a schema, and every warning names its line', () => {
    for (const name of confs) {
      const r = read(name);
      expect({ name, errors: r.errors }).toEqual({ name, errors: [] });
      expect(r.schema, name).not.toBeNull();
      for (const w of r.warnings) expect(w, name).toMatch(new RegExp(`^${name.replace(/[.]/g, '\\.')}:[1-9]\\d*: `));
    }
  });

  it('reads the [spans] alias as [entities] (the dependency confs)', () => {
    expect(read('CoNLL-ST-2006-Portuguese.conf').schema!.entities.length).toBeGreaterThan(10);
    expect(read('example-data_corpora_TDT.conf').schema!.entities.map((e) => e.name)).toContain('Pron');
  });

  it('reads <ANY> as any entity type, with one warning for the conf', () => {
    const r = read('BioNLP-ST-2013-PC.conf');
    const schema = r.schema!;
    const regulation = schema.events.find((e) => e.name === 'Regulation')!;
    expect(regulation.roles.find((x) => x.name === 'Theme')!.labels).toEqual(schema.entities.map((e) => e.name));
    expect(r.warnings.filter((w) => /<ANY>/.test(w))).toHaveLength(1);
  });

  it('expands a macro that stands for a whole role list, an empty one included', () => {
    const grec = read('NaCTeM-GREC.conf').schema!;
    expect(grec.events.find((e) => e.name === 'GRE')!.roles.map((r) => r.name)).toContain('Agent');
    const ace = read('NIST-ACE-05.conf').schema!;
    expect(ace.events.find((e) => e.name === 'BE-BORN')!.roles.map((r) => r.name)).toEqual(['TODO']);
  });

  it('names the line of every error, a schema-level one included', () => {
    const broken = fixture('brat-news-tutorial/annotation.conf')
      .content.replace('Person\n', 'Person\nPerson\n')
      .replace('Merge-org  Org-Arg+:Organization', 'Merge-org  Org-Arg+:Company');
    const r = bratConfToSchema(broken, 'annotation.conf');
    expect(r.schema).toBeNull();
    expect(r.errors.map((e) => [e.line, e.reason])).toEqual([
      [17, 'entity type Person is defined twice (first on line 16)'],
      [65, 'Merge-org.Org-Arg: unknown type Company'],
    ]);
    expect(bratConfToSchema('[events]\nAttack\tAttacker:PER\n', 'e.conf').errors.every((e) => e.line > 0)).toBe(true);
  });
});

describe('a brat corpus under its own annotation.conf', () => {
  it('reads the TDT sample ([spans], Lemma notes, attributes with values), keeps the notes’ type and writes them back', () => {
    const schema = fixtureSchema('brat-tdt/annotation.conf', 'tdt');
    const r = importBrat([fixture('brat-tdt/b105.txt'), fixture('brat-tdt/b105.ann')], schema);
    expect(r.errors).toEqual([]);
    const [first] = r.records[0].entities;
    expect(first).toMatchObject({ id: 'T1', label: 'N', text: 'Delilah', attributes: { 'note:Lemma': ' Delilah', SUBCAT: 'Prop', NUM: 'Sg', CASE: 'Nom' } });
    expect(r.warnings.filter((w) => /relation R\d+ left out/.test(w))).toHaveLength(237);
    const ann = exportBrat(r.records, schema).files.find((f) => f.name === 'b105.ann')!.content;
    expect(ann).toMatch(/^#\d+\tLemma T1\t Delilah$/m);
    expect(ann).not.toMatch(/AnnotatorNotes/);
  });
});
