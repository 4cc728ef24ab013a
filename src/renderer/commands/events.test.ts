import { describe, expect, it } from 'vitest';
import { docSet, harness, TEXT } from './test-kit';

// "Les forces de Haftar ont attaqué Derna."
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });
const forces = { id: 'T1', ...at('forces'), text: 'forces', label: 'ORG' };
const derna = { id: 'T2', ...at('Derna'), text: 'Derna', label: 'GPE' };
const attack = { id: 'E1', type: 'Conflict.Attack', trigger: { ...at('attaqué'), text: 'attaqué' }, arguments: [], attributes: { realis: 'actual' } };
const withEvent = () => harness({ set: docSet({ entities: [forces, derna], events: [attack] }), selection: { kind: 'event', id: 'E1' } });

describe('event frame commands', () => {
  it('a number key picks the role of that rank; Tab goes through the sentence’s mentions the role takes; Enter fills it', () => {
    const { services, current } = withEvent();
    expect(services.run('pick-role', { index: 1 })).toBe(true);
    expect(current().selection).toMatchObject({ kind: 'role', role: 'Attacker', candidate: 'T1' });
    // Attacker takes PER ORG GPE: both mentions are candidates.
    services.run('next-candidate');
    expect(current().selection).toMatchObject({ candidate: 'T2' });
    services.run('fill-role');
    expect(current().set.events[0].arguments).toEqual([{ role: 'Attacker', entity: 'T2' }]);
    expect(current().selection).toMatchObject({ kind: 'role', role: 'Attacker' });
  });

  it('a filler of a label the role does not take is refused with the labels that fit', () => {
    const { services, current } = withEvent();
    services.run('pick-role', { role: 'Time' });
    expect(services.run('fill-role', { mentionId: 'T2' })).toBe(true);
    expect(services.notify).toHaveBeenCalledWith('Conflict.Attack.Time takes TIME; “Derna” is GPE.');
    expect(current().set.events[0].arguments).toEqual([]);
  });

  it('with a role picked, selected text and a label key make the mention and fill the role in one undoable step', () => {
    const { services, current } = withEvent();
    services.run('pick-role', { role: 'Attacker' });
    services.run('select', { selection: { kind: 'role', eventId: 'E1', role: 'Attacker', range: at('Haftar') } });
    services.run('label-selection', { label: 'PER' });
    expect(current().set.entities.at(-1)).toMatchObject({ text: 'Haftar', label: 'PER' });
    expect(current().set.events[0].arguments).toEqual([{ role: 'Attacker', entity: 'T3' }]);
    expect(current().selection).toEqual({ kind: 'role', eventId: 'E1', role: 'Attacker' });
    services.run('undo');
    expect(current().set.entities).toHaveLength(2);
    expect(current().set.events[0].arguments).toEqual([]);
  });

  it('Backspace with a role picked removes its last filler; R gives realis its next value; Escape goes back to the event', () => {
    const { services, current } = harness({
      set: docSet({ entities: [forces, derna], events: [{ ...attack, arguments: [{ role: 'Place', entity: 'T2' }] }] }),
      selection: { kind: 'role', eventId: 'E1', role: 'Place' },
    });
    expect(services.run('remove-argument')).toBe(true);
    expect(current().set.events[0].arguments).toEqual([]);
    services.run('cycle-attribute', { name: 'realis' });
    expect(current().set.events[0].attributes).toEqual({ realis: 'generic' });
    services.run('leave-role');
    expect(current().selection).toEqual({ kind: 'event', id: 'E1' });
  });

  it('an event key on a selected event retypes it, asking first when arguments would be lost', () => {
    const { services, current } = harness({
      set: docSet({ entities: [forces, derna], events: [{ ...attack, arguments: [{ role: 'Attacker', entity: 'T1' }] }] }),
      selection: { kind: 'event', id: 'E1' },
    });
    services.run('create-event', { type: 'Life.Die' });
    expect(services.showDialog).toHaveBeenCalledWith({ kind: 'confirm-retype', eventId: 'E1', type: 'Life.Die', lost: ['Attacker: forces'] });
    expect(current().set.events[0].type).toBe('Conflict.Attack');
    services.run('create-event', { type: 'Life.Die', confirmed: true });
    expect(current().set.events[0]).toMatchObject({ type: 'Life.Die', arguments: [] });
    services.run('create-event', { type: 'Conflict.Attack' });
    expect(current().set.events[0].type).toBe('Conflict.Attack');
  });

  it('rejecting a suggested mention that fills a role asks first instead of stripping it silently', () => {
    const pending = { ...derna, source: 'heuristic' as const, confidence: 0.5 };
    const { services, current } = harness({
      set: docSet({ entities: [forces, pending], events: [{ ...attack, arguments: [{ role: 'Place', entity: 'T2' }] }] }),
      selection: { kind: 'mention', id: 'T2' },
    });
    services.run('reject-suggestion');
    expect(services.showDialog).toHaveBeenCalledWith({ kind: 'confirm-delete', id: 'T2', roles: ['Conflict.Attack.Place'] });
    expect(current().set.entities).toHaveLength(2);
  });

  it('rejecting a suggested mention that fills a role of a suggested event only takes the argument with it', () => {
    const pending = { ...derna, source: 'heuristic' as const, confidence: 0.5 };
    const suggested = { ...attack, source: 'heuristic' as const, confidence: 0.5, arguments: [{ role: 'Place', entity: 'T2' }] };
    const { services, current } = harness({ set: docSet({ entities: [forces, pending], events: [suggested] }), selection: { kind: 'mention', id: 'T2' } });
    services.run('reject-suggestion');
    expect(services.showDialog).not.toHaveBeenCalled();
    expect(current().set.entities.map((m) => m.id)).toEqual(['T1']);
    expect(current().set.events[0].arguments).toEqual([]);
    services.run('undo');
    expect(current().set.events[0].arguments).toEqual([{ role: 'Place', entity: 'T2' }]);
  });
});
