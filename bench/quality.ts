/**
 * `npm run bench:quality`: runs the pre-annotator on gold sets and prints P/R/F1 as JSON, then as a
 * table: `bench/gold/seeds.gold.jsonl` (development), every `bench/heldout/*.gold.jsonl` (held out, one set per file)
 * and every `bench/real/*.gold.jsonl` (real published news, one set per file).
 * Pass a file to score only that one. `--errors` lists misses and false alarms on stderr.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGoldJsonl } from '../src/shared/formats/gold-jsonl';
import { recordToParts } from '../src/shared/model/types';
import { preannotate } from '../src/shared/preannotate';
import { score, type Prf, type Score } from '../src/shared/preannotate/score';
import { SchemaIndex, frConflictNews } from '../src/shared/schema';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const files = args.filter((a) => !a.startsWith('--'));
const heldDir = join(here, 'heldout');
const realDir = join(here, 'real');
const goldFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.gold.jsonl'))
        .sort()
        .map((f) => join(dir, f))
    : [];
// Each held-out file is its own set: heldout.gold.jsonl was looked at while tuning, blind.gold.jsonl never.
const sets: Record<string, string[]> = files.length
  ? { given: files }
  : {
      development: [join(here, 'gold/seeds.gold.jsonl')],
      ...Object.fromEntries([...goldFiles(heldDir), ...goldFiles(realDir)].map((f) => [basename(f).replace(/\.gold\.jsonl$/, ''), [f]])),
    };

function errors(
  pred: ReturnType<typeof preannotate>,
  gold: {
    entities: { id: string; start: number; end: number; label: string; text: string }[];
    events: { type: string; trigger: { start: number; end: number; text: string }; arguments: { role: string; entity: string }[] }[];
  },
  id: string,
): void {
  const k = (e: { start: number; end: number; label: string }) => `${e.start}:${e.end}:${e.label}`;
  const pk = new Set(pred.entities.map(k)),
    gk = new Set(gold.entities.map(k));
  for (const e of gold.entities) if (!pk.has(k(e))) process.stderr.write(`${id} MISS ${e.label} ${JSON.stringify(e.text)}\n`);
  for (const e of pred.entities) if (!gk.has(k(e))) process.stderr.write(`${id} FA   ${e.label} ${JSON.stringify(e.text)}\n`);
  const tk = (e: { type: string; trigger: { start: number; end: number } }) => `${e.trigger.start}:${e.trigger.end}:${e.type}`;
  const pt = new Set(pred.events.map(tk)),
    gt = new Set(gold.events.map(tk));
  for (const e of gold.events) if (!pt.has(tk(e))) process.stderr.write(`${id} TMISS ${e.type} ${JSON.stringify(e.trigger.text)}\n`);
  for (const e of pred.events) if (!gt.has(tk(e))) process.stderr.write(`${id} TFA   ${e.type} ${JSON.stringify(e.trigger.text)}\n`);
  // Arguments of the triggers found on both sides: the role and filler that one side has and the other lacks.
  const args = (set: typeof gold, byTrigger: Set<string>) => {
    const ent = new Map(set.entities.map((e) => [e.id, e]));
    return set.events
      .filter((ev) => byTrigger.has(tk(ev)))
      .flatMap((ev) => ev.arguments.map((a) => ({ ev, a, f: ent.get(a.entity)! })))
      .map((x) => ({
        key: `${tk(x.ev)}|${x.a.role}|${k(x.f)}`,
        text: `${x.ev.type} ${JSON.stringify(x.ev.trigger.text)} ${x.a.role}=${JSON.stringify(x.f.text)} ${x.f.label}`,
      }));
  };
  const both = new Set([...pt].filter((x) => gt.has(x)));
  const pa = args(pred as typeof gold, both),
    ga = args(gold, both);
  const pak = new Set(pa.map((x) => x.key)),
    gak = new Set(ga.map((x) => x.key));
  for (const x of ga) if (!pak.has(x.key)) process.stderr.write(`${id} AMISS ${x.text}\n`);
  for (const x of pa) if (!gak.has(x.key)) process.stderr.write(`${id} AFA   ${x.text}\n`);
}

interface Bin {
  from: number;
  n: number;
  meanConfidence: number;
  precision: number;
}
/**
 * Reliability per decile of confidence: of the suggestions (entities and triggers) whose confidence falls in
 * [0.9, 1.0), [0.8, 0.9)…, the share that is exactly right. Calibrated, the two columns agree.
 */
