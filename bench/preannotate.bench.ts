/**
 * Throughput of the whole pre-annotation pipeline on one core, in MB of text per second, against a
 * bare `tokenize` pass (Intl.Segmenter, src/shared/text/segment.ts) over the same documents.
 * The corpus is the five seeds repeated to about 5 MB, as separate documents; then the same text as ONE
 * document twice: in paragraphs (the seeds' line breaks kept, `\n\n` between them) and on one line (every
 * line break a space), which must run at the same MB/s (pre-annotation is linear in the line's length).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../src/shared/model/types';
import { preannotate } from '../src/shared/preannotate';
import { tokenizeFast } from '../src/shared/preannotate/tokenizer';
import { frConflictNews } from '../src/shared/schema';
import { tokenize } from '../src/shared/text/segment';
import type { BenchResult } from './run';

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const TARGET_BYTES = 5 * 1024 * 1024;

function corpus(): { docs: Doc[]; bytes: number } {
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const docs: Doc[] = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    const text = seeds[k % seeds.length];
    docs.push({ id: `d${k}`, text, meta: { source: `d${k}.txt` } });
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return { docs, bytes };
}

/**
 * Seconds of CPU this process spent in f (user + system). Every pass here runs on one thread, so this is its
 * running time without the time the shared cores gave to other processes: wall-clock figures swing by 3× here
 * when other checkouts run their tests.
 */
function time(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

/** The corpus as one document: its line breaks kept (paragraphs) or turned into spaces (one line). */
function oneDocument(docs: Doc[], oneLine: boolean): Doc {
  const joined = docs.map((d) => d.text.trim()).join('\n\n');
  return { id: oneLine ? 'one-line' : 'paragraphs', text: oneLine ? joined.replace(/\s*\n\s*/g, ' ') : joined, meta: { source: 'bench.txt' } };
}

export async function run(): Promise<BenchResult> {
  const { docs, bytes } = corpus();
  const mb = bytes / 1e6;
  // Warm-up: lexicons are built at module load; let the JIT settle on a slice.
  for (const d of docs.slice(0, 50)) preannotate(d, frConflictNews);
  let entities = 0;
  let events = 0;
  const pipeline = time(() => {
    for (const d of docs) {
      const set = preannotate(d, frConflictNews);
      entities += set.entities.length;
      events += set.events.length;
    }
  });
  const bare = time(() => {
    for (const d of docs) tokenize(d.text);
  });
  const fast = time(() => {
    for (const d of docs) tokenizeFast(d.text);
  });
  const rate = (doc: Doc) => Buffer.byteLength(doc.text, 'utf8') / 1e6 / time(() => preannotate(doc, frConflictNews));
  const paragraphs = rate(oneDocument(docs, false));
  const oneLine = rate(oneDocument(docs, true));
  return {
    figures: {
      preannotate_mb_per_s: Number((mb / pipeline).toFixed(2)),
      tokenize_mb_per_s: Number((mb / bare).toFixed(2)),
      preannotate_one_line_mb_per_s: Number(oneLine.toFixed(2)),
      preannotate_paragraphs_mb_per_s: Number(paragraphs.toFixed(2)),
    },
    details: {
      documents: docs.length,
      megabytes: Number(mb.toFixed(2)),
      entities,
      events,
      pipelineOverTokenize: Number((bare / pipeline).toFixed(2)),
      oneLineOverParagraphs: Number((oneLine / paragraphs).toFixed(2)),
      fastTokenizerMBps: Number((mb / fast).toFixed(2)),
    },
  };
}
