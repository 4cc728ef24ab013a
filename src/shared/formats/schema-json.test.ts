import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../model/types';
import { frConflictNews, type Schema } from '../schema';
import { checkAgainstSchema, exportSchemaJson, importSchemaJson, summariseMismatches } from './schema-json';

describe('schema JSON', () => {
  it('round-trips the default schema', () => {
    expect(importSchemaJson(exportSchemaJson(frConflictNews), 's.json')).toEqual({ schema: frConflictNews });
  });

  it('reports a syntax error with its line, and an incoherent schema with its reasons', () => {
    const broken = '{\n  "name": "x",\n  "version": 1,,\n}';
    const r = importSchemaJson(broken, 's.json');
    expect('errors' in r && r.errors[0].line).toBe(3);
    const bad = { ...frConflictNews, entities: [...frConflictNews.entities, { ...frConflictNews.entities[0] }] };
    const r2 = importSchemaJson(JSON.stringify(bad), 's.json');
    expect('errors' in r2 && r2.errors.map((e) => e.reason)).toContain('entity label PER is defined twice');
  });
});

describe('checkAgainstSchema', () => {
  // Version 2 of a schema: LOC merged into GPE, Place no longer in Conflict.Attack, realis lost "other".
  const v2: Schema = {
    ...frConflictNews,
    version: 2,
    entities: frConflictNews.entities.filter((e) => e.name !== 'LOC'),
    events: frConflictNews.events.map((e) =>
      e.name === 'Conflict.Attack'
        ? { ...e, roles: e.roles.filter((r) => r.name !== 'Place').map((r) => ({ ...r, labels: r.labels.filter((l) => l !== 'LOC') })) }
        : e,
    ),
    attributes: [{ name: 'realis', appliesTo: 'event', values: ['actual', 'generic'] }],
  };
  const record: GoldRecord = {
    id: 'd1',
    text: 'Frappe sur la route de Derna.',
    meta: { source: 'd1.txt' },
    annotator: 'alice',
    status: 'done',
    schema: 'fr-conflict-news@1',
    entities: [
      { id: 'T1', start: 11, end: 28, label: 'LOC', text: 'la route de Derna' },
      { id: 'T2', start: 23, end: 28, label: 'GPE', text: 'Derna', attributes: { note: 'ok' } },
    ],
    events: [
      {
        id: 'E1',
        type: 'Conflict.Attack',
        trigger: { start: 0, end: 6, text: 'Frappe' },
        arguments: [
          { role: 'Place', entity: 'T1' },
          { role: 'Target', entity: 'T1' },
        ],
        attributes: { realis: 'other' },
      },
      { id: 'E2', type: 'Conflict.Bombing', trigger: { start: 0, end: 6, text: 'Frappe' }, arguments: [] },
    ],
  };

  it('reports every label, type, role, filler and attribute value that no longer exists, and changes nothing', () => {
    const before = JSON.stringify(record);
    const found = checkAgainstSchema([record], v2);
    expect(found.map((m) => [m.kind, m.item, m.name])).toEqual([
      ['schema-version', '', 'fr-conflict-news@1'],
      ['label', 'T1', 'LOC'],
      ['role', 'E1', 'Conflict.Attack.Place'],
      ['role-filler', 'E1', 'Conflict.Attack.Target=LOC'],
      ['attribute-value', 'E1', 'realis=other'],
      ['event-type', 'E2', 'Conflict.Bombing'],
    ]);
    expect(JSON.stringify(record)).toBe(before);
    expect(summariseMismatches(found)).toContain('label LOC: 1× in 1 document');
  });

  it('finds nothing in records made under the same schema', () => {
    expect(checkAgainstSchema([{ ...record, entities: [record.entities[1]], events: [] }], frConflictNews)).toEqual([]);
  });
});
