import type { AnnotationSet } from '../model/types';
import { OffsetMap } from '../text/offsets';
import { Confusion, cohenKappa, krippendorffAlphaFromConfusion } from './coding';
import { annotatorPairs, type ReviewCorpus, type ReviewDocument } from './corpus';
import { itemsOf, type SetItems } from './items';
import { matchExact, matchOverlap } from './match';
import { addCounts, addGroupCounts, prf, prfByGroup, zeroCounts, type Counts, type PRF } from './prf';
import { tokenTable } from './token-labels';
import { unitizingAlpha, type UnitizingUnit } from './unitizing';
import { WordSegmenter } from './word-segmenter';

/**
 * Agreement of two annotators, per document and over the corpus. Precision is that of B against A
 * (A is the reference); corpus figures are micro-averaged: counts, contingency tables and αU's
 * continuum are pooled over the documents both annotated, then each measure is computed once.
 * For αU the documents are laid end to end on one continuum, as INCEpTION and DKPro-based tools do.
 */

export interface AgreementFigures {
  mentions: {
    exact: PRF;
    overlap: PRF;
    /** Exact match, per label. */
    perLabel: Record<string, PRF>;
    perLabelOverlap: Record<string, PRF>;
  };
  /** Trigger span and event type. */
  triggers: PRF;
  perType: Record<string, PRF>;
  /** Trigger span and type, role, filler span and label. */
  arguments: PRF;
  /** Over word tokens (see token-labels.ts); per label: that label against everything else. */
  cohenKappa: number;
  krippendorffAlpha: number;
  perLabelKappa: Record<string, number>;
  perLabelAlpha: Record<string, number>;
  /** Over characters. */
  krippendorffAlphaU: number;
  perLabelAlphaU: Record<string, number>;
}

export interface PairAgreement extends AgreementFigures {
  a: string;
  b: string;
  /** Documents both annotated. */
  documents: number;
  perDocument: Array<AgreementFigures & { id: string }>;
}

/** What a document pair contributes; pooled over documents for the corpus figures. */
interface Tally {
  exact: Counts;
  overlap: Counts;
  exactByLabel: Map<string, Counts>;
  overlapByLabel: Map<string, Counts>;
  triggers: Counts;
  triggersByType: Map<string, Counts>;
  arguments: Counts;
  tokens: Confusion;
  /** αU units on this tally's continuum [begin, begin + length). */
  units: UnitizingUnit[];
  begin: number;
  length: number;
}

const emptyTally = (): Tally => ({
  exact: zeroCounts(),
  overlap: zeroCounts(),
  exactByLabel: new Map(),
  overlapByLabel: new Map(),
  triggers: zeroCounts(),
  triggersByType: new Map(),
  arguments: zeroCounts(),
  tokens: new Confusion(),
  units: [],
  begin: 0,
  length: 0,
});

const byLabel = (m: { label: string }) => m.label;

/** `begin`: where the document starts on the corpus continuum (its units are placed there once). */
function tallyDocument(a: SetItems, b: SetItems, tokens: readonly number[], begin: number, length: number): Tally {
  const exact = matchExact(a.mentions, b.mentions, byLabel);
  const overlap = matchOverlap(a.mentions, b.mentions, byLabel);
  const triggers = matchExact(a.triggers, b.triggers, (t) => t.type);
  const args = matchExact(a.arguments, b.arguments, () => '');
  const units = [
    ...a.mentions.map((m) => ({ start: begin + m.start, end: begin + m.end, coder: 0, category: m.label })),
    ...b.mentions.map((m) => ({ start: begin + m.start, end: begin + m.end, coder: 1, category: m.label })),
  ];
  return {
    exact: exact.total,
    overlap: overlap.total,
    exactByLabel: exact.byGroup,
    overlapByLabel: overlap.byGroup,
    triggers: triggers.total,
    triggersByType: triggers.byGroup,
    arguments: args.total,
    tokens: tokenTable(tokens, a.mentions, b.mentions),
    units,
    begin,
    length,
  };
}

/** Adds a document's tally; its αU units already sit at the end of the running continuum. */
function pool(into: Tally, t: Tally): void {
  addCounts(into.exact, t.exact);
  addCounts(into.overlap, t.overlap);
  addGroupCounts(into.exactByLabel, t.exactByLabel);
  addGroupCounts(into.overlapByLabel, t.overlapByLabel);
  addCounts(into.triggers, t.triggers);
  addGroupCounts(into.triggersByType, t.triggersByType);
  addCounts(into.arguments, t.arguments);
  into.tokens.addAll(t.tokens);
  for (const u of t.units) into.units.push(u);
  into.length += t.length;
}

