import type { AnnotationSet, Doc, EntityMention, EventFrame } from '../model/types';
import { SchemaIndex } from '../schema/lookup';
import type { Schema } from '../schema/types';
import { schemaRef } from '../schema/types';
import { OffsetMap } from '../text/offsets';
import { sentences } from '../text/segment';
import { argumentsOf, type Sentence } from './arguments';
import { propagate } from './consistency';
import type { Cand } from './mention';
import { findNames } from './names';
import { findNominals } from './nominal';
import { entityConfidence, eventConfidence } from './calibration';
import { isIrrealis } from './realis';
import { findTimes } from './times';
import { tokenizeFast, type Token } from './tokenizer';
import { findTriggers } from './triggers';
import * as words from './word-classes';
import * as lexicon from './lexicon';

// Bound once: module getters are slow in hot loops under some loaders.
const { REALIS } = words;
const { INHERIT, NEEDS_PLACE_OBJECT, ROLE_OF_SLOT } = lexicon;

export interface PreannotateOptions {
  /** Suggestions below this (calibrated) confidence are left out (default 0). */
  minConfidence?: number;
  /** The recognizers' raw scores instead of calibrated confidences (what the calibration is measured from). */
  rawConfidence?: boolean;
}

interface Range {
  a: number;
  b: number;
}

/** Token ranges of the sentences (`sentences()` of text/segment, which never cross a line break). */
function sentenceRanges(text: string, toks: Token[]): Range[] {
  const map = new OffsetMap(text);
  const out: Range[] = [];
  let i = 0;
  for (const s of sentences(text)) {
    const from = map.toUtf16(s.start);
    const to = map.toUtf16(s.end);
    while (i < toks.length && toks[i].s < from) i++;
    const a = i;
    while (i < toks.length && toks[i].e <= to) i++;
    if (i > a) out.push({ a, b: i });
  }
  return mergeAbbreviations(text, toks, out);
}

/** `M. Haftar`, `Dr. X`: the segmenter ends a sentence after the abbreviation; join it back (same line only). */
function mergeAbbreviations(text: string, toks: Token[], ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    const abbrev = prev && prev.b - prev.a >= 2 && toks[prev.b - 1].text === '.' && toks[prev.b - 2].cap && toks[prev.b - 2].text.length <= 3;
    if (abbrev && !text.slice(toks[prev.b - 1].e, toks[r.a].s).includes('\n')) prev.b = r.b;
    else out.push({ ...r });
  }
  return out;
}

const SHOUT_RE = /\p{Ll}/u;

function isShouting(toks: Token[], r: Range): boolean {
  let upper = 0;
  let words = 0;
  for (let k = r.a; k < r.b; k++)
    if (toks[k].word && !toks[k].num) {
      words++;
      if (!SHOUT_RE.test(toks[k].text)) upper++;
    }
  return words >= 3 && upper / words > 0.6;
}

/**
 * Heuristic pre-annotation of one document: entity mentions and event frames, every one with
 * `source: "heuristic"` and a `confidence`. Pure; runs in the CLI, in main and in a renderer worker.
 * Labels and event types absent from `schema` are never proposed.
 */
