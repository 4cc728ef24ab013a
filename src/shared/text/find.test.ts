import { describe, expect, it } from 'vitest';
import { findAll } from './find';
import { OffsetMap } from './offsets';

describe('findAll', () => {
  it('finds every hit whatever its case, in code points after an emoji, and takes the query literally', () => {
    const map = new OffsetMap('😀 Tripoli, TRIPOLI et tripoli (c.-à-d.)');
    expect(findAll(map, 'tripoli').map((h) => map.slice(h.start, h.end))).toEqual(['Tripoli', 'TRIPOLI', 'tripoli']);
    expect(findAll(map, 'tripoli')[0]).toEqual({ start: 2, end: 9 });
    expect(findAll(map, '(c.-').map((h) => h.start)).toEqual([30]);
    expect(findAll(map, '')).toEqual([]);
  });
});
