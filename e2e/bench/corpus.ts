import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Large articles for the benchmarks, made from the seeds' own sentences shuffled (a seeded random
 * generator, so every run measures the same text): nothing large is committed.
 */
const seedDir = join(import.meta.dirname, '..', '..', 'seeds');

function sentences(): string[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(seedDir, f), 'utf8')
        .replace(/^\s*date \d{4}-\d{2}(-\d{2})?\s*/, '')
        .split(/(?<=[.!?])\s+/)
        .filter((s) => s.length > 20),
    );
}

export function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => ((s = (s * 48271) % 2147483647), s % n);
}

/** An article of about `length` characters, in paragraphs of 3 to 8 sentences. */
export function article(length: number, seed = 1): string {
  const all = sentences();
  const rand = random(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < length) {
    const p = Array.from({ length: 3 + rand(6) }, () => all[rand(all.length)]).join(' ');
    paragraphs.push(p);
    size += p.length + 1;
  }
  return paragraphs.join('\n').slice(0, length);
}

/** A gold JSONL record of the article with about `count` pending mentions on its words, one in ten nested in a longer one. */
export function recordWithMentions(id: string, text: string, count: number): string {
  const words = [...text.matchAll(/\p{L}{3,}/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const step = Math.max(1, Math.floor(words.length / (count * 0.92)));
  const entities: object[] = [];
  for (let i = 0, n = 0; i < words.length - 1 && entities.length < count; i += step, n++) {
    const w = words[i];
    entities.push({
      id: `T${entities.length + 1}`,
      start: w.start,
      end: w.end,
      label: 'GPE',
      text: text.slice(w.start, w.end),
      source: 'heuristic',
      confidence: 0.5 + (n % 5) / 10,
    });
    if (n % 10 === 0 && words[i + 1].start - w.end === 1) {
      const end = words[i + 1].end;
      entities.push({ id: `T${entities.length + 1}`, start: w.start, end, label: 'ORG', text: text.slice(w.start, end), source: 'heuristic', confidence: 0.6 });
    }
  }
  return (
    JSON.stringify({
      id,
      text,
      meta: { source: `${id}.txt` },
      annotator: 'bench',
      status: 'pre-annotated',
      schema: 'fr-conflict-news@1',
      entities,
      events: [],
    }) + '\n'
  );
}
