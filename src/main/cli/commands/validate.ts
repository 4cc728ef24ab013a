import { readFile } from 'node:fs/promises';
import { parseGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { formatInputError } from '../../../shared/model/types';
import { SchemaIndex, frConflictNews } from '../../../shared/schema';
import type { CliCommand } from '../types';

export const validate: CliCommand = {
  name: 'validate',
  usage: '<file.jsonl>',
  summary: 'Checks a gold JSONL file: prints every problem with its line and reason; exit 1 if any.',
  async run(args, io) {
    if (args.length !== 1) {
      io.stderr(`usage: validate ${this.usage}\n`);
      return 2;
    }
    const file = args[0];
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (e) {
      io.stderr(`${file}: ${(e as Error).message}\n`);
      return 1;
    }
    const result = parseGoldJsonl(content, { file, schema: new SchemaIndex(frConflictNews) });
    for (const e of result.errors) io.stdout(formatInputError(e) + '\n');
    io.stderr(`${file}: ${result.lines} line(s), ${result.records.length} valid, ${result.errors.length} problem(s)\n`);
    return result.errors.length ? 1 : 0;
  },
};
