/**
 * Gold JSONL at scale: 10 000 documents made from the seeds (generate-corpus.ts), serialised (export)
 * and parsed with every rule of the contract checked against the default schema (import), in Node on
 * one core. Figures are in documents per CPU second of this process (see preannotate.bench.ts for why).
 */
import { parseGoldJsonl, serializeGoldJsonl } from '../src/shared/formats/gold-jsonl';
import { frConflictNews, SchemaIndex } from '../src/shared/schema';
import { generateCorpus } from './generate-corpus';
import type { BenchResult } from './run';

const DOCUMENTS = 10_000;

function cpuSeconds(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

export async function run(): Promise<BenchResult> {
  const records = generateCorpus(DOCUMENTS);
  // Warm-up on a slice, so that the JIT has settled before the timed passes.
  parseGoldJsonl(serializeGoldJsonl(records.slice(0, 200)), { file: 'warm.jsonl', schema: new SchemaIndex(frConflictNews) });
  let content = '';
  const exportSeconds = cpuSeconds(() => {
    content = serializeGoldJsonl(records);
  });
  let parsed: ReturnType<typeof parseGoldJsonl> | null = null;
  const importSeconds = cpuSeconds(() => {
    parsed = parseGoldJsonl(content, { file: 'bench.jsonl', schema: new SchemaIndex(frConflictNews) });
  });
  const result = parsed as unknown as ReturnType<typeof parseGoldJsonl>;
  return {
    figures: {
      export_docs_per_s: Math.round(DOCUMENTS / exportSeconds),
      import_docs_per_s: Math.round(DOCUMENTS / importSeconds),
    },
    details: {
      documents: DOCUMENTS,
      megabytes: Number((Buffer.byteLength(content, 'utf8') / 1e6).toFixed(1)),
      mentions: records.reduce((n, r) => n + r.entities.length, 0),
      events: records.reduce((n, r) => n + r.events.length, 0),
      export_seconds: Number(exportSeconds.toFixed(2)),
      import_seconds: Number(importSeconds.toFixed(2)),
      // The generated corpus must be valid: otherwise the import figure would time error reporting.
      import_errors: result.errors.length,
      imported: result.records.length,
    },
  };
}
