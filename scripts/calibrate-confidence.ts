// Writes src/shared/preannotate/data/calibration.json: for every label (entities) and event type, and every raw
// score a recognizer gives, the precision its suggestions reached on the CALIBRATION part of the gold sets:
//   bench/real/real1 … real5 jointly (real published news, the news the pre-annotator is for; 62 articles), so that no
//   one set's habits decide a score's confidence.
// The seeds and the written-for-the-project held-out sets are left out: the pre-annotator was tuned on them until it was
// nearly always right there, which would promise more than it keeps on news it has never seen.
// The CHECK is the next real-news set, sealed in bench/sealed/ until its single run (real6 in round 3): never read here, so the
// reliability table that `npm run bench:quality` prints for it says whether the calibration holds on news never seen.
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
const files = ['real1', 'real2', 'real3', 'real4', 'real5'].map((set) => join(root, 'bench', 'real', `${set}.gold.jsonl`));
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
// A label or event type seen only a few times (two `Contact.Meet`, both wrong) leans on the precision of all suggestions.
const all = [...byLabel.values()].reduce((t, c) => ({ tp: t.tp + c.tp, n: t.n + c.n }), { tp: 0, n: 0 });
const labelPrecision = Object.fromEntries([...byLabel].map(([k, c]) => [k, round((c.tp + (PRIOR * all.tp) / all.n) / (c.n + PRIOR))]));
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
  '//': 'Written by scripts/calibrate-confidence.ts from bench/real/real1 … real5 jointly (the calibration part); never edit by hand.',
  entities: pick(false),
  events: pick(true),
  byLabel: labelPrecision,
  counts: Object.fromEntries([...byKey].sort().map(([k, c]) => [k, `${c.tp}/${c.n}`])),
};
writeFileSync(join(root, 'src', 'shared', 'preannotate', 'data', 'calibration.json'), JSON.stringify(out, null, 1) + '\n');
process.stdout.write(`calibration.json: ${byKey.size} raw scores from ${files.length} files\n`);
