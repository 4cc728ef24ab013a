import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../shared/model/operations';
import { mergeSuggestions } from '../../shared/model/suggestions';
import type { AnnotationSet, EntityMention, EventFrame } from '../../shared/model/types';
import { slicesOf } from './protocol';

const TEXT = 'Tripoli Derna Syrte Benghazi';
const words = [...TEXT.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
const mentions: EntityMention[] = words.map((w, i) => ({ id: `s${i}`, ...w, label: 'GPE', source: 'heuristic', confidence: 0.9 }));
// Each event's Place is a mention of another slice than its own.
const events: EventFrame[] = words.map((w, i) => ({
  id: `e${i}`,
  type: 'Conflict.Attack',
  trigger: w,
  arguments: [{ role: 'Place', entity: `s${(i + 2) % words.length}` }],
  source: 'heuristic',
  confidence: 0.7,
}));
const emptySet: AnnotationSet = { docId: 'd', annotator: 'a', status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [] };

function mergedInOrder(set: AnnotationSet, slices: ReturnType<typeof slicesOf>): AnnotationSet {
  const idOf = new Map<string, string>();
  for (const slice of slices) {
    const op = mergeSuggestions(set, slice, idOf);
    if (!op) continue;
    const applied = applyOperation(set, op);
    if (!applied.ok) throw new Error(applied.reason);
    set = applied.set;
  }
  return set;
}

describe('the slices of a document’s suggestions', () => {
  it('are never larger than the slice size, give every mention before any event, and mark only the last one', () => {
    const slices = slicesOf(mentions, events, 3);
    expect(slices.map((s) => [s.entities.length, s.events.length, s.last])).toEqual([
      [3, 0, false],
      [1, 0, false],
      [0, 3, false],
      [0, 1, true],
    ]);
    expect(slices.flatMap((s) => s.entities)).toEqual(mentions);
    expect(slices.flatMap((s) => s.events)).toEqual(events);
  });

  it('are one last, empty slice when there is nothing to suggest', () => {
    expect(slicesOf([], [])).toEqual([{ entities: [], events: [], last: true }]);
  });

  it('merged one by one give the set that merging everything at once gives: events keep arguments named in earlier slices', () => {
    const whole = mergedInOrder(emptySet, [{ entities: mentions, events, last: true }]);
    const sliced = mergedInOrder(emptySet, slicesOf(mentions, events, 3));
    expect(sliced).toEqual(whole);
    expect(sliced.events.map((e) => e.arguments.length)).toEqual([1, 1, 1, 1]);
    expect(sliced.status).toBe('pre-annotated');
  });
});
