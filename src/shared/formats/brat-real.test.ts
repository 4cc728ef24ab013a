import { describe, expect, it } from 'vitest';
import { exportBrat, importBrat } from './brat';
import { serializeGoldJsonl } from './gold-jsonl';
import { fixture, fixtureBytes, fixtureFolder, fixtureSchema } from '../../../test/support/format-fixtures';

/** brat on brat's own corpora and a French brat corpus (test/fixtures/formats/README.md). */

const news = fixtureSchema('brat-news-tutorial/annotation.conf', 'news');
const quaero = fixtureSchema('brat-quaero/annotation.conf', 'quaero');

/** What brat writes for a .txt saved with a byte-order mark: the mark is character 0, every offset one more. */
function withBom(txt: string, ann: string): [ReturnType<typeof fixture>, ReturnType<typeof fixture>] {
  const bytes = fixtureBytes(txt);
  const bomTxt = fixture(txt, new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]));
  const shifted = fixture(ann)
    .content.split('\n')
    .map((l) =>
      l.replace(/^(T\d+\t\S+ )([\d ;]+)\t/, (_, head: string, offsets: string) => head + offsets.replace(/\d+/g, (n) => String(Number(n) + 1)) + '\t'),
    )
    .join('\n');
  return [bomTxt, { name: ann, content: shifted }];
}

describe('brat on real corpora', () => {
  it('reads brat’s news tutorial without an error, and gives it back the same through an export (round trip)', () => {
    const files = fixtureFolder('brat-news-tutorial', ['.txt', '.ann']);
    const first = importBrat(files, news);
    expect(first.errors).toEqual([]);
    expect(first.records).toHaveLength(files.length / 2);
    const again = importBrat(exportBrat(first.records, news).files, news);
    expect(again.errors).toEqual([]);
    expect(serializeGoldJsonl(again.records)).toBe(serializeGoldJsonl(first.records));
  });

  it('issue 15 #1: a .txt with a UTF-8 byte-order mark keeps every span where brat put it', () => {
    const plain = importBrat([fixture('brat-news-tutorial/040-text_span_annotation.txt'), fixture('brat-news-tutorial/040-text_span_annotation.ann')], news);
    expect(plain.errors).toEqual([]);
    const bom = importBrat(withBom('brat-news-tutorial/040-text_span_annotation.txt', 'brat-news-tutorial/040-text_span_annotation.ann'), news);
    expect(bom.errors).toEqual([]);
    expect(bom.warnings).toEqual([]);
    expect(bom.records).toEqual(plain.records);
    expect(bom.records[0].entities.map((m) => m.text)).toEqual(['Google', 'Larry Page', 'Sergey Brin', 'California']);
    // A tool that dropped the mark before counting: read as it is, and said.
    const asIs = importBrat([withBom('brat-quaero/10774493.txt', 'brat-quaero/10774493.ann')[0], fixture('brat-quaero/10774493.ann')], quaero);
    expect(asIs.errors).toEqual([]);
    expect(asIs.warnings[0]).toMatch(/do not count the \.txt's byte-order mark/);
  });

  it('issue 15 #3: a note on a discontinuous span is left out with it, with warnings; notes of other types keep their type', () => {
    const r = importBrat([fixture('brat-quaero/10774493.txt'), fixture('brat-quaero/10774493.ann')], quaero);
    expect(r.errors).toEqual([]);
    const [record] = r.records;
    expect(record.entities.map((m) => [m.id, m.text, m.attributes?.note])).toEqual([
      ['T1', 'marqueurs', 'C0034551'],
      ['T2', 'virus', 'C0042776'],
      ['T3', 'hépatites A', 'C0019159'],
      ['T6', 'La Réunion', 'C0035373'],
      ['T9', 'virus des hépatites A', 'C0376325'],
    ]);
    expect(r.warnings).toEqual([
      'brat-quaero/10774493.ann:7: T4: discontinuous span 39 48;53 54 ("hépatites B") left out (not supported)',
      'brat-quaero/10774493.ann:9: T5: discontinuous span 39 48;57 58 ("hépatites C") left out (not supported)',
      'brat-quaero/10774493.ann:13: T7: discontinuous span 29 48;57 58 ("virus des hépatites C") left out (not supported)',
      'brat-quaero/10774493.ann:15: T8: discontinuous span 29 48;53 54 ("virus des hépatites B") left out (not supported)',
      'brat-quaero/10774493.ann:8: note AnnotatorNotes on T4 left out with it (discontinuous span 39 48;53 54 ("hépatites B"))',
      'brat-quaero/10774493.ann:10: note AnnotatorNotes on T5 left out with it (discontinuous span 39 48;57 58 ("hépatites C"))',
      'brat-quaero/10774493.ann:14: note AnnotatorNotes on T7 left out with it (discontinuous span 29 48;57 58 ("virus des hépatites C"))',
      'brat-quaero/10774493.ann:16: note AnnotatorNotes on T8 left out with it (discontinuous span 29 48;53 54 ("virus des hépatites B"))',
    ]);
  });
});
