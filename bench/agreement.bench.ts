/**
 * Agreement and adjudication at scale: the seeds' A/B pairs replicated under new document ids until
 * there are 10 000 document pairs (each copy is segmented and compared anew), then the whole
 * corpus's agreement (every measure, per document and micro-averaged) and adjudication are timed.
 * Caveat: word segmentation caches white-space-free chunks (review/word-segmenter.ts); replicas repeat the
 * seeds' vocabulary, so the cache hits more often than on 10 000 different articles, where each new
 * chunk costs Intl.Segmenter about 1 µs per character (`segmentation_cold_chars_per_second`).
 */
import { readFileSync } from 'node:fs';
import { parseGoldJsonl } from '../src/shared/formats/gold-jsonl';
import type { GoldRecord } from '../src/shared/model/types';
import { adjudicate } from '../src/shared/review/adjudicate';
import { corpusAgreement } from '../src/shared/review/agreement';
import { groupRecords } from '../src/shared/review/corpus';
import { words } from '../src/shared/text/segment';
import type { BenchResult } from './run';

const PAIRS = 10_000;

function seeds(name: string): GoldRecord[] {
  const file = new URL(`../test/fixtures/seeds.${name}.jsonl`, import.meta.url).pathname;
  return parseGoldJsonl(readFileSync(file, 'utf8'), { file }).records;
}

function replicate(a: GoldRecord[], b: GoldRecord[], pairs: number): GoldRecord[] {
  const out: GoldRecord[] = [];
  for (let i = 0; i < pairs; i++) {
    const k = i % a.length;
    const id = `${a[k].id}#${i}`;
    out.push({ ...a[k], id }, { ...b[k], id });
  }
  return out;
}

export async function run(): Promise<BenchResult> {
  const records = replicate(seeds('A'), seeds('B'), PAIRS);
  const { corpus } = groupRecords(records);
  const mentions = records.reduce((n, r) => n + r.entities.length, 0);
  const t0 = performance.now();
  const [pair] = corpusAgreement(corpus);
  const t1 = performance.now();
  const [pairNoDocs] = corpusAgreement(corpus, { perDocument: false });
  const t2 = performance.now();
  adjudicate(corpus);
  const t3 = performance.now();
  const seconds = (ms: number) => Math.round(ms) / 1000;
  const t4 = performance.now();
  const sample = corpus.documents.slice(0, 5);
  for (const d of sample) words(d.doc.text);
  const coldCharsPerSecond = sample.reduce((n, d) => n + d.doc.text.length, 0) / ((performance.now() - t4) / 1000);
  return {
    figures: {
      agreement_doc_pairs_per_s: Math.round(PAIRS / ((t1 - t0) / 1000)),
      adjudication_docs_per_s: Math.round(PAIRS / ((t3 - t2) / 1000)),
    },
    details: {
      document_pairs: PAIRS,
      mentions: mentions,
      characters: corpus.documents.reduce((n, d) => n + d.doc.text.length, 0),
      agreement_seconds: seconds(t1 - t0),
      agreement_pairs_per_second: Math.round(PAIRS / ((t1 - t0) / 1000)),
      agreement_corpus_only_seconds: seconds(t2 - t1),
      agreement_corpus_only_pairs_per_second: Math.round(PAIRS / ((t2 - t1) / 1000)),
      adjudication_seconds: seconds(t3 - t2),
      adjudication_documents_per_second: Math.round(PAIRS / ((t3 - t2) / 1000)),
      segmentation_cold_chars_per_second: Math.round(coldCharsPerSecond),
      // Replicas leave the micro-averaged figures unchanged: a check that nothing was lost at scale.
      mention_f1_exact: pair.mentions.exact.f1,
      same_without_per_document: pair.mentions.exact.f1 === pairNoDocs.mentions.exact.f1 && pair.krippendorffAlphaU === pairNoDocs.krippendorffAlphaU,
      cohen_kappa: pair.cohenKappa,
      krippendorff_alpha_u: pair.krippendorffAlphaU,
    },
  };
}
