import { describe, expect, it } from 'vitest';
import { serializeGoldJsonl } from './gold-jsonl';
import { exportSpacy, importSpacy } from './spacy';
import { fixture, labelSchema } from '../../../test/support/format-fixtures';

/** Prodigy's own example datasets (test/fixtures/formats/README.md). */

const lines = (content: string) =>
  content
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { tokens: unknown[]; spans: { start: number; end: number; token_start: number; token_end: number; label: string }[] });

describe('Prodigy exports (issue 15 #8)', () => {
  it('warns about the relations of rel.manual tasks instead of keeping them silently in meta', () => {
    const r = importSpacy([fixture('prodigy/rel-component-annotations.excerpt.jsonl')], labelSchema('GGP'));
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(3);
    expect(r.records.every((d) => d.meta.relations === undefined)).toBe(true);
    expect(r.warnings.filter((w) => /relations? left out/.test(w)).map((w) => w.split(': ')[0])).toEqual([
      'prodigy/rel-component-annotations.excerpt.jsonl:1',
      'prodigy/rel-component-annotations.excerpt.jsonl:2',
      'prodigy/rel-component-annotations.excerpt.jsonl:3',
    ]);
  });

  it('merges the accepted ner.teach tasks of one text into one document, as data-to-spacy does; rejected and ignored are left out', () => {
    const r = importSpacy([fixture('prodigy/reddit-product-ner.excerpt.jsonl')], labelSchema('PRODUCT'));
    expect(r.errors).toEqual([]);
    expect(r.records.map((d) => d.entities.map((m) => m.text))).toEqual([['L4D'], ['Apache', 'MySQL'], ['MySQL']]);
    expect(r.warnings).toContain('prodigy/reddit-product-ner.excerpt.jsonl:5: accepted task of the same input as line 3, merged into it');
    expect(r.warnings.filter((w) => /answered (reject|ignore)/.test(w))).toHaveLength(9);
  });

  it('writes back the tokens a task came with, so token_start and token_end stay those of the input', () => {
    for (const name of ['prodigy/news-headlines-ner.excerpt.jsonl', 'prodigy/rel-component-annotations.excerpt.jsonl']) {
      const file = fixture(name);
      const schema = labelSchema('ORG', 'PERSON', 'LOCATION', 'GGP');
      const imported = importSpacy([file], schema);
      expect(imported.errors).toEqual([]);
      const accepted = lines(file.content); // every task of these excerpts is accepted
      const written = lines(exportSpacy(imported.records, schema).files[0].content);
      expect(written.map((l) => l.tokens)).toEqual(accepted.map((l) => l.tokens));
      expect(written.map((l) => l.spans.map((s) => [s.start, s.end, s.token_start, s.token_end, s.label]))).toEqual(
        accepted.map((l) => (l.spans ?? []).map((s) => [s.start, s.end, s.token_start, s.token_end, s.label])),
      );
      const again = importSpacy([{ name, content: exportSpacy(imported.records, schema).files[0].content }], schema);
      expect(serializeGoldJsonl(again.records)).toBe(serializeGoldJsonl(imported.records));
    }
  });
});
