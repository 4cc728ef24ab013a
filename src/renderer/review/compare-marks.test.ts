import { describe, expect, it } from 'vitest';
import { alignDocument } from '../../shared/review/align';
import { groupRecords } from '../../shared/review/corpus';
import { disagreementsOf } from '../../shared/review/disagreements';
import { TWO_TEXT, twoAnnotators } from '../../shared/review/testkit';
import { frConflictNews, SchemaIndex } from '../../shared/schema';
import { OffsetMap } from '../../shared/text/offsets';
import { columnMarks, mergedMarks, unitsByKey } from './compare-marks';

const TEXT = TWO_TEXT;
const { A, B } = twoAnnotators();

describe('what the comparison draws', () => {
  const alignment = alignDocument(groupRecords([A, B]).corpus.documents[0].sets);
  const ds = disagreementsOf(alignment);
  const units = unitsByKey(ds);
  const map = new OffsetMap(TEXT);
  const schema = new SchemaIndex(frConflictNews);
  const tags = (marks: ReturnType<typeof mergedMarks>) => marks.map((m) => `${TEXT.slice(m.from, m.to)}: ${m.tag}`);

  it('a column tags each mark with its label and the symbol of its conflict, and shows the annotator’s disputed realis', () => {
    expect(tags(columnMarks(alignment, 'A', ds, units, map, schema))).toEqual([
      'Paris: GPE',
      'Lyon: GPE ≠',
      'Banque de France: ORG ↔',
      'France: GPE +',
      'demain: TIME',
      'accueillent: Meet actual ≠',
    ]);
    expect(tags(columnMarks(alignment, 'B', ds, units, map, schema))).toContain('accueillent: Meet generic ≠');
  });

  it('the merged text names who made a disputed mark by the annotators’ symbols, and ties marks to their disagreements', () => {
    const merged = mergedMarks(alignment, ds, units, map, schema);
    expect(tags(merged)).toContain('France: GPE + ●');
    expect(tags(merged)).toContain('Lyon: LOC ≠ ▲');
    expect(tags(merged)).toContain('Paris: GPE');
    const lyon = merged.filter((m) => TEXT.slice(m.from, m.to) === 'Lyon');
    expect(new Set(lyon.map((m) => m.units))).toEqual(new Set([String(ds.findIndex((d) => d.kind === 'label'))]));
  });
});
