/**
 * Document consistency: once a string is a named mention, its other occurrences get the same label;
 * the surname alone after a full name (`Haftar` after `Khalifa Haftar`) is the same person.
 */
import * as lexicon from './lexicon';
import type { Cand } from './mention';
import type { Token } from './tokenizer';
import * as words from './word-classes';

// Bound once: module getters are slow in hot loops under some loaders.
const { L, PhraseIndex } = lexicon;
const { STOP } = words;

function textOf(toks: Token[], m: { s: number; e: number }): string {
  return toks
    .slice(m.s, m.e)
    .map((t) => t.text)
    .join(' ');
}

export function propagate(toks: Token[], names: Cand[], lines: { a: number; b: number }[]): Cand[] {
  const index = new PhraseIndex<string>(true);
  const seen = new Set<string>();
  const add = (text: string, label: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    index.add(text, label);
  };
  // Most confident first: a string keeps the label of its strongest reading.
  for (const m of [...names].sort((x, y) => y.conf - x.conf || x.s - y.s)) {
    if (m.conf < 0.45) continue;
    add(textOf(toks, m), m.label);
    const last = toks[m.e - 1];
    if (m.label === L.person && m.e - m.s >= 2 && last.cap && !STOP.has(last.lower)) add(last.text, m.label);
  }
  // A weak guess (`à Haftar` read as a place) yields to the label the string has elsewhere.
  for (const m of names) {
    if (m.conf >= 0.5) continue;
    const hit = index.longestAt(toks, m.s, m.e);
    if (hit && hit.len === m.e - m.s) {
      m.label = hit.value;
      m.conf = 0.6;
    }
  }
  const covered = new Uint8Array(toks.length);
  for (const m of names) for (let k = m.s; k < m.e; k++) covered[k] = 1;
  const out: Cand[] = [];
  for (const { a, b } of lines) {
    for (let i = a; i < b; i++) {
      if (covered[i] || !toks[i].word) continue;
      const hit = index.longestAt(toks, i, b);
      if (!hit) continue;
      let free = true;
      for (let k = i; k < i + hit.len; k++) free &&= !covered[k];
      if (!free) continue;
      // A match must not be glued to a longer capitalised name (`Haftar` inside `Haftar Junior`).
      if (i + hit.len < b && toks[i + hit.len].cap && toks[i + hit.len].word) continue;
      out.push({ s: i, e: i + hit.len, label: hit.value, conf: 0.6, kind: 'name' });
      i += hit.len - 1;
    }
  }
  return out;
}
