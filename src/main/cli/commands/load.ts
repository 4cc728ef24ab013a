import { serializeGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { formatInputError, type GoldRecord } from '../../../shared/model/types';
import { frConflictNews, schemaRef } from '../../../shared/schema';
import { parseCommandArgs } from '../args';
import { loadTexts } from '../read-input';
import type { CliCommand } from '../types';
import { writeOutputFile } from '../write-output';

export const load: CliCommand = {
  name: 'load',
  usage: '<files|folder> -o out.jsonl',
  summary: 'Reads .txt articles into gold JSONL documents (status new, no annotations); two files giving one id are refused.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, annotator: { type: 'string' } });
    if (!parsed.ok || parsed.positionals.length === 0 || !parsed.values.output) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: load ${this.usage}\n`);
      return 2;
    }
    const { docs, errors } = await loadTexts(parsed.positionals);
    for (const e of errors) io.stderr(formatInputError(e) + '\n');
    const annotator = parsed.values.annotator ?? 'unassigned';
    const records: GoldRecord[] = docs.map((d) => ({ ...d, annotator, status: 'new', schema: schemaRef(frConflictNews), entities: [], events: [] }));
    try {
      await writeOutputFile(parsed.values.output, serializeGoldJsonl(records));
    } catch (e) {
      io.stderr(`${parsed.values.output}: ${(e as Error).message}\n`);
      return 1;
    }
    io.stderr(`${records.length} document(s) written to ${parsed.values.output}${errors.length ? `, ${errors.length} file(s) refused` : ''}\n`);
    return errors.length ? 1 : 0;
  },
};
