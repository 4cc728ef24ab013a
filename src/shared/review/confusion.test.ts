import { describe, expect, it } from 'vitest';
import { groupRecords } from './corpus';
import { labelConfusion, NONE } from './confusion';
import { record } from './testkit';

describe('label confusion between two annotators', () => {
  it('counts each span once: agreement on the diagonal, label conflicts off it, one-sided spans against none', () => {
    const text = 'Paris et Lyon à Tripoli demain.';
    const A = record('d', text, 'A', [
      ['GPE', 0, 5],
      ['GPE', 9, 13],
      ['GPE', 16, 23],
    ]);
    const B = record('d', text, 'B', [
      ['GPE', 0, 5],
      ['LOC', 9, 13],
      ['TIME', 24, 30],
    ]);
    const m = labelConfusion(groupRecords([A, B]).corpus, 'A', 'B');
    expect(m.labels).toEqual(['GPE', 'LOC', 'TIME', NONE]);
    const at = (x: string, y: string) => m.counts[m.labels.indexOf(x)][m.labels.indexOf(y)];
    expect([at('GPE', 'GPE'), at('GPE', 'LOC'), at('GPE', NONE), at(NONE, 'TIME')]).toEqual([1, 1, 1, 1]);
    expect(m.counts.flat().reduce((s, n) => s + n, 0)).toBe(4);
  });
});
