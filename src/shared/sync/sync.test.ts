import { describe, expect, it } from 'vitest';
import type { AnnotationSet } from '../model/types';
import { frConflictNews, SchemaIndex } from '../schema';
import { OffsetMap } from '../text/offsets';
import { balancedAssignments } from './balance';
import { checkOperation } from './check-operation';
import { pushRequestShape, syncOperationShape } from './wire-shapes';

const text = 'Les forces de Haftar attaquent Tripoli.';
const map = new OffsetMap(text);
const schema = new SchemaIndex(frConflictNews);
const empty: AnnotationSet = { docId: 'd', annotator: 'alice', status: 'new', schema: 'fr-conflict-news@1', entities: [], events: [] };
const haftar = { id: 'T1', start: 14, end: 20, text: 'Haftar', label: 'PER', source: 'human' as const };

describe('the server’s check of one operation', () => {
  it('applies a mention whose offsets and text match the document', () => {
    const r = checkOperation(empty, { kind: 'addMention', mention: haftar }, map, schema);
    expect(r.ok && r.set.entities).toEqual([haftar]);
  });

  it('refuses offsets outside the text, a text that is not at its offsets, an unknown label, an id used twice', () => {
    const reasons = [
      { ...haftar, start: 30, end: 90 },
      { ...haftar, text: 'Hafter' },
      { ...haftar, label: 'ALIEN' },
    ].map((mention) => checkOperation(empty, { kind: 'addMention', mention }, map, schema));
    expect(reasons.map((r) => !r.ok && r.reason)).toEqual([
      expect.stringContaining('outside the text'),
      expect.stringContaining('does not match the text'),
      expect.stringContaining('unknown label ALIEN'),
    ]);
    const once = checkOperation(empty, { kind: 'addMention', mention: haftar }, map, schema);
    const twice = once.ok ? checkOperation(once.set, { kind: 'addMention', mention: haftar }, map, schema) : once;
    expect(!twice.ok && twice.reason).toBe('id T1 is already used');
  });

  it('refuses an event of an unknown type or with a trigger off the text, and a relabel to an unknown label', () => {
    const withHaftar = { ...empty, entities: [haftar] };
    const event = { id: 'E1', type: 'Conflict.Attack', trigger: { start: 21, end: 30, text: 'attaquent' }, arguments: [{ role: 'Attacker', entity: 'T1' }] };
    expect(checkOperation(withHaftar, { kind: 'createEvent', event }, map, schema).ok).toBe(true);
    const bad = [
      { kind: 'createEvent' as const, event: { ...event, type: 'Party.Dance' } },
      { kind: 'createEvent' as const, event: { ...event, trigger: { start: 21, end: 30, text: 'dansent!!' } } },
      { kind: 'relabelMention' as const, id: 'T1', label: 'ALIEN' },
    ].map((op) => checkOperation(withHaftar, op, map, schema));
    expect(bad.map((r) => !r.ok && r.reason)).toEqual([
      'event E1: unknown event type Party.Dance',
      expect.stringContaining('event E1 trigger: text'),
      expect.stringContaining('unknown label ALIEN'),
    ]);
  });

  it('leaves alone what the operation did not touch: an older label stays, a new valid mention beside it is taken', () => {
    const old = { ...empty, entities: [{ ...haftar, label: 'RETIRED' }] };
    const tripoli = { id: 'T2', start: 31, end: 38, text: 'Tripoli', label: 'GPE' };
    expect(checkOperation(old, { kind: 'addMention', mention: tripoli }, map, schema).ok).toBe(true);
  });
});

describe('the wire shapes', () => {
  const op = { id: '0b7a3a52-9a52-4f8e-9b8e-2f5d2c1a0e11', docId: 'd', annotator: 'alice', at: 1, operation: { kind: 'addMention', mention: haftar } };

  it('take an operation as the app logs it, batches included', () => {
    expect(syncOperationShape.safeParse(op).success).toBe(true);
    const batch = { ...op, operation: { kind: 'batch', operations: [op.operation, { kind: 'setStatus', status: 'in-progress' }] } };
    expect(syncOperationShape.safeParse(batch).success).toBe(true);
  });

  it('refuse what is not an operation, an id that is not a UUID, and too many operations at once', () => {
    expect(syncOperationShape.safeParse({ ...op, operation: { kind: 'dropTable' } }).success).toBe(false);
    expect(syncOperationShape.safeParse({ ...op, operation: { kind: 'addMention', mention: { ...haftar, start: 'x' } } }).success).toBe(false);
    expect(syncOperationShape.safeParse({ ...op, id: '1' }).success).toBe(false);
    expect(pushRequestShape.safeParse({ operations: Array.from({ length: 501 }, () => op) }).success).toBe(false);
  });
});

describe('balanced assignment', () => {
  it('gives each document N annotators and everyone about as many documents', () => {
    const docs = ['a', 'b', 'c', 'd', 'e'];
    const out = balancedAssignments(docs, ['x', 'y', 'z'], 2, []);
    expect(out).toHaveLength(10);
    for (const d of docs) expect(new Set(out.filter((a) => a.docId === d).map((a) => a.annotator)).size).toBe(2);
    const loads = ['x', 'y', 'z'].map((p) => out.filter((a) => a.annotator === p).length).sort();
    expect(loads).toEqual([3, 3, 4]);
  });

  it('keeps what is assigned already and adds only what is missing', () => {
    const out = balancedAssignments(['a', 'b'], ['x', 'y'], 1, [{ docId: 'a', annotator: 'x' }]);
    expect(out).toEqual([{ docId: 'b', annotator: 'y' }]);
  });
});
