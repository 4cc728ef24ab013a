import { describe, expect, it } from 'vitest';
import { SchemaIndex, frConflictNews, parseSchema, schemaProblems } from './index';

describe('schemas as data', () => {
  it('carries every label and event type of the guidelines with a colour and a key', () => {
    expect(frConflictNews.entities.map((e) => e.name)).toEqual(['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'WEA', 'VEH', 'TIME']);
    expect(frConflictNews.events).toHaveLength(8);
    expect(schemaProblems(frConflictNews)).toEqual([]);
    expect(parseSchema(JSON.parse(JSON.stringify(frConflictNews))).ok).toBe(true);
  });

  it('answers whether a filler may take a role, as the guidelines table says', () => {
    const index = new SchemaIndex(frConflictNews);
    expect(index.argumentProblem('Life.Die', 'Victim', 'PER')).toBeNull();
    expect(index.argumentProblem('Life.Die', 'Victim', 'ORG')).toMatch(/does not take a ORG/);
    expect(index.argumentProblem('Conflict.Attack', 'Target', 'VEH')).toBeNull();
    expect(index.argumentProblem('Contact.Meet', 'Victim', 'PER')).toMatch(/no role Victim/);
  });

  it('reports what is wrong with a schema file instead of accepting it', () => {
    const broken = structuredClone(frConflictNews) as unknown as Record<string, unknown> & typeof frConflictNews;
    broken.entities.push({ ...broken.entities[0] });
    broken.events[0].roles[0].labels = ['PER', 'ANIMAL'];
    const r = parseSchema(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('entity label PER is defined twice');
      expect(r.errors).toContain('Conflict.Attack.Attacker: unknown entity label ANIMAL');
    }
    const shapeless = parseSchema({ name: 'x', version: 0, entities: [] });
    expect(shapeless.ok).toBe(false);
  });
});
