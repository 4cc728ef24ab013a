import { describe, expect, it } from 'vitest';
import { evaluateWhen } from './when';

describe('when clauses', () => {
  const ctx = { screen: 'document', modal: false, selection: 'mention' };
  it('reads comparisons, negations and conjunctions', () => {
    expect(evaluateWhen(undefined, ctx)).toBe(true);
    expect(evaluateWhen('screen == document', ctx)).toBe(true);
    expect(evaluateWhen('screen != document', ctx)).toBe(false);
    expect(evaluateWhen('screen == document && !modal', ctx)).toBe(true);
    expect(evaluateWhen('screen == document && modal', ctx)).toBe(false);
    expect(evaluateWhen('selection == range', ctx)).toBe(false);
  });
});