export function preannotate(doc: Doc, schema: Schema, options: PreannotateOptions = {}): AnnotationSet {
  const index = new SchemaIndex(schema);
  const text = doc.text;
  const toks = tokenizeFast(text);
  const ranges = sentenceRanges(text, toks);
  const names: Cand[] = [];
  for (const r of ranges) {
    const lineStart = r.a === 0 || text.slice(toks[r.a - 1].e, toks[r.a].s).includes('\n');
    names.push(...findNames({ toks, a: r.a, b: r.b, shouting: isShouting(toks, r), lineStart }));
  }
  names.push(...propagate(toks, names, ranges));
  const byStart = (x: Cand, y: Cand) => x.s - y.s || y.e - x.e;
  names.sort(byStart);

  const mentions: Cand[] = [];
  const events: { t: ReturnType<typeof findTriggers>[number]; args: { role: string; m: Cand }[]; irrealis: boolean }[] = [];
  let ni = 0;
  for (const r of ranges) {
    const inSentence: Cand[] = [];
    while (ni < names.length && names[ni].s < r.b) {
      if (names[ni].s >= r.a) inSentence.push(names[ni]);
      ni++;
    }
    // Tokens already covered in this sentence: a later recognizer never overlaps an earlier one.
    const covered = new Uint8Array(r.b - r.a);
    const free = (c: Cand) => {
      for (let k = c.s; k < c.e; k++) if (covered[k - r.a]) return false;
      return true;
    };
    const cover = (c: Cand) => {
      for (let k = c.s; k < c.e; k++) covered[k - r.a] = 1;
    };
    inSentence.forEach(cover);
    for (const c of findTimes(toks, r.a, r.b))
      if (free(c)) {
        inSentence.push(c);
        cover(c);
      }
    const pool = [...inSentence];
    for (const c of findNominals(toks, r.a, r.b)) {
      if (c.nested) {
        if (pool.some((m) => m.label === c.label && m.s < c.e && c.s < m.e)) continue;
        pool.push(c);
        // A nested nominal of people or groups (`bus de l'armée`) is, like any nominal, a mention only when it fills a role.
        if (c.kind === 'means') inSentence.push(c);
        continue;
      }
      if (!free(c) && !(c.kind === 'means' && swallow([inSentence, pool], c))) continue;
      pool.push(c);
      cover(c);
      if (c.kind === 'means') inSentence.push(c);
    }
    const sentence: Sentence = { toks, a: r.a, b: r.b, mentions: pool.filter((m) => index.label(m.label)), schema: index };
    const triggers = findTriggers(toks, r.a, r.b).filter((t) => index.eventType(t.type));
    const first = events.length;
    triggers.forEach((t, k) => {
      const next = triggers.slice(k + 1).find((u) => u.s >= t.e)?.s ?? r.b;
      const args = argumentsOf(sentence, t, next, triggers);
      // Ambiguous verbs (`reprendre` son cours) count only with the place they take.
      if (NEEDS_PLACE_OBJECT.has(t.lemma) && !args.some((x) => x.role === ROLE_OF_SLOT[t.type]?.object)) return;
      events.push({ t, args, irrealis: isIrrealis(toks, r.a, r.b, t) });
    });
    inheritArguments(events.slice(first), index);
    shareCasualtyCircumstances(events.slice(first), toks);
    for (const ev of events.slice(first)) for (const { m } of ev.args) if (!inSentence.includes(m)) inSentence.push(m);
    mentions.push(...inSentence);
  }
  const calibrated = options.rawConfidence
    ? { entity: (_l: string, raw: number) => raw, event: (_t: string, raw: number) => raw }
    : { entity: entityConfidence, event: eventConfidence };
  return emit(doc, schema, index, toks, mentions, events, options.minConfidence ?? 0, calibrated);
}

/**
 * `fusils M16`, `hélicoptères MG-520`: a weak name guess (an acronym, an unknown capitalised word) after the
 * head of a weapon or vehicle noun phrase is its model, part of that mention. Removes such names; false if any other mention is in the way.
 */
function swallow(lists: Cand[][], c: Cand): boolean {
  const inside = lists[0].filter((m) => m.s < c.e && c.s < m.e);
  if (!inside.every((m) => m.kind === 'name' && m.conf < 0.7 && m.s > c.s && m.e <= c.e)) return false;
  for (const list of lists)
    for (const m of inside) {
      const k = list.indexOf(m);
      if (k >= 0) list.splice(k, 1);
    }
  return true;
}

type Found = { t: { type: string }; args: { role: string; m: Cand }[] };

/** Deaths and injuries reported with an attack in one sentence share its attacker, instrument and place (data/triggers.json). */
function inheritArguments(found: Found[], index: SchemaIndex): void {
  for (const ev of found) {
    const rule = INHERIT[ev.t.type];
    if (!rule) continue;
    for (const src of found) {
      if (src.t.type !== rule.from) continue;
      for (const a of src.args) {
        const role = rule.roles[a.role];
        if (!role || index.argumentProblem(ev.t.type, role, a.m.label)) continue;
        // A death that names its own killer (`l'homme qui a tué … a été abattu par des militaires`) keeps it.
        if (role === 'Agent' && ev.args.some((x) => x.role === 'Agent')) continue;
        if (!ev.args.some((x) => x.m === a.m)) ev.args.push({ role, m: a.m });
      }
    }
  }
}

const CASUALTIES = new Set(['Life.Die', 'Life.Injure']);
const SHARED_ROLES = new Set(['Place', 'Time', 'Instrument', 'Agent']);

/**
 * `Deux morts et quatre blessés … à X ce matin`, `tuées et 30 autres blessées dans un attentat à X`: coordinated
 * deaths and injuries share their place, time, instrument and agent (the other trigger in between hides them from one of the two).
 */
