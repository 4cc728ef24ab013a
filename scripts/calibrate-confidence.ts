// Writes src/shared/preannotate/data/calibration.json: for every label (entities) and event type, and every raw
// score a recognizer gives, the precision its suggestions reached on the CALIBRATION part of the gold sets:
//   bench/real/real1, real3 and real4 (real news, the news the pre-annotator is for) and the last two blind sets,
//   bench/heldout/blind7 and blind8.
// The seeds and the older held-out sets are left out: the pre-annotator was tuned on them until it was nearly
// always right there, which would promise more than it keeps on news it has never seen.
// The CHECK part — bench/real/real2.gold.jsonl and the sealed real5 (bench/sealed/, then bench/real/) — is never read
// here, so the reliability table that `npm run bench:quality` prints for them says whether the calibration holds on
// news it was not measured on.
//   npx tsx scripts/calibrate-confidence.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGoldJsonl } from '../src/shared/formats/gold-jsonl';
import { recordToParts } from '../src/shared/model/types';
import { preannotate } from '../src/shared/preannotate';
import { rawKey } from '../src/shared/preannotate/calibration';
import { SchemaIndex, frConflictNews } from '../src/shared/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = [
  join(root, 'bench', 'heldout', 'blind7.gold.jsonl'),
  join(root, 'bench', 'heldout', 'blind8.gold.jsonl'),
  join(root, 'bench', 'real', 'real1.gold.jsonl'),
  join(root, 'bench', 'real', 'real3.gold.jsonl'),
  join(root, 'bench', 'real', 'real4.gold.jsonl'),
];
/** Weight of the label's own precision when a raw score was seen only a few times (a Beta prior). */
const PRIOR = 4;

type Tally = Map<string, { tp: number; n: number }>;
const count = (t: Tally, key: string, ok: boolean) => {
  const c = t.get(key) ?? { tp: 0, n: 0 };
  c.n++;
  if (ok) c.tp++;
  t.set(key, c);
};
const byKey: Tally = new Map();
const byLabel: Tally = new Map();
const eventKeys = new Set<string>();
const schema = new SchemaIndex(frConflictNews);
for (const file of files) {
  for (const r of parseGoldJsonl(readFileSync(file, 'utf8'), { file, schema }).records) {
    const { doc, set } = recordToParts(r);
    const pred = preannotate(doc, frConflictNews, { rawConfidence: true });
    const gold = new Set(set.entities.map((e) => `${e.start}:${e.end}:${e.label}`));
    for (const e of pred.entities) {
      const ok = gold.has(`${e.start}:${e.end}:${e.label}`);
      count(byKey, rawKey(e.label, e.confidence ?? 0), ok);
      count(byLabel, e.label, ok);
    }
    const trig = new Set(set.events.map((e) => `${e.trigger.start}:${e.trigger.end}:${e.type}`));
    for (const e of pred.events) {
      const ok = trig.has(`${e.trigger.start}:${e.trigger.end}:${e.type}`);
      const key = rawKey(e.type, e.confidence ?? 0);
      eventKeys.add(key);
      count(byKey, key, ok);
      count(byLabel, e.type, ok);
    }
  }
}
const round = (x: number) => Math.round(x * 100) / 100;
const labelPrecision = Object.fromEntries([...byLabel].map(([k, c]) => [k, round(c.tp / c.n)]));
const smoothed = (key: string, c: { tp: number; n: number }) => {
  const prior = labelPrecision[key.split('@')[0]] ?? 0.5;
  return round((c.tp + PRIOR * prior) / (c.n + PRIOR));
};
const pick = (events: boolean) =>
  Object.fromEntries(
    [...byKey]
      .filter(([k]) => eventKeys.has(k) === events)
      .sort()
      .map(([k, c]) => [k, smoothed(k, c)]),
  );
const out = {
  '//': 'Written by scripts/calibrate-confidence.ts from bench/real/real1, real3, real4, bench/heldout/blind7 and blind8 (the calibration part); never edit by hand.',
  entities: pick(false),
  events: pick(true),
  byLabel: labelPrecision,
  counts: Object.fromEntries([...byKey].sort().map(([k, c]) => [k, `${c.tp}/${c.n}`])),
};
writeFileSync(join(root, 'src', 'shared', 'preannotate', 'data', 'calibration.json'), JSON.stringify(out, null, 1) + '\n');
process.stdout.write(`calibration.json: ${byKey.size} raw scores from ${files.length} files\n`);
