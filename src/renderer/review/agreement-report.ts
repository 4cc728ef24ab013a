import type { GoldRecord } from '../../shared/model/types';
import { corpusAgreement, type PairAgreement } from '../../shared/review/agreement';
import { labelConfusion, type LabelConfusion } from '../../shared/review/confusion';
import { groupRecords } from '../../shared/review/corpus';
import { agreementJson, type AgreementJson } from '../../shared/review/report';

/**
 * What the agreement view shows, computed from the stored sets exactly as the CLI's `agreement --json`
 * computes it from files: the same grouping (groupRecords), the same engine (corpusAgreement). The
 * records come in the order of an export of every set (document id, then annotator), so the CLI on
 * that export meets documents and annotators in the same order and prints the same figures.
 */
export interface AgreementReport {
  annotators: string[];
  /** Pairs with their per-document figures. */
  pairs: PairAgreement[];
  /** The CLI's `--json` object. */
  json: AgreementJson;
  /** One label confusion matrix per pair, in the order of `pairs`. */
  confusion: LabelConfusion[];
  errors: string[];
}

export function agreementReport(records: readonly GoldRecord[], onProgress?: (done: number, total: number) => void): AgreementReport {
  const { corpus, errors } = groupRecords(records);
  const pairs = corpus.annotators.length >= 2 ? corpusAgreement(corpus, { onProgress }) : [];
  return {
    annotators: corpus.annotators,
    pairs,
    json: agreementJson(pairs),
    confusion: pairs.map((p) => labelConfusion(corpus, p.a, p.b)),
    errors,
  };
}