function reliability(pairs: { pred: ReturnType<typeof preannotate>; gold: Parameters<typeof errors>[1] }[]): Bin[] {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, ok: 0, conf: 0 }));
  const put = (conf: number, ok: boolean) => {
    const b = bins[Math.min(9, Math.floor(conf * 10))];
    b.n++;
    b.conf += conf;
    if (ok) b.ok++;
  };
  for (const { pred, gold } of pairs) {
    const ents = new Set(gold.entities.map((e) => `${e.start}:${e.end}:${e.label}`));
    for (const e of pred.entities) put(e.confidence ?? 0, ents.has(`${e.start}:${e.end}:${e.label}`));
    const trig = new Set(gold.events.map((e) => `${e.trigger.start}:${e.trigger.end}:${e.type}`));
    for (const e of pred.events) put(e.confidence ?? 0, trig.has(`${e.trigger.start}:${e.trigger.end}:${e.type}`));
  }
  return bins
    .map((b, k) => ({ from: k / 10, n: b.n, meanConfidence: b.n ? b.conf / b.n : 0, precision: b.n ? b.ok / b.n : 0 }))
    .filter((b) => b.n > 0)
    .reverse();
}

const schema = new SchemaIndex(frConflictNews);
const results: Record<string, Score & { documents: number; reliability: Bin[] }> = {};
for (const [name, paths] of Object.entries(sets)) {
  if (!paths.length) continue;
  const pairs = [];
  for (const file of paths) {
    const parsed = parseGoldJsonl(readFileSync(file, 'utf8'), { file, schema });
    for (const e of parsed.errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
    for (const r of parsed.records) {
      const { doc, set } = recordToParts(r);
      const pred = preannotate(doc, frConflictNews);
      if (showErrors) errors(pred, set, doc.id);
      pairs.push({ pred, gold: set });
    }
  }
  results[name] = { documents: pairs.length, ...score(pairs), reliability: reliability(pairs) };
}

const f = (x: Prf) => `${x.p.toFixed(3)} ${x.r.toFixed(3)} ${x.f1.toFixed(3)}`;
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
for (const [name, s] of Object.entries(results)) {
  process.stdout.write(`\n${name} (${s.documents} documents)      exact P R F1        overlap P R F1     gold\n`);
  for (const [label, v] of Object.entries(s.entities)) {
    process.stdout.write(`  entities ${label.padEnd(6)}  ${f(v.exact)}   ${f(v.overlap)}   ${v.exact.tp + v.exact.fn}\n`);
  }
  process.stdout.write(`  triggers         ${f(s.triggers.exact)}   ${f(s.triggers.overlap)}   ${s.triggers.exact.tp + s.triggers.exact.fn}\n`);
  process.stdout.write(`  arguments        ${f(s.arguments)}                       ${s.arguments.tp + s.arguments.fn}\n`);
  for (const [role, v] of Object.entries(s.argumentsByRole)) {
    process.stdout.write(`    role ${role.padEnd(11)}  ${f(v)}                       ${v.tp + v.fn}\n`);
  }
  process.stdout.write(`  realis accuracy  ${s.realis.accuracy.toFixed(3)} on ${s.realis.of} matched triggers\n`);
  process.stdout.write(`  reliability      confidence  n     mean   precision\n`);
  for (const b of s.reliability) {
    process.stdout.write(
      `    [${b.from.toFixed(1)}, ${(b.from + 0.1).toFixed(1)})     ${String(b.n).padStart(5)}  ${b.meanConfidence.toFixed(3)}  ${b.precision.toFixed(3)}\n`,
    );
  }
}
