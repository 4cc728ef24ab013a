import { describe, expect, it } from 'vitest';
import { elisionLength } from './french-elision';

describe('elisionLength', () => {
  it('measures the elided word with either apostrophe', () => {
    expect(elisionLength("l'armée")).toBe(2);
    expect(elisionLength('jusqu’à')).toBe(6);
    expect(elisionLength("Quelqu'un")).toBe(7);
    expect(elisionLength("d'1,5")).toBe(2);
  });

  it('finds no elision in names with an apostrophe or a final apostrophe', () => {
    expect(elisionLength("O'Neill")).toBe(0);
    expect(elisionLength("aujourd'hui")).toBe(0);
    expect(elisionLength("l'")).toBe(0);
    expect(elisionLength('armée')).toBe(0);
  });
});
