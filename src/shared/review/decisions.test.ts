import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl, withoutPending } from '../formats/gold-jsonl';
import { applyOperation } from '../model/operations';
import { isPending, partsToRecord, type AnnotationSet } from '../model/types';
import { corpusAgreement } from './agreement';
import { groupRecords } from './corpus';
import { decide, GoldIndex, isDecided, premergedGold, type Take } from './decisions';
import { disagreementsOf, matchesFilter } from './disagreements';
import { alignDocument } from './align';
import { TWO_TEXT, twoAnnotators } from './testkit';

const TEXT = TWO_TEXT;
const { A, B } = twoAnnotators();
const doc = groupRecords([A, B]).corpus.documents[0];
const brief = (m: { start: number; end: number; label: string }) => `${m.label} ${TEXT.slice(m.start, m.end)}`;

/** Applies decisions one after the other, as the review screen does. */
function decideAll(takes: (i: number) => Take) {
  const { set, disagreements } = premergedGold(doc);
  let gold: AnnotationSet = set;
  disagreements.forEach((d, i) => {
    const result = decide(d, takes(i), gold, disagreements, 'take');
    if (!result || 'refused' in result) return;
    const applied = applyOperation(gold, result.operation);
    if (!applied.ok) throw new Error(applied.reason);
    gold = applied.set;
  });
  return { gold, disagreements };
}

describe('disagreements of two annotators', () => {
  it('groups alternatives into one disagreement each, in reading order, with its kind', () => {
    const ds = disagreementsOf(alignDocument(doc.sets));
    expect(ds.map((d) => [d.kind, d.detail, TEXT.slice(d.start, d.end)])).toEqual([
      ['label', 'label', 'Lyon'],
      ['argument', 'filler', 'accueillent la Banque de France'],
      ['event', 'realis', 'accueillent'],
      ['boundary', 'boundary', 'la Banque de France'],
      ['missing', 'only', 'France'],
    ]);
    expect(ds[0].mentions.map(brief)).toEqual(['GPE Lyon', 'LOC Lyon']);
    expect(ds.filter((d) => matchesFilter(d, { kinds: ['label', 'boundary'], label: null })).map((d) => d.kind)).toEqual(['label', 'boundary']);
    expect(ds.filter((d) => matchesFilter(d, { kinds: [], label: 'ORG' })).map((d) => d.kind)).toEqual(['boundary']);
  });
});

describe('adjudication decisions on the gold set', () => {
  it('starts from the engine merge: agreed items accepted, each disagreement pending (realis too)', () => {
    const { set, disagreements } = premergedGold(doc);
    expect(set.status).toBe('in-progress');
    expect(set.entities.filter((m) => !isPending(m)).map(brief)).toEqual(['GPE Paris', 'TIME demain']);
    expect(set.events[0]).toMatchObject({ source: 'heuristic', attributes: { realis: 'actual', proposed_by: ['A', 'B'] } });
    const index = new GoldIndex(set);
    expect(disagreements.map((d) => isDecided(d, index))).toEqual([false, false, false, false, false]);
  });

  it('take A everywhere gives A’s annotations exactly, marked adjudicated, with nothing pending', () => {
    const { gold } = decideAll(() => ({ annotators: ['A'] }));
    expect(gold.status).toBe('adjudicated');
    expect([...gold.entities, ...gold.events].filter(isPending)).toEqual([]);
    const [pair] = corpusAgreement(groupRecords([A, { ...partsToRecord(doc.doc, gold) }]).corpus);
    expect([pair.mentions.exact.f1, pair.triggers.f1, pair.arguments.f1]).toEqual([1, 1, 1]);
    expect(gold.events[0].attributes).toEqual({ realis: 'actual' });
  });

  it('take B, take none and take both do what they say; both is refused where two mentions of one label would overlap', () => {
    const { set, disagreements } = premergedGold(doc);
    const [label, , realis, boundary, missing] = disagreements;
    const apply = (gold: AnnotationSet, d: typeof label, take: Take) => {
      const r = decide(d, take, gold, disagreements, 'take');
      if (!r || 'refused' in r) throw new Error(r ? r.refused : 'no change');
      const applied = applyOperation(gold, r.operation);
      if (!applied.ok) throw new Error(applied.reason);
      return applied.set;
    };
    const both = apply(set, label, 'all');
    expect(both.entities.filter((m) => m.start === 9).map((m) => [m.label, m.source])).toEqual([
      ['GPE', 'human'],
      ['LOC', 'human'],
    ]);
    expect(decide(boundary, 'all', set, disagreements, 'take')).toEqual({ refused: expect.stringMatching(/never overlap/) });
    expect(apply(set, missing, 'none').entities.map(brief)).not.toContain('GPE France');
    expect(apply(set, realis, { annotators: ['B'] }).events[0]).toMatchObject({ source: 'human', attributes: { realis: 'generic' } });
    expect(decide(realis, 'all', set, disagreements, 'take')).toEqual({ refused: expect.stringMatching(/one realis/) });
  });

  it('undoing a decision (its inverse) makes the disagreement pending again', () => {
    const { set, disagreements } = premergedGold(doc);
    const r = decide(disagreements[0], { annotators: ['B'] }, set, disagreements, 'take B');
    if (!r || 'refused' in r) throw new Error('refused');
    const applied = applyOperation(set, r.operation);
    if (!applied.ok) throw new Error(applied.reason);
    expect(isDecided(disagreements[0], new GoldIndex(applied.set))).toBe(true);
    const undone = applyOperation(applied.set, applied.inverse);
    expect(undone.ok && undone.set).toEqual(set);
  });
});

describe('on the development gold of two annotators', () => {
  const read = (f: string) => parseGoldJsonl(readFileSync(new URL(`../../../test/fixtures/${f}`, import.meta.url), 'utf8'), { file: f }).records;
  const corpus = groupRecords([...read('seeds.A.jsonl'), ...read('seeds.B.jsonl')]).corpus;

  it.each(['A', 'B'])('taking %s in every disagreement reproduces that annotator exactly', (who) => {
    for (const d of corpus.documents) {
      const { set, disagreements } = premergedGold(d);
      let gold = set;
      for (const x of disagreements) {
        const r = decide(x, { annotators: [who] }, gold, disagreements, 'take');
        if (!r) continue;
        if ('refused' in r) throw new Error(r.refused);
        const applied = applyOperation(gold, r.operation);
        if (!applied.ok) throw new Error(applied.reason);
        gold = applied.set;
      }
      expect(gold.status).toBe('adjudicated');
      const mine = corpus.documents.find((x) => x.doc.id === d.doc.id)!.sets.get(who)!;
      const exported = withoutPending(partsToRecord(d.doc, gold));
      const [pair] = corpusAgreement(groupRecords([partsToRecord(d.doc, mine), exported]).corpus);
      expect([d.doc.id, pair.mentions.exact.f1, pair.triggers.f1, pair.arguments.f1]).toEqual([d.doc.id, 1, 1, 1]);
    }
  });
});
