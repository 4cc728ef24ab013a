import { describe, expect, it } from 'vitest';
import { nextVersion, unionSchema, withSchema } from './library';
import { frConflictNews } from './fr-conflict-news';
import { SchemaIndex } from './lookup';
import type { Schema } from './types';

const v1: Schema = {
  name: 'news',
  version: 1,
  entities: [
    { name: 'PER', description: '', color: '#ff0000', key: 'p' },
    { name: 'LOC', description: '', color: '#00ff00', key: 'l' },
  ],
  events: [{ name: 'Attack', description: '', color: '#000000', key: 'a', roles: [{ name: 'Place', labels: ['LOC'] }] }],
  attributes: [{ name: 'realis', appliesTo: 'event', values: ['actual', 'other'] }],
};

// Version 2 renamed LOC to PLACE and added a value to realis.
const v2: Schema = {
  ...v1,
  version: 2,
  entities: [v1.entities[0], { name: 'PLACE', description: '', color: '#0000ff', key: 'l' }],
  events: [{ ...v1.events[0], roles: [{ name: 'Place', labels: ['PLACE'] }] }],
  attributes: [{ name: 'realis', appliesTo: 'event', values: ['actual', 'other', 'generic'] }],
};

describe('unionSchema', () => {
  it('accepts what either version allows, keeping the active version first', () => {
    const index = new SchemaIndex(unionSchema(v2, [v1]));
    expect(index.schema.version).toBe(2);
    expect(index.schema.entities.map((e) => e.name)).toEqual(['PER', 'PLACE', 'LOC']);
    expect(index.argumentProblem('Attack', 'Place', 'LOC')).toBeNull();
    expect(index.argumentProblem('Attack', 'Place', 'PLACE')).toBeNull();
    expect(index.argumentProblem('Attack', 'Place', 'PER')).not.toBeNull();
    expect(index.schema.attributes).toEqual([{ name: 'realis', appliesTo: 'event', values: ['actual', 'other', 'generic'] }]);
  });

  it('keeps the active colour when two versions define the same label', () => {
    const recoloured = { ...v1, version: 3, entities: [{ ...v1.entities[0], color: '#123456' }, v1.entities[1]] };
    expect(unionSchema(recoloured, [v1]).entities[0].color).toBe('#123456');
  });

  it('does not change the schemas it reads', () => {
    const before = JSON.stringify([v1, v2]);
    unionSchema(v2, [v1]);
    expect(JSON.stringify([v1, v2])).toBe(before);
  });
});

describe('schema library', () => {
  it('numbers an edit above every known version of the same schema, and a new schema 1', () => {
    expect(nextVersion([v1, v2], 'news')).toBe(3);
    expect(nextVersion([v2, frConflictNews], frConflictNews.name)).toBe(frConflictNews.version + 1);
    expect(nextVersion([v1, v2], 'other')).toBe(1);
  });

  it('replaces an entry of the same name and version and keeps the others', () => {
    const lib = withSchema(withSchema([v1], v2), { ...v2, description: 'again' });
    expect(lib.map((s) => [s.version, s.description])).toEqual([
      [1, undefined],
      [2, 'again'],
    ]);
  });
});
