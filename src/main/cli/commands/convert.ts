import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { schemaToBratConf } from '../../../shared/formats/brat-conf';
import { BRAT_SIDE_SUFFIX } from '../../../shared/formats/brat';
import { parseGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { formatById, formats, type Format, type InputFile, type OutputFile } from '../../../shared/formats/registry';
import { checkAgainstSchema, exportSchemaJson, summariseMismatches } from '../../../shared/formats/schema-json';
import { formatInputError, type InputError } from '../../../shared/model/types';
import { SchemaIndex } from '../../../shared/schema';
import { parseCommandArgs } from '../args';
import { readInputFiles } from '../read-input';
import { readSchemaFile, schemaOption, type SchemaRead } from '../schema-input';
import type { CliCommand, CliIO } from '../types';
import { writeOutputFile, writeOutputFolder } from '../write-output';

const SCHEMA_FORMATS = ['schema', 'brat-conf'];

const USAGE = `--from <fmt> --to <fmt> <input file|folder> -o <output> [--schema schema.json|annotation.conf] [--valid-only] [--include-pending] [--annotator name]
      formats: ${formats.map((f) => f.id + (f.importFiles ? '' : ' (export only)')).join(', ')}; brat reads and writes a folder of .txt/.ann
      (+ <doc>${BRAT_SIDE_SUFFIX} with what brat cannot hold, and annotation.conf). Schemas: --from brat-conf --to schema annotation.conf -o schema.json
      (or --from schema --to brat-conf). Errors are printed file:line: reason; a file with errors is not converted unless --valid-only.`;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The paths to read: a folder's files that the format reads, a brat .ann/.txt with its partner files, or the file. */
async function inputPaths(input: string, format: Format): Promise<string[]> {
  if ((await stat(input)).isDirectory()) {
    const names = (await readdir(input)).filter((n) => format.extensions.some((e) => n.toLowerCase().endsWith(e))).sort();
    return names.map((n) => join(input, n));
  }
  if (format.id !== 'brat') return [input];
  const stem = join(dirname(input), basename(input, extname(input)));
  const paths: string[] = [];
  for (const p of [`${stem}.txt`, `${stem}.ann`, `${stem}${BRAT_SIDE_SUFFIX}`]) if (await exists(p)) paths.push(p);
  return paths;
}

function printSchemaRead(read: SchemaRead, io: CliIO): void {
  for (const w of read.warnings) io.stderr(`warning: ${w}\n`);
  if ('errors' in read) for (const e of read.errors) io.stderr(formatInputError(e) + '\n');
}

async function convertSchema(from: string, to: string, input: string, output: string, io: CliIO): Promise<number> {
  const read = await readSchemaFile(input, from === 'brat-conf');
  printSchemaRead(read, io);
  if (!('schema' in read)) return 1;
  const { schema } = read;
  if (to === 'brat-conf') {
    const conf = schemaToBratConf(schema);
    for (const w of conf.warnings) io.stderr(`warning: ${w}\n`);
    await writeOutputFile(output, conf.content);
  } else {
    await writeOutputFile(output, exportSchemaJson(schema));
  }
  io.stderr(`schema ${schema.name}@${schema.version} (${schema.entities.length} labels, ${schema.events.length} event types) written to ${output}\n`);
  return 0;
}

/** The gold JSONL about to be written, read back as `validate` reads it: whatever it refuses is never written. */
function refusedByValidate(files: OutputFile[], index: SchemaIndex): InputError[] {
  return files.flatMap((f) => parseGoldJsonl(f.content, { file: f.name, schema: index }).errors);
}

async function writeOutputs(output: string, files: OutputFile[], target: Format): Promise<void> {
  if (!target.folder && files.length === 1) return writeOutputFile(output, files[0].content);
  const names = new Set(files.map((f) => f.name));
  await writeOutputFolder(output, files, (n) => names.has(n) || target.extensions.some((e) => n.toLowerCase().endsWith(e)) || n === 'annotation.conf');
}

export const convert: CliCommand = {
  name: 'convert',
  usage: USAGE,
  summary: 'Converts annotations (or a schema) between gold JSONL, brat, doccano, spaCy/Prodigy and CoNLL.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      from: { type: 'string' },
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      schema: { type: 'string' },
      annotator: { type: 'string' },
      'valid-only': { type: 'boolean' },
      'include-pending': { type: 'boolean' },
    });
    const v = parsed.ok ? parsed.values : undefined;
    if (!parsed.ok || !v?.from || !v.to || !v.output || parsed.positionals.length !== 1) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: convert ${USAGE}\n`);
      return 2;
    }
    const input = parsed.positionals[0];
    try {
      if (SCHEMA_FORMATS.includes(v.from) && SCHEMA_FORMATS.includes(v.to)) return await convertSchema(v.from, v.to, input, v.output, io);
      const source = formatById(v.from);
      const target = formatById(v.to);
      if (!source?.importFiles || !target) {
        io.stderr(`convert: ${!source?.importFiles ? `cannot read --from ${v.from}` : `cannot write --to ${v.to}`}\nusage: convert ${USAGE}\n`);
        return 2;
      }
      const loaded = await schemaOption(v.schema);
      printSchemaRead(loaded, io);
      if (!('schema' in loaded)) return 1;
      const read = await readInputFiles(await inputPaths(input, source));
      const files: InputFile[] = read.files;
      const imported = source.importFiles(files, loaded.schema, { validOnly: v['valid-only'], annotator: v.annotator });
      const errors = [...read.errors, ...imported.errors];
      for (const e of errors) io.stderr(formatInputError(e) + '\n');
      for (const w of imported.warnings) io.stderr(`warning: ${w}\n`);
      if (errors.length && !v['valid-only']) {
        io.stderr(`convert: ${errors.length} error(s), nothing written (--valid-only converts the valid part)\n`);
        return 1;
      }
      // Records made under another schema version still convert; say what the schema no longer has.
      for (const w of summariseMismatches(checkAgainstSchema(imported.records, loaded.schema))) io.stderr(`warning: ${w}\n`);
      const result = target.exportRecords(imported.records, loaded.schema, { includePending: v['include-pending'] });
      for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
      const refused = target.id === 'jsonl' ? refusedByValidate(result.files, new SchemaIndex(loaded.schema)) : [];
      if (refused.length) {
        for (const e of refused) io.stderr(`convert: the output would not pass validate: ${formatInputError(e)}\n`);
        return 1;
      }
      await writeOutputs(v.output, result.files, target);
      io.stderr(`${imported.records.length} document(s) from ${files.length} file(s) written to ${v.output} as ${target.id}\n`);
      return 0;
    } catch (e) {
      io.stderr(`convert: ${(e as Error).message}\n`);
      return 1;
    }
  },
};
