import { describe, expect, it } from 'vitest';
import { applyOperation, type Operation } from './operations';
import type { AnnotationSet } from './types';
import { acceptSuggestions, mergeIndex, mergeSuggestions, pendingCount, rejectSuggestions } from './suggestions';

const set = (over: Partial<AnnotationSet>): AnnotationSet => ({
  docId: 'd',
  annotator: 'alice',
  status: 'new',
  schema: 'fr-conflict-news@1',
  entities: [],
  events: [],
  ...over,
});
const apply = (s: AnnotationSet, op: Operation | null) => {
  const r = applyOperation(s, op!);
  if (!r.ok) throw new Error(r.reason);
  return r.set;
};

// "Haftar attaque Derna": Haftar 0..6, attaque 7..14, Derna 15..20
const haftar = { id: 'T1', start: 0, end: 6, text: 'Haftar', label: 'PER' };
const suggestions = set({
  annotator: 'heuristic',
  entities: [
    { id: 'T1', start: 0, end: 6, text: 'Haftar', label: 'PER', source: 'heuristic', confidence: 0.9 },
    { id: 'T2', start: 15, end: 20, text: 'Derna', label: 'GPE', source: 'heuristic', confidence: 0.8 },
  ],
  events: [
    {
      id: 'E1',
      type: 'Conflict.Attack',
      trigger: { start: 7, end: 14, text: 'attaque' },
      source: 'heuristic',
      confidence: 0.7,
      arguments: [
        { role: 'Attacker', entity: 'T1' },
        { role: 'Place', entity: 'T2' },
      ],
    },
  ],
});

describe('mergeSuggestions', () => {
  it('adds pending suggestions with fresh ids, skips an existing span+label and points arguments at it', () => {
    const mine = set({ entities: [haftar] });
    const merged = apply(mine, mergeSuggestions(mine, suggestions));
    expect(merged.entities).toEqual([haftar, { id: 'T2', start: 15, end: 20, text: 'Derna', label: 'GPE', source: 'heuristic', confidence: 0.8 }]);
    expect(merged.events).toHaveLength(1);
    expect(merged.events[0].id).toBe('E1');
    expect(merged.events[0].arguments).toEqual([
      { role: 'Attacker', entity: 'T1' },
      { role: 'Place', entity: 'T2' },
    ]);
    expect(merged.status).toBe('pre-annotated');
  });

  it('adds nothing the second time', () => {
    const once = apply(set({}), mergeSuggestions(set({}), suggestions));
    expect(mergeSuggestions(once, suggestions)).toBeNull();
  });

  it('keeps a status other than new', () => {
    const mine = set({ status: 'in-progress' });
    expect(apply(mine, mergeSuggestions(mine, suggestions)).status).toBe('in-progress');
  });

  it('keeps a human mention with the same span but another label next to the suggestion', () => {
    const mine = set({ entities: [{ ...haftar, label: 'ORG' }] });
    expect(apply(mine, mergeSuggestions(mine, suggestions)).entities.map((m) => m.label)).toEqual(['ORG', 'PER', 'GPE']);
  });
});

describe('mergeSuggestions slice after slice with the index handed on', () => {
  const first = { entities: suggestions.entities.slice(0, 1), events: [] };
  const second = { entities: suggestions.entities.slice(1), events: suggestions.events };

  it('gives the set that merging without an index gives, ids and arguments included', () => {
    const idOf = new Map<string, string>();
    const index = mergeIndex(set({}));
    const once = apply(index.of, mergeSuggestions(index.of, first, idOf, index));
    const twice = apply(once, mergeSuggestions(once, second, idOf, { ...index, of: once }));
    const plain = new Map<string, string>();
    const a = apply(set({}), mergeSuggestions(set({}), first, plain));
    expect(twice).toEqual(apply(a, mergeSuggestions(a, second, plain)));
    expect(twice.events[0].arguments.map((x) => x.entity)).toEqual(['T1', 'T2']);
  });

  it('is not trusted for another set: a mention the annotator made meanwhile is not suggested again', () => {
    const idOf = new Map<string, string>();
    const index = mergeIndex(set({}));
    const once = apply(index.of, mergeSuggestions(index.of, first, idOf, index));
    // The annotator labels Derna between the two slices: the index, made for `once`, no longer describes the set.
    const edited = apply(once, { kind: 'addMention', mention: { id: 'T9', start: 15, end: 20, text: 'Derna', label: 'GPE' } });
    const merged = apply(edited, mergeSuggestions(edited, second, idOf, { ...index, of: once }));
    expect(merged.entities.filter((m) => m.start === 15).map((m) => m.id)).toEqual(['T9']);
    expect(merged.events[0].arguments).toEqual([
      { role: 'Attacker', entity: 'T1' },
      { role: 'Place', entity: 'T9' },
    ]);
  });
});

describe('accept / reject all', () => {
  const pending = apply(set({}), mergeSuggestions(set({}), suggestions));

  it('accepting makes every suggestion human, drops its confidence and says where it came from', () => {
    const accepted = apply(pending, acceptSuggestions(pending));
    expect(pendingCount(pending)).toBe(3);
    expect(pendingCount(accepted)).toBe(0);
    expect(accepted.entities[0]).toEqual({
      id: 'T1',
      start: 0,
      end: 6,
      text: 'Haftar',
      label: 'PER',
      source: 'human',
      attributes: { suggested_by: 'heuristic' },
    });
  });

  it('accepts or rejects only the suggestions of one label, or within a confidence range', () => {
    // Haftar PER 0.9, Derna GPE 0.8, the attack event 0.7
    const byLabel = apply(pending, acceptSuggestions(pending, { label: 'GPE' }));
    expect(byLabel.entities.map((m) => m.source)).toEqual(['heuristic', 'human']);
    const sure = apply(pending, rejectSuggestions(pending, { min: 0.75 }));
    expect(sure.entities).toEqual([]);
    expect(sure.events.map((e) => e.type)).toEqual(['Conflict.Attack']);
    expect(sure.events[0].arguments).toEqual([]);
    const unsure = apply(pending, acceptSuggestions(pending, { max: 0.75 }));
    expect(unsure.events[0].source).toBe('human');
    expect(pendingCount(unsure)).toBe(2);
  });

  it('rejecting removes every suggestion and keeps the human ones; undo brings them back', () => {
    const mixed = apply(pending, { kind: 'addMention', mention: { id: 'T9', start: 7, end: 14, text: 'attaque', label: 'ORG' } });
    const r = applyOperation(mixed, rejectSuggestions(mixed)!);
    if (!r.ok) throw new Error(r.reason);
    expect(r.set.entities.map((m) => m.id)).toEqual(['T9']);
    expect(r.set.events).toEqual([]);
    expect(apply(r.set, r.inverse)).toEqual(mixed);
  });

  it('has nothing to do on a set without suggestions', () => {
    expect(acceptSuggestions(set({}))).toBeNull();
    expect(rejectSuggestions(set({}))).toBeNull();
  });
});
