/**
 * Large corpora made from the seeds' gold annotations, so that nothing large is committed: each
 * sentence of the gold documents becomes a piece (its text, the mentions and event frames wholly inside
 * it, arguments kept when their filler is in the same sentence), and a document is a shuffle of pieces
 * drawn with a seeded random generator, offsets shifted to where each piece lands. Every record passes
 * the gold JSONL rules (code-point offsets, ids, references), so the corpus exercises real parsing and
 * validation. `npx tsx bench/generate-corpus.ts 10000 > big.jsonl` writes one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGoldJsonl, serializeGoldRecord } from '../src/shared/formats/gold-jsonl';
import type { EntityMention, EventFrame, GoldRecord } from '../src/shared/model/types';
import { codePointLength } from '../src/shared/text/offsets';
import { sentences } from '../src/shared/text/segment';

interface Piece {
  text: string;
  length: number;
  entities: EntityMention[];
  events: EventFrame[];
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function piecesOf(record: GoldRecord): Piece[] {
  return sentences(record.text).map((s) => {
    const inside = (span: { start: number; end: number }) => span.start >= s.start && span.end <= s.end;
    const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start - s.start, end: span.end - s.start });
    const entities = record.entities.filter(inside).map(shift);
    const ids = new Set(entities.map((m) => m.id));
    const events = record.events
      .filter((e) => inside(e.trigger))
      .map((e) => ({ ...e, trigger: shift(e.trigger), arguments: e.arguments.filter((a) => ids.has(a.entity)) }));
    return { text: s.text, length: codePointLength(s.text), entities, events };
  });
}

let cached: Piece[] | null = null;
function seedPieces(): Piece[] {
  if (cached) return cached;
  const file = fileURLToPath(new URL('../test/fixtures/seeds.gold.jsonl', import.meta.url));
  cached = parseGoldJsonl(readFileSync(file, 'utf8'), { file }).records.flatMap(piecesOf);
  return cached;
}

/** One document of 4 to 16 sentences (a news article) drawn from the seeds, with its annotations renumbered. */
function documentOf(index: number, next: () => number, pieces: Piece[], annotator: string): GoldRecord {
  const count = 4 + Math.floor(next() * 13);
  let text = '';
  let offset = 0;
  const entities: EntityMention[] = [];
  const events: EventFrame[] = [];
  for (let k = 0; k < count; k++) {
    const piece = pieces[Math.floor(next() * pieces.length)];
    if (k > 0) {
      const gap = next() < 0.3 ? '\n\n' : ' ';
      text += gap;
      offset += gap.length;
    }
    const rename = new Map(piece.entities.map((m) => [m.id, `T${entities.length + piece.entities.indexOf(m) + 1}`]));
    for (const m of piece.entities) entities.push({ ...m, id: rename.get(m.id)!, start: m.start + offset, end: m.end + offset });
    for (const e of piece.events) {
      const trigger = { ...e.trigger, start: e.trigger.start + offset, end: e.trigger.end + offset };
      events.push({ ...e, id: `E${events.length + 1}`, trigger, arguments: e.arguments.map((a) => ({ ...a, entity: rename.get(a.entity)! })) });
    }
    text += piece.text;
    offset += piece.length;
  }
  const id = `gen_${String(index).padStart(6, '0')}`;
  return { id, text, meta: { source: `${id}.txt` }, annotator, status: 'done', schema: 'fr-conflict-news@1', entities, events };
}

/** `documents` gold records made from the seeds' sentences, reproducibly from `seed`. */
export function generateCorpus(documents: number, seed = 14, annotator = 'gold'): GoldRecord[] {
  const next = random(seed);
  const pieces = seedPieces();
  return Array.from({ length: documents }, (_, i) => documentOf(i, next, pieces, annotator));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 1000);
  for (const record of generateCorpus(n)) process.stdout.write(serializeGoldRecord(record) + '\n');
}
