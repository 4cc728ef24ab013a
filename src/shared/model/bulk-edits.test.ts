import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../text/offsets';
import { labelOccurrences, labelRanges, removeOccurrences } from './bulk-edits';
import { applyOperation } from './operations';
import type { AnnotationSet } from './types';

const TEXT = 'Derna et Tripoli. À Tripoli, la Tripolitaine; tripoli.\nTripoli';
const map = new OffsetMap(TEXT);
const first = { id: 'T1', start: 9, end: 16, text: 'Tripoli', label: 'GPE', source: 'human' as const };
const set: AnnotationSet = { docId: 'd', annotator: 'a', status: 'in-progress', schema: 's@1', entities: [first], events: [] };

describe('bulk edits', () => {
  it('labels every other whole-word occurrence, skips a word that only starts with it, in one batch', () => {
    const edit = labelOccurrences(set, map, 'Tripoli', 'GPE');
    expect(edit.count).toBe(2);
    const r = applyOperation(set, edit.operation!);
    expect(r.ok && r.set.entities.map((m) => [m.start, m.text, m.source])).toEqual([
      [9, 'Tripoli', 'human'],
      [20, 'Tripoli', 'human'],
      [55, 'Tripoli', 'human'],
    ]);
    const back = r.ok && applyOperation(r.set, r.inverse);
    expect(back && back.ok && back.set).toEqual(set);
  });

  it('labels search hits as suggestions when asked, snapped to words', () => {
    const hits = [
      { start: 33, end: 40 },
      { start: 47, end: 54 },
    ];
    const edit = labelRanges(set, map, hits, 'LOC', true);
    const r = applyOperation(set, edit.operation!);
    expect(r.ok && r.set.entities.slice(1).map((m) => [m.text, m.source])).toEqual([
      ['Tripolitaine', 'heuristic'],
      ['tripoli', 'heuristic'],
    ]);
  });

  it('removes every mention of a string with that label', () => {
    const two = applyOperation(set, labelOccurrences(set, map, 'Tripoli', 'GPE').operation!);
    const edit = removeOccurrences(two.ok ? two.set : set, 'Tripoli', 'GPE');
    expect(edit.count).toBe(3);
  });
});
