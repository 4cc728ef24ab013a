import { corpusAgreement } from '../../../shared/review/agreement';
import { agreementJson, agreementTable } from '../../../shared/review/report';
import { parseCommandArgs } from '../args';
import type { CliCommand } from '../types';
import { readReviewCorpus } from './review-input';

export const agreement: CliCommand = {
  name: 'agreement',
  usage: '<a.jsonl> [b.jsonl c.jsonl…] [--json]',
  summary:
    "Inter-annotator agreement of every pair of annotators (precision of the later against the earlier): mention P/R/F1 (exact and overlapping spans, per label), trigger and argument F1, Cohen's κ and Krippendorff's α over word tokens, αU over characters; micro-averaged over the documents both annotated.",
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (!parsed.ok || parsed.positionals.length === 0) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: agreement ${this.usage}\n`);
      return 2;
    }
    const corpus = await readReviewCorpus(parsed.positionals, io);
    if (!corpus) return 1;
    if (corpus.annotators.length < 2) {
      io.stderr(`agreement: needs two annotators or more; found ${corpus.annotators.join(', ') || 'none'}\n`);
      return 1;
    }
    const pairs = corpusAgreement(corpus, { perDocument: false });
    io.stdout(parsed.values.json ? JSON.stringify(agreementJson(pairs)) + '\n' : agreementTable(pairs));
    return 0;
  },
};
