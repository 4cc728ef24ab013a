import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Operation } from './operations';
import { createState, runStep, type AnnotationState, type Step } from './state';
import { acceptSuggestions as acceptAllPending, mergeSuggestions, rejectSuggestions as rejectAllPending } from './suggestions';
import type { Target } from './operations';

/** The operations the editor sends for accepting and rejecting one suggestion. */
const acceptOperation = (target: Target): Operation => ({ kind: 'setSource', target, source: 'human' });
const rejectOperation = (target: Target): Operation =>
  target.kind === 'entity' ? { kind: 'deleteMention', id: target.id } : { kind: 'deleteEvent', id: target.id };
import type { AnnotationSet, EntityMention, EventFrame } from './types';
import { NO_YIELD, addYield, stepYield, suggestionYield, totalYield, type SuggestionYield } from './yield';

// "Haftar attaque Derna et Tobrouk": Haftar 0..6, attaque 7..14, Derna 15..20, Tobrouk 24..31
const pending = (id: string, start: number, end: number, text: string, label: string): EntityMention => ({
  id,
  start,
  end,
  text,
  label,
  source: 'heuristic',
  confidence: 0.8,
});
const haftar = pending('T1', 0, 6, 'Haftar', 'PER');
const derna = pending('T2', 15, 20, 'Derna', 'GPE');
const tobrouk = pending('T3', 24, 31, 'Tobrouk', 'GPE');
const attack: EventFrame = {
  id: 'E1',
  type: 'Conflict.Attack',
  trigger: { start: 7, end: 14, text: 'attaque' },
  arguments: [{ role: 'Attacker', entity: 'T1' }],
  source: 'heuristic',
  confidence: 0.7,
};
const suggested: AnnotationSet = {
  docId: 'd',
  annotator: 'alice',
  status: 'pre-annotated',
  schema: 'fr-conflict-news@1',
  entities: [haftar, derna, tobrouk],
  events: [attack],
};

const entity = (id: string) => ({ kind: 'entity' as const, id });
const apply = (operation: Operation): Step => ({ kind: 'apply', transaction: { operation } });

/** Runs the steps, adding up what each step yields as the store does. */
function run(set: AnnotationSet, steps: Step[]): { state: AnnotationState; counted: SuggestionYield } {
  let state = createState(set);
  let counted = NO_YIELD;
  for (const step of steps) {
    const result = runStep(state, step);
    if (!result.ok) continue;
    if (result.applied) counted = addYield(counted, stepYield(state.set, result.state.set, step.kind));
    state = result.state;
  }
  return { state, counted };
}

const counts = (accepted: number, rejected: number, changed: number) => ({ accepted, rejected, changed });

