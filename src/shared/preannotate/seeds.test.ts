import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../formats/gold-jsonl';
import { annotationProblems } from '../model/validate';
import { recordToParts } from '../model/types';
import { frConflictNews } from '../schema/fr-conflict-news';
import { SchemaIndex } from '../schema/lookup';
import type { Schema } from '../schema/types';
import { preannotate } from './index';
import { score } from './score';

const gold = parseGoldJsonl(readFileSync('test/fixtures/seeds.gold.jsonl', 'utf8'), { file: 'seeds.gold.jsonl', schema: null });
const docs = gold.records.map((r) => recordToParts(r).doc);
const index = new SchemaIndex(frConflictNews);

describe('pre-annotation of the seeds', () => {
  it('gives only suggestions that pass annotationProblems with the schema', () => {
    expect(docs).toHaveLength(5);
    for (const doc of docs) {
      const set = preannotate(doc, frConflictNews);
      expect(annotationProblems(doc.text, set, index)).toEqual([]);
      expect(set.entities.length).toBeGreaterThan(0);
      expect(set.events.length).toBeGreaterThan(0);
      expect(set).toMatchObject({ annotator: 'heuristic', status: 'pre-annotated', schema: 'fr-conflict-news@1' });
      for (const item of [...set.entities, ...set.events]) {
        expect(item.source).toBe('heuristic');
        expect(item.confidence).toBeGreaterThanOrEqual(0);
        expect(item.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('never lets two mentions of the same label overlap, and sorts mentions by start then longest first', () => {
    for (const doc of docs) {
      const { entities } = preannotate(doc, frConflictNews);
      for (let i = 1; i < entities.length; i++) {
        const a = entities[i - 1],
          b = entities[i];
        expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
      }
      for (const a of entities)
        for (const b of entities) {
          if (a !== b && a.label === b.label) expect(a.end <= b.start || b.end <= a.start).toBe(true);
        }
    }
  });

  it('is deterministic', () => {
    expect(preannotate(docs[4], frConflictNews)).toEqual(preannotate(docs[4], frConflictNews));
  });
});

describe('schema as data', () => {
  it('proposes no label, event type or role that the schema lacks', () => {
    const narrow: Schema = {
      ...frConflictNews,
      name: 'narrow',
      entities: frConflictNews.entities.filter((e) => e.name !== 'WEA' && e.name !== 'TIME'),
      events: frConflictNews.events.filter((e) => e.name !== 'Life.Die').map((e) => ({ ...e, roles: e.roles.filter((r) => r.name !== 'Time') })),
      attributes: [],
    };
    const narrowIndex = new SchemaIndex(narrow);
    for (const doc of docs) {
      const set = preannotate(doc, narrow);
      expect(annotationProblems(doc.text, set, narrowIndex)).toEqual([]);
      expect(set.entities.some((e) => e.label === 'WEA' || e.label === 'TIME')).toBe(false);
      expect(set.events.some((e) => e.type === 'Life.Die' || e.attributes)).toBe(false);
      expect(set.schema).toBe('narrow@1');
    }
  });
});

describe('score', () => {
  it('counts exact and overlapping matches by hand-checked example', () => {
    const e = (start: number, end: number, label: string) => ({ id: `T${start}`, start, end, label, text: '' });
    const s = score([
      {
        pred: { entities: [e(0, 5, 'PER'), e(10, 14, 'GPE'), e(20, 22, 'ORG')], events: [] },
        gold: { entities: [e(0, 5, 'PER'), e(10, 16, 'GPE'), e(30, 32, 'ORG')], events: [] },
      },
    ]);
    // exact: 1 of 3 predicted right, 1 of 3 gold found; overlap adds the GPE.
    expect(s.entities.ALL.exact).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(s.entities.ALL.overlap).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.entities.ALL.exact.f1).toBeCloseTo(1 / 3);
  });
});
