import { describe, expect, it } from 'vitest';
import { SchemaIndex, frConflictNews } from '../schema';
import { OffsetMap } from '../text/offsets';
import { acceptFrame, cycleAttribute, fillRole, frameOf, labelAndFill, removeArgument, retypeEvent, roleCandidates, usesOf } from './frames';
import { applyOperation } from './operations';
import type { AnnotationSet } from './types';
import type { Edit } from './edits';

const schema = new SchemaIndex(frConflictNews);
// "L'armée a détruit un poste. Puis elle a chassé les rebelles de Derna."
const TEXT = "L'armée a détruit un poste. Puis elle a chassé les rebelles de Derna.";
const map = new OffsetMap(TEXT);
const at = (w: string) => ({ start: TEXT.indexOf(w), end: TEXT.indexOf(w) + w.length, text: w });
const set: AnnotationSet = {
  docId: 'd',
  annotator: 'a',
  status: 'in-progress',
  schema: 'fr-conflict-news@1',
  entities: [
    { id: 'T1', ...at('armée'), label: 'ORG' },
    { id: 'T2', ...at('poste'), label: 'FAC', source: 'heuristic', confidence: 0.6 },
    { id: 'T3', ...at('Derna'), label: 'GPE' },
  ],
  events: [
    { id: 'E1', type: 'Conflict.Attack', trigger: at('détruit'), arguments: [{ role: 'Target', entity: 'T2' }], source: 'heuristic', confidence: 0.7 },
    { id: 'E2', type: 'Conflict.TakeControl', trigger: at('chassé'), arguments: [], attributes: { realis: 'actual' } },
  ],
};

function applied(edit: Edit): AnnotationSet {
  if ('refused' in edit) throw new Error(edit.refused);
  const r = applyOperation(set, edit.operation);
  if (!r.ok) throw new Error(r.reason);
  return r.set;
}

describe('event frames', () => {
  it('lists the roles of the type in schema order with their fillers', () => {
    const frame = frameOf(set, schema, set.events[0]);
    expect(frame.map((r) => r.role.name)).toEqual(['Attacker', 'Target', 'Instrument', 'Place', 'Time']);
    expect(frame[1].fillers.map((m) => m.text)).toEqual(['poste']);
  });

  it('fills a role with a mention whose label it allows, and refuses another label saying which fit', () => {
    expect(applied(fillRole(set, schema, 'E1', 'Attacker', 'T1')).events[0].arguments).toContainEqual({ role: 'Attacker', entity: 'T1' });
    const refused = fillRole(set, schema, 'E1', 'Time', 'T1');
    expect(refused).toEqual({ refused: 'Conflict.Attack.Time takes TIME; “armée” is ORG.' });
  });

  it('labels new text and fills the role in one step, undone in one step', () => {
    const overlapping = labelAndFill(set, map, schema, 'E2', 'Territory', { start: at('Derna').start - 3, end: at('Derna').end }, 'GPE');
    expect('refused' in overlapping && overlapping.refused).toMatch(/overlaps the GPE mention “Derna”/);
    const fresh = { ...set, entities: set.entities.filter((m) => m.id !== 'T3') };
    const made = labelAndFill(fresh, map, schema, 'E2', 'Territory', at('Derna'), 'GPE');
    if ('refused' in made) throw new Error(made.refused);
    const r = applyOperation(fresh, made.operation);
    expect(r.ok && r.set.events[1].arguments).toEqual([{ role: 'Territory', entity: 'T3' }]);
    expect(r.ok && r.set.entities.at(-1)).toMatchObject({ id: 'T3', text: 'Derna', label: 'GPE', source: 'human' });
    expect(r.ok && applyOperation(r.set, r.inverse)).toMatchObject({ ok: true, set: fresh });
    expect(labelAndFill(fresh, map, schema, 'E2', 'Territory', at('Derna'), 'PER')).toEqual({
      refused: 'Conflict.TakeControl.Territory takes GPE, LOC, FAC, not PER.',
    });
  });

  it('removes one argument', () => {
    expect(applied(removeArgument(set, 'E1', 'Target', 'T2')).events[0].arguments).toEqual([]);
  });

  it('retypes an event and names the arguments the new type cannot keep', () => {
    const edit = retypeEvent(set, schema, 'E1', 'Life.Die');
    expect('lost' in edit && edit.lost).toEqual(['Target: poste']);
    const after = applied(edit as Edit);
    expect(after.events[0]).toMatchObject({ type: 'Life.Die', arguments: [], source: 'human' });
  });

  it('cycles an event attribute through the schema’s values', () => {
    const once = applied(cycleAttribute(set, schema, 'E2', 'realis'));
    expect(once.events[1].attributes).toEqual({ realis: 'generic' });
  });

  it('accepting a suggested frame accepts its suggested fillers too', () => {
    const after = applied(acceptFrame(set, 'E1'));
    expect(after.events[0].source).toBe('human');
    expect(after.entities[1].source).toBe('human');
  });

  it('offers the mentions of the trigger’s sentence that the role allows, and says which events use a mention', () => {
    expect(roleCandidates(set, map, schema, 'E2', 'Territory').map((m) => m.text)).toEqual(['Derna']);
    expect(roleCandidates(set, map, schema, 'E1', 'Attacker').map((m) => m.text)).toEqual(['armée']);
    expect(usesOf(set, 'T2')).toEqual(['Target of Conflict.Attack “détruit”']);
  });
});
