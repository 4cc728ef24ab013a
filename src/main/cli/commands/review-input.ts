import { parseGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { formatInputError, type GoldRecord } from '../../../shared/model/types';
import { groupRecords, type ReviewCorpus } from '../../../shared/review/corpus';
import { readInputFile } from '../read-input';
import type { CliIO } from '../types';

/**
 * Reads the gold JSONL files of `agreement` and `adjudicate` into one corpus. A file may hold several
 * annotators; sets are told apart by `annotator`. Labels are not checked against a schema (any
 * project's files can be compared); structure and offsets are. Every problem is printed as
 * file:line: reason, and then nothing is computed (null).
 */
export async function readReviewCorpus(files: string[], io: CliIO): Promise<ReviewCorpus | null> {
  const records: GoldRecord[] = [];
  let failed = false;
  for (const file of files) {
    const read = await readInputFile(file);
    if (!read.ok) {
      io.stderr(formatInputError(read.error) + '\n');
      failed = true;
      continue;
    }
    const parsed = parseGoldJsonl(read.file.content, { file, schema: null });
    for (const e of parsed.errors) io.stderr(formatInputError(e) + '\n');
    if (parsed.errors.length) failed = true;
    records.push(...parsed.records);
  }
  if (failed) return null;
  const { corpus, errors } = groupRecords(records);
  for (const e of errors) io.stderr(`${files.join(', ')}: ${e}\n`);
  return errors.length ? null : corpus;
}
