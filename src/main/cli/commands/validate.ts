import { parseGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { formatInputError } from '../../../shared/model/types';
import { SchemaIndex } from '../../../shared/schema';
import { parseCommandArgs } from '../args';
import { readInputFile } from '../read-input';
import { schemaOption } from '../schema-input';
import type { CliCommand } from '../types';

export const validate: CliCommand = {
  name: 'validate',
  usage: '<file.jsonl> [--schema schema.json|annotation.conf]',
  summary: 'Checks a gold JSONL file (against the default schema, or the one given): prints every problem with its line and reason; exit 1 if any.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { schema: { type: 'string' } });
    if (!parsed.ok || parsed.positionals.length !== 1) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: validate ${this.usage}\n`);
      return 2;
    }
    const file = parsed.positionals[0];
    const loaded = await schemaOption(parsed.values.schema);
    for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
    if (!('schema' in loaded)) {
      for (const e of loaded.errors) io.stderr(formatInputError(e) + '\n');
      return 1;
    }
    const read = await readInputFile(file);
    if (!read.ok) {
      io.stdout(formatInputError(read.error) + '\n');
      return 1;
    }
    const result = parseGoldJsonl(read.file.content, { file, schema: new SchemaIndex(loaded.schema) });
    for (const e of result.errors) io.stdout(formatInputError(e) + '\n');
    io.stderr(`${file}: ${result.lines} line(s), ${result.records.length} valid, ${result.errors.length} problem(s)\n`);
    return result.errors.length ? 1 : 0;
  },
};
