import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { bratConfToSchema, schemaToBratConf } from '../../../shared/formats/brat-conf';
import { BRAT_SIDE_SUFFIX } from '../../../shared/formats/brat';
import { formatById, formats, type InputFile, type OutputFile } from '../../../shared/formats/registry';
import { checkAgainstSchema, exportSchemaJson, importSchemaJson, summariseMismatches } from '../../../shared/formats/schema-json';
import { formatInputError, type InputError } from '../../../shared/model/types';
import { frConflictNews, type Schema } from '../../../shared/schema';
import { parseCommandArgs } from '../args';
import type { CliCommand, CliIO } from '../types';

const SCHEMA_FORMATS = ['schema', 'brat-conf'];

const USAGE = `--from <fmt> --to <fmt> <input file|folder> -o <output> [--schema schema.json|annotation.conf] [--valid-only] [--include-pending] [--annotator name]
      formats: ${formats.map((f) => f.id + (f.importFiles ? '' : ' (export only)')).join(', ')}; brat reads and writes a folder of .txt/.ann
      (+ <doc>${BRAT_SIDE_SUFFIX} with what brat cannot hold, and annotation.conf). Schemas: --from brat-conf --to schema annotation.conf -o schema.json
      (or --from schema --to brat-conf). Errors are printed file:line: reason; a file with errors is not converted unless --valid-only.`;

/** Reads a file or the files of a folder; brat's .ann/.txt given alone bring their partner files. */
async function readInputs(input: string, extensions: string[], brat: boolean): Promise<InputFile[]> {
  let paths: string[];
  if ((await stat(input)).isDirectory()) {
    const names = (await readdir(input)).filter((n) => extensions.some((e) => n.toLowerCase().endsWith(e))).sort();
    paths = names.map((n) => join(input, n));
  } else if (brat) {
    const stem = join(dirname(input), basename(input, extname(input)));
    paths = [];
    for (const p of [`${stem}.txt`, `${stem}.ann`, `${stem}${BRAT_SIDE_SUFFIX}`])
      if (
        await stat(p).then(
          () => true,
          () => false,
        )
      )
        paths.push(p);
  } else {
    paths = [input];
  }
  return Promise.all(paths.map(async (p) => ({ name: p, content: await readFile(p, 'utf8') })));
}

async function writeOutputs(output: string, files: OutputFile[], folder: boolean): Promise<void> {
  if (!folder && files.length === 1) return writeFile(output, files[0].content);
  await mkdir(output, { recursive: true });
  for (const f of files) await writeFile(join(output, f.name), f.content);
}

/** `--schema`: a schema JSON file or a brat annotation.conf. */
async function loadSchema(path: string | undefined): Promise<{ schema: Schema } | { errors: InputError[] }> {
  if (!path) return { schema: frConflictNews };
  const content = await readFile(path, 'utf8');
  if (path.toLowerCase().endsWith('.conf')) {
    const read = bratConfToSchema(content, path, { name: basename(path, '.conf') });
    return read.schema ? { schema: read.schema } : { errors: read.errors };
  }
  return importSchemaJson(content, path);
}

async function convertSchema(from: string, to: string, input: string, output: string, io: CliIO): Promise<number> {
  const content = await readFile(input, 'utf8');
  let schema: Schema;
  if (from === 'brat-conf') {
    const read = bratConfToSchema(content, input, { name: basename(input, extname(input)) });
    for (const w of read.warnings) io.stderr(`warning: ${w}\n`);
    for (const e of read.errors) io.stderr(formatInputError(e) + '\n');
    if (!read.schema) return 1;
    schema = read.schema;
  } else {
    const read = importSchemaJson(content, input);
    if ('errors' in read) return (read.errors.forEach((e) => io.stderr(formatInputError(e) + '\n')), 1);
    schema = read.schema;
  }
  if (to === 'brat-conf') {
    const conf = schemaToBratConf(schema);
    for (const w of conf.warnings) io.stderr(`warning: ${w}\n`);
    await writeFile(output, conf.content);
  } else {
    await writeFile(output, exportSchemaJson(schema));
  }
  io.stderr(`schema ${schema.name}@${schema.version} (${schema.entities.length} labels, ${schema.events.length} event types) written to ${output}\n`);
  return 0;
}

export const convert: CliCommand = {
  name: 'convert',
  usage: USAGE,
  summary: 'Converts annotations (or a schema) between gold JSONL, brat, doccano, spaCy/Prodigy and CoNLL BIO.',
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
      const loaded = await loadSchema(v.schema);
      if ('errors' in loaded) return (loaded.errors.forEach((e) => io.stderr(formatInputError(e) + '\n')), 1);
      const files = await readInputs(input, source.extensions, source.id === 'brat');
      const imported = source.importFiles(files, loaded.schema, { validOnly: v['valid-only'], annotator: v.annotator });
      for (const e of imported.errors) io.stderr(formatInputError(e) + '\n');
      for (const w of imported.warnings) io.stderr(`warning: ${w}\n`);
      if (imported.errors.length && !v['valid-only']) {
        io.stderr(`convert: ${imported.errors.length} error(s), nothing written (--valid-only converts the valid part)\n`);
        return 1;
      }
      // Records made under another schema version still convert; say what the schema no longer has.
      for (const w of summariseMismatches(checkAgainstSchema(imported.records, loaded.schema))) io.stderr(`warning: ${w}\n`);
      const result = target.exportRecords(imported.records, loaded.schema, { includePending: v['include-pending'] });
      for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
      await writeOutputs(v.output, result.files, target.folder === true);
      io.stderr(`${imported.records.length} document(s) from ${files.length} file(s) written to ${v.output} as ${target.id}\n`);
      return 0;
    } catch (e) {
      io.stderr(`convert: ${(e as Error).message}\n`);
      return 1;
    }
  },
};