function shareCasualtyCircumstances(found: Found[], toks: Token[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const x = found[k] as Found & { t: { s: number; e: number } };
    const y = found[k + 1] as Found & { t: { s: number; e: number } };
    if (!CASUALTIES.has(x.t.type) || !CASUALTIES.has(y.t.type) || x.t.type === y.t.type || y.t.s - x.t.e > 6) continue;
    let joined = false;
    for (let j = x.t.e; j < y.t.s; j++) if (toks[j].key === 'et') joined = true;
    if (!joined) continue;
    for (const [from, to] of [
      [x, y],
      [y, x],
    ])
      for (const a of from.args) if (SHARED_ROLES.has(a.role) && !to.args.some((b) => b.m === a.m)) to.args.push({ role: a.role, m: a.m });
  }
}

/** Two mentions with the same label never overlap: the more confident, then the longer, stays. */
function sameLabelDisjoint(cands: Cand[]): Cand[] {
  const order = [...cands].sort((x, y) => y.conf - x.conf || y.e - y.s - (x.e - x.s) || x.s - y.s);
  // Tokens taken per label: linear in the mentions' lengths, not quadratic in their number.
  const taken = new Map<string, Set<number>>();
  const out: Cand[] = [];
  for (const c of order) {
    const set = taken.get(c.label) ?? new Set<number>();
    taken.set(c.label, set);
    let free = true;
    for (let k = c.s; k < c.e && free; k++) free = !set.has(k);
    if (!free) continue;
    for (let k = c.s; k < c.e; k++) set.add(k);
    out.push(c);
  }
  return out;
}

function emit(
  doc: Doc,
  schema: Schema,
  index: SchemaIndex,
  toks: Token[],
  cands: Cand[],
  events: { t: { s: number; e: number; type: string; verb: boolean }; args: { role: string; m: Cand }[]; irrealis: boolean }[],
  min: number,
  calibrated: { entity: (label: string, raw: number) => number; event: (type: string, raw: number) => number },
): AnnotationSet {
  const map = new OffsetMap(doc.text);
  const span = (s: number, e: number) => {
    const start = map.toCodePoint(toks[s].s);
    const end = map.toCodePoint(toks[e - 1].e);
    return { start, end, text: map.slice(start, end) };
  };
  // Overlaps are settled on the raw scores (what each recognizer knows); the calibrated confidence is what the user sees.
  const kept = sameLabelDisjoint([...new Set(cands)].filter((c) => index.label(c.label) && calibrated.entity(c.label, c.conf) >= min));
  kept.sort((x, y) => x.s - y.s || y.e - x.e || x.label.localeCompare(y.label));
  const ids = new Map<Cand, string>();
  const entities: EntityMention[] = [];
  const bySpan = new Map<string, string>();
  for (const c of kept) {
    const sp = span(c.s, c.e);
    const key = `${sp.start}:${sp.end}:${c.label}`;
    const same = bySpan.get(key);
    if (same) {
      ids.set(c, same);
      continue;
    }
    const id = `T${entities.length + 1}`;
    bySpan.set(key, id);
    ids.set(c, id);
    entities.push({ id, ...sp, label: c.label, source: 'heuristic', confidence: calibrated.entity(c.label, c.conf) });
  }
  const realis = schema.attributes.find((a) => a.name === REALIS.attribute && a.appliesTo === 'event');
  const frames: EventFrame[] = [];
  for (const ev of [...events].sort((x, y) => x.t.s - y.t.s)) {
    const conf = calibrated.event(ev.t.type, ev.t.verb ? 0.7 : 0.65);
    if (conf < min) continue;
    const value = ev.irrealis ? REALIS.irrealis : REALIS.asserted;
    const args = ev.args.filter((a) => ids.has(a.m)).map((a) => ({ role: a.role, entity: ids.get(a.m)! }));
    frames.push({
      id: `E${frames.length + 1}`,
      type: ev.t.type,
      trigger: span(ev.t.s, ev.t.e),
      arguments: args.filter((x, k) => args.findIndex((y) => y.role === x.role && y.entity === x.entity) === k),
      ...(realis && realis.values.includes(value) ? { attributes: { [realis.name]: value } } : {}),
      source: 'heuristic',
      confidence: conf,
    });
  }
  return { docId: doc.id, annotator: 'heuristic', status: 'pre-annotated', schema: schemaRef(schema), entities, events: frames };
}
