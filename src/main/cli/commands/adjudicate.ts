import { serializeGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { isPending } from '../../../shared/model/types';
import { adjudicate as merge } from '../../../shared/review/adjudicate';
import { parseCommandArgs } from '../args';
import type { CliCommand } from '../types';
import { writeOutputFile } from '../write-output';
import { readReviewCorpus } from './review-input';

export const adjudicate: CliCommand = {
  name: 'adjudicate',
  usage: '<a.jsonl> [b.jsonl c.jsonl…] -o <merged.jsonl> [--majority]',
  summary:
    'Merges the annotators\' sets into one "gold" set per document: what all of them (or, with --majority, more than half) agree on is accepted; every disagreement is kept as a pending suggestion with who proposed it.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, majority: { type: 'boolean' } });
    if (!parsed.ok || parsed.positionals.length === 0 || !parsed.values.output) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: adjudicate ${this.usage}\n`);
      return 2;
    }
    const corpus = await readReviewCorpus(parsed.positionals, io);
    if (!corpus) return 1;
    const records = merge(corpus, { majority: parsed.values.majority === true });
    try {
      await writeOutputFile(parsed.values.output, serializeGoldJsonl(records, { includePending: true }));
    } catch (e) {
      io.stderr(`${parsed.values.output}: ${(e as Error).message}\n`);
      return 1;
    }
    let accepted = 0;
    let pending = 0;
    for (const r of records) for (const x of [...r.entities, ...r.events]) isPending(x) ? pending++ : accepted++;
    io.stderr(
      `adjudicate: ${records.length} document(s) from ${corpus.annotators.join(', ')} → ${parsed.values.output}: ${accepted} accepted, ${pending} pending (mentions and events)\n`,
    );
    return 0;
  },
};
