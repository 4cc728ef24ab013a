import { parseGoldJsonl, serializeGoldJsonl } from '../../../shared/formats/gold-jsonl';
import { formatInputError, partsToRecord, recordToParts, type Doc, type GoldRecord, type InputError } from '../../../shared/model/types';
import { preannotate as run } from '../../../shared/preannotate';
import { SchemaIndex, frConflictNews } from '../../../shared/schema';
import { parseCommandArgs } from '../args';
import { loadTexts, readInputFile } from '../read-input';
import type { CliCommand, CliIO } from '../types';
import { writeOutputFile } from '../write-output';

/** Documents from .txt files and folders, or from a gold JSONL file (one document per id). */
async function readDocs(inputs: string[]): Promise<{ docs: Doc[]; errors: InputError[] }> {
  const jsonl = inputs.filter((p) => p.toLowerCase().endsWith('.jsonl'));
  const texts = inputs.filter((p) => !p.toLowerCase().endsWith('.jsonl'));
  const out = texts.length ? await loadTexts(texts) : { docs: [], errors: [] };
  for (const file of jsonl) {
    const read = await readInputFile(file);
    if (!read.ok) {
      out.errors.push(read.error);
      continue;
    }
    const parsed = parseGoldJsonl(read.file.content, { file, schema: null });
    out.errors.push(...parsed.errors);
    const seen = new Set(out.docs.map((d) => d.id));
    for (const r of parsed.records) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.docs.push(recordToParts(r).doc);
    }
  }
  return out;
}

function bar(done: number, total: number): string {
  const width = 30;
  const full = total ? Math.round((done / total) * width) : width;
  return `\r[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${done}/${total}`;
}

export const preannotate: CliCommand = {
  name: 'preannotate',
  usage: '<files|folder|file.jsonl>… -o out.jsonl [--min-confidence 0..1]',
  summary: 'Heuristic pre-annotation (entities and events) of French news; writes gold JSONL with pending suggestions.',
  async run(args: string[], io: CliIO) {
    const parsed = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, 'min-confidence': { type: 'string' } });
    const min = parsed.ok ? Number(parsed.values['min-confidence'] ?? 0) : 0;
    if (!parsed.ok || !parsed.values.output || parsed.positionals.length === 0 || !(min >= 0 && min <= 1)) {
      io.stderr(`${parsed.ok ? '' : parsed.error + '\n'}usage: preannotate ${this.usage}\n`);
      return 2;
    }
    const { docs, errors } = await readDocs(parsed.positionals);
    for (const e of errors) io.stderr(formatInputError(e) + '\n');
    const records: GoldRecord[] = [];
    const schema = new SchemaIndex(frConflictNews);
    let entities = 0;
    let events = 0;
    const started = Date.now();
    let drawn = 0;
    for (const [k, doc] of docs.entries()) {
      const set = run(doc, schema.schema, { minConfidence: min });
      entities += set.entities.length;
      events += set.events.length;
      records.push(partsToRecord(doc, set));
      // Redrawn at most every 100 ms, and once at the end.
      if (io.isTTY && (Date.now() - drawn > 100 || k + 1 === docs.length)) {
        io.stderr(bar(k + 1, docs.length));
        drawn = Date.now();
      }
    }
    if (io.isTTY && docs.length) io.stderr('\n');
    await writeOutputFile(parsed.values.output, serializeGoldJsonl(records, { includePending: true }));
    const secs = ((Date.now() - started) / 1000).toFixed(2);
    io.stderr(
      `preannotate: ${docs.length} document(s), ${entities} entities, ${events} events in ${secs} s → ${parsed.values.output}` +
        `${errors.length ? `; ${errors.length} input problem(s)` : ''}\n`,
    );
    return errors.length && !docs.length ? 1 : 0;
  },
};