function figures(t: Tally): AgreementFigures {
  const labels = [...new Set([...t.exactByLabel.keys(), ...t.overlapByLabel.keys()])].sort();
  const perLabelKappa: Record<string, number> = {};
  const perLabelAlpha: Record<string, number> = {};
  for (const label of labels) {
    const binary = t.tokens.binary(label);
    perLabelKappa[label] = cohenKappa(binary);
    perLabelAlpha[label] = krippendorffAlphaFromConfusion(binary);
  }
  const u = unitizingAlpha({ begin: t.begin, length: t.length, coders: 2, units: t.units });
  const perLabelAlphaU: Record<string, number> = {};
  for (const label of labels) perLabelAlphaU[label] = u.byCategory.get(label)?.alpha ?? NaN;
  return {
    mentions: { exact: prf(t.exact), overlap: prf(t.overlap), perLabel: prfByGroup(t.exactByLabel), perLabelOverlap: prfByGroup(t.overlapByLabel) },
    triggers: prf(t.triggers),
    perType: prfByGroup(t.triggersByType),
    arguments: prf(t.arguments),
    cohenKappa: cohenKappa(t.tokens),
    krippendorffAlpha: krippendorffAlphaFromConfusion(t.tokens),
    perLabelKappa,
    perLabelAlpha,
    krippendorffAlphaU: u.alpha,
    perLabelAlphaU,
  };
}

export interface AgreementOptions {
  /** Also compute every document's own figures (default true). */
  perDocument?: boolean;
  /** Told after each document of each pair (the app's worker shows progress with it). */
  onProgress?: (done: number, total: number) => void;
}

/** How many (pair, document) steps corpusAgreement takes: documents both annotators of a pair annotated. */
function stepsOf(corpus: ReviewCorpus, pairs: Array<[string, string]>): number {
  let n = 0;
  for (const [a, b] of pairs) for (const d of corpus.documents) if (d.sets.has(a) && d.sets.has(b)) n++;
  return n;
}

/**
 * Word tokens (flat code-point offsets) and code-point length of each document, computed once for all pairs (and, through the
 * segmenters' chunk caches, fast over a large corpus: see word-segmenter.ts).
 */
export class DocumentUnits {
  private readonly byId = new Map<string, { tokens: number[]; length: number }>();
  private readonly segmenters = new Map<string, WordSegmenter>();

  of(d: ReviewDocument): { tokens: number[]; length: number } {
    let known = this.byId.get(d.doc.id);
    if (known) return known;
    const lang = typeof d.doc.meta.lang === 'string' && d.doc.meta.lang ? d.doc.meta.lang : 'fr';
    let segmenter = this.segmenters.get(lang);
    if (!segmenter) this.segmenters.set(lang, (segmenter = new WordSegmenter(lang)));
    known = { tokens: segmenter.offsets(d.doc.text), length: new OffsetMap(d.doc.text).codePointLength };
    this.byId.set(d.doc.id, known);
    return known;
  }
}

export function pairAgreement(corpus: ReviewCorpus, a: string, b: string, options: AgreementOptions = {}, units = new DocumentUnits()): PairAgreement {
  const total = emptyTally();
  const perDocument: PairAgreement['perDocument'] = [];
  let documents = 0;
  const items = new WeakMap<AnnotationSet, SetItems>();
  const itemsFor = (s: AnnotationSet): SetItems => {
    let known = items.get(s);
    if (!known) items.set(s, (known = itemsOf(s)));
    return known;
  };
  for (const d of corpus.documents) {
    const sa = d.sets.get(a);
    const sb = d.sets.get(b);
    if (!sa || !sb) continue;
    documents++;
    const { tokens, length } = units.of(d);
    const t = tallyDocument(itemsFor(sa), itemsFor(sb), tokens, total.length, length);
    if (options.perDocument !== false) perDocument.push({ id: d.doc.id, ...figures(t) });
    pool(total, t);
    options.onProgress?.(documents, documents);
  }
  return { a, b, documents, ...figures(total), perDocument };
}

/** Every pair of annotators, in the order the annotators were first met. */
export function corpusAgreement(corpus: ReviewCorpus, options: AgreementOptions = {}): PairAgreement[] {
  const units = new DocumentUnits();
  const pairs = annotatorPairs(corpus.annotators);
  const report = options.onProgress;
  if (!report) return pairs.map(([a, b]) => pairAgreement(corpus, a, b, options, units));
  const total = stepsOf(corpus, pairs);
  let before = 0;
  return pairs.map(([a, b]) => {
    const pair = pairAgreement(corpus, a, b, { ...options, onProgress: (done) => report(before + done, total) }, units);
    before += pair.documents;
    return pair;
  });
}
