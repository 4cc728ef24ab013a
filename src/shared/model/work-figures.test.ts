import { describe, expect, it } from 'vitest';
import { figuresFromMeta, metaWithFigures, type WorkFigures } from './work-figures';

const figures: WorkFigures = {
  activeMs: 754_400,
  yield: { mentions: { accepted: 28, rejected: 5, changed: 3 }, events: { accepted: 3, rejected: 1, changed: 1 } },
};
const meta = { source: 'd1.txt', date: '2018-05', lang: 'fr' };

describe('work figures in a record’s meta', () => {
  it('writes whole seconds and the suggestions with totals first, after the document’s own keys', () => {
    expect(JSON.stringify(metaWithFigures(meta, figures))).toBe(
      '{"source":"d1.txt","date":"2018-05","lang":"fr","annotation_time_s":754,' +
        '"suggestions":{"accepted":31,"rejected":6,"changed":4,' +
        '"mentions":{"accepted":28,"rejected":5,"changed":3},"events":{"accepted":3,"rejected":1,"changed":1}}}',
    );
  });

  it('reads back what it wrote, and the meta without them is the document’s', () => {
    const read = figuresFromMeta(metaWithFigures(meta, figures));
    expect(read?.meta).toEqual(meta);
    expect(read?.figures).toEqual({ ...figures, activeMs: 754_000 });
    expect(metaWithFigures(read!.meta, read!.figures)).toEqual(metaWithFigures(meta, figures));
  });

  it('leaves figures it did not write to the meta, as they came', () => {
    const written = metaWithFigures(meta, figures) as Record<string, unknown>;
    const foreign = [
      { ...meta, annotation_time_s: 12.5, suggestions: written.suggestions },
      { ...meta, annotation_time_s: 754, suggestions: { accepted: 31, rejected: 6, changed: 4 } },
      { ...meta, annotation_time_s: 754, suggestions: { ...(written.suggestions as object), accepted: 99 } },
      { annotation_time_s: 754, suggestions: written.suggestions, ...meta },
      { ...meta, annotation_time_s: '12 min' },
      meta,
    ];
    for (const m of foreign) expect(figuresFromMeta(m)).toBeNull();
  });

  it('keeps the place of figure keys the meta already had', () => {
    const before = { source: 'd1.txt', annotation_time_s: 3, lang: 'fr' };
    expect(Object.keys(metaWithFigures(before, figures))).toEqual(['source', 'annotation_time_s', 'lang', 'suggestions']);
  });
});
