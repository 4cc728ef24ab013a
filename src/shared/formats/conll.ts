import type { EntityMention, GoldRecord } from '../model/types';
import type { Schema } from '../schema/types';
import { sentences, type Segment } from '../text/segment';
import { keptTokens, wordTokens } from './kept-tokens';
import { withoutPending } from './gold-jsonl';
import { byPosition, plural } from './common';
import type { ExportOptions, ExportResult } from './files';

/**
 * CoNLL IOB2 export: `token<TAB>B-LABEL` one token a line (the tokens the record came with, else
 * `exportTokens()`), a blank line after each sentence (where the kept tokens had a line break, else
 * `sentences()`), and `-DOCSTART-<TAB>O` followed by a blank line at the start of each document, as in
 * CoNLL-2003. A sentence break never falls inside a mention (no sentence starts with `I-`, which strict
 * readers refuse): the sentences are joined there. BIO cannot nest: the outermost mention is kept and the
 * dropped ones are counted in the warnings, as are mentions whose edges fall inside a token and events.
 * Reading CoNLL back is `conll-import.ts`.
 */

export const DOCSTART = '-DOCSTART-\tO';

interface Dropped {
  nested: number;
  crossing: number;
  unaligned: number;
  events: number;
}

/** Outermost mentions: a mention inside or across an earlier, longer one is dropped. */
export function outermost(entities: EntityMention[], dropped: Pick<Dropped, 'nested' | 'crossing'>): EntityMention[] {
  const kept: EntityMention[] = [];
  for (const m of [...entities].sort(byPosition)) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
    else if (m.end <= last.end) dropped.nested++;
    else dropped.crossing++;
  }
  return kept;
}

function tagTokens(tokens: Segment[], entities: EntityMention[], dropped: Dropped): string[] {
  const tags = tokens.map(() => 'O');
  let from = 0;
  for (const m of outermost(entities, dropped)) {
    while (from < tokens.length && tokens[from].end <= m.start) from++;
    let k = from;
    while (k < tokens.length && tokens[k].start < m.end) k++;
    if (k === from || tokens[from].start !== m.start || tokens[k - 1].end !== m.end) dropped.unaligned++;
    for (let i = from; i < k; i++) tags[i] = `${i === from ? 'B' : 'I'}-${m.label}`;
  }
  return tags;
}

/** Index of the first token of each sentence: line breaks between kept tokens, else `sentences()`. */
function sentenceStarts(record: GoldRecord, tokens: Segment[]): Set<number> {
  const starts = new Set<number>();
  if (keptTokens(record)) {
    const chars = [...record.text];
    tokens.forEach((t, i) => {
      if (i > 0 && chars.slice(tokens[i - 1].end, t.start).includes('\n')) starts.add(i);
    });
    return starts;
  }
  let t = 0;
  for (const s of sentences(record.text)) {
    while (t < tokens.length && tokens[t].end <= s.start) t++;
    if (t < tokens.length && t > 0) starts.add(t);
  }
  return starts;
}

function documentLines(record: GoldRecord, dropped: Dropped): string[] {
  dropped.events += record.events.length;
  const tokens = wordTokens(record);
  const tags = tagTokens(tokens, record.entities, dropped);
  const starts = sentenceStarts(record, tokens);
  const lines = [DOCSTART, ''];
  tokens.forEach((token, i) => {
    // A sentence never starts inside a mention: strict readers refuse a sentence that opens with I-.
    if (starts.has(i) && !tags[i].startsWith('I-')) lines.push('');
    lines.push(`${token.text}\t${tags[i]}`);
  });
  if (tokens.length) lines.push('');
  return lines;
}

export function exportConll(records: GoldRecord[], _schema: Schema, options: ExportOptions = {}): ExportResult {
  const dropped: Dropped = { nested: 0, crossing: 0, unaligned: 0, events: 0 };
  const lines = records.flatMap((r) => documentLines(options.includePending ? r : withoutPending(r), dropped));
  const warnings: string[] = [];
  if (dropped.nested) warnings.push(`${plural(dropped.nested, 'nested mention')} dropped (BIO keeps the outermost)`);
  if (dropped.crossing) warnings.push(`${plural(dropped.crossing, 'overlapping mention')} dropped (BIO keeps the first, longest)`);
  if (dropped.unaligned) warnings.push(`${plural(dropped.unaligned, 'mention')} not on token boundaries, tagged on the tokens they overlap`);
  if (dropped.events) warnings.push(`${plural(dropped.events, 'event')} left out (CoNLL BIO has no events)`);
  return { files: [{ name: 'conll.txt', content: lines.map((l) => l + '\n').join('') }], warnings };
}