describe('suggestion yield', () => {
  it('counts a suggestion taken as it was as accepted, and one removed as rejected', () => {
    const { counted } = run(suggested, [apply(acceptOperation(entity('T1'))), apply(rejectOperation(entity('T2')))]);
    expect(counted.mentions).toEqual(counts(1, 1, 0));
    expect(counted.events).toEqual(counts(0, 0, 0));
  });

  it('counts a suggestion relabelled or resized in the step that accepts it as changed', () => {
    const relabel: Operation = { kind: 'batch', operations: [{ kind: 'relabelMention', id: 'T2', label: 'LOC' }, acceptOperation(entity('T2'))] };
    const resize: Operation = {
      kind: 'batch',
      operations: [{ kind: 'resizeMention', id: 'T3', start: 23, end: 31, text: ' Tobrouk' }, acceptOperation(entity('T3'))],
    };
    expect(run(suggested, [apply(relabel), apply(resize)]).counted.mentions).toEqual(counts(0, 0, 2));
  });

  it('counts events too: retyped, given other arguments or rejected', () => {
    const retyped: Operation = {
      kind: 'batch',
      operations: [{ kind: 'retypeEvent', id: 'E1', type: 'Conflict.TakeControl' }, acceptOperation({ kind: 'event', id: 'E1' })],
    };
    expect(run(suggested, [apply(retyped)]).counted.events).toEqual(counts(0, 0, 1));
    const argued: Operation = {
      kind: 'batch',
      operations: [{ kind: 'setArgument', eventId: 'E1', argument: { role: 'Target', entity: 'T2' } }, acceptOperation({ kind: 'event', id: 'E1' })],
    };
    expect(run(suggested, [apply(argued)]).counted.events).toEqual(counts(0, 0, 1));
    expect(run(suggested, [apply(acceptOperation({ kind: 'event', id: 'E1' }))]).counted.events).toEqual(counts(1, 0, 0));
    expect(run(suggested, [apply(rejectOperation({ kind: 'event', id: 'E1' }))]).counted.events).toEqual(counts(0, 1, 0));
  });

  it('counts every suggestion of an accept-all or a reject-all, by kind', () => {
    expect(run(suggested, [apply(acceptAllPending(suggested)!)]).counted).toEqual({ mentions: counts(3, 0, 0), events: counts(1, 0, 0) });
    expect(run(suggested, [apply(rejectAllPending(suggested)!)]).counted).toEqual({ mentions: counts(0, 3, 0), events: counts(0, 1, 0) });
  });

  it('counts nothing for new suggestions, a person’s own mentions, or a change that leaves a suggestion pending', () => {
    const empty = { ...suggested, status: 'new' as const, entities: [], events: [] };
    const merged = run(empty, [apply(mergeSuggestions(empty, suggested)!)]);
    expect(merged.state.set.entities).toHaveLength(3);
    expect(merged.counted).toEqual(NO_YIELD);
    const own = run(empty, [apply({ kind: 'addMention', mention: { id: 'T1', start: 0, end: 6, text: 'Haftar', label: 'PER', source: 'human' } })]);
    expect(own.counted).toEqual(NO_YIELD);
    expect(run(suggested, [apply({ kind: 'relabelMention', id: 'T2', label: 'LOC' })]).counted).toEqual(NO_YIELD);
    // An accepted mention removed later was a decision already made: it is not rejected again.
    expect(run(suggested, [apply(acceptOperation(entity('T1'))), apply({ kind: 'deleteMention', id: 'T1' })]).counted.mentions).toEqual(counts(1, 0, 0));
  });

  it('undo takes a count back and redo counts it again', () => {
    const accept = apply(acceptOperation(entity('T1')));
    expect(run(suggested, [accept, { kind: 'undo' }]).counted).toEqual(NO_YIELD);
    expect(run(suggested, [accept, { kind: 'undo' }, { kind: 'redo' }]).counted.mentions).toEqual(counts(1, 0, 0));
    const all = apply(rejectAllPending(suggested)!);
    expect(totalYield(run(suggested, [all, { kind: 'undo' }]).counted)).toEqual(counts(0, 0, 0));
  });

  it('whatever the sequence of decisions, undos and redos, the counts add up to what the final set shows', () => {
    // Decisions are taken on pending suggestions only, as the accept and reject commands do.
    const decide =
      (kind: 'accept' | 'reject' | 'relabel', id: string) =>
      (set: AnnotationSet): Step | null => {
        if (!set.entities.some((m) => m.id === id && m.source === 'heuristic')) return null;
        if (kind === 'accept') return apply(acceptOperation(entity(id)));
        if (kind === 'reject') return apply(rejectOperation(entity(id)));
        return apply({ kind: 'batch', operations: [{ kind: 'relabelMention', id, label: 'ORG' }, acceptOperation(entity(id))] });
      };
    const step = fc.oneof(
      fc.tuple(fc.constantFrom('accept' as const, 'reject' as const, 'relabel' as const), fc.constantFrom('T1', 'T2', 'T3')).map(([k, id]) => decide(k, id)),
      fc.constant(() => ({ kind: 'undo' }) as Step),
      fc.constant(() => ({ kind: 'redo' }) as Step),
    );
    const start = { ...suggested, events: [] };
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let state = createState(start);
        let counted = NO_YIELD;
        for (const next of steps) {
          const wanted = next(state.set);
          const result = wanted && runStep(state, wanted);
          if (!result?.ok) continue;
          if (result.applied) counted = addYield(counted, stepYield(state.set, result.state.set, wanted!.kind));
          state = result.state;
        }
        expect(counted).toEqual(suggestionYield(start, state.set));
      }),
    );
  });
});
