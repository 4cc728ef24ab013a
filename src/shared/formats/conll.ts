import type { EntityMention, GoldRecord } from '../model/types';
import type { Schema } from '../schema/types';
import { sentences } from '../text/segment';
import { exportTokens } from './export-tokens';
import { withoutPending } from './gold-jsonl';
import { byPosition, plural } from './common';
import type { ExportOptions, ExportResult } from './files';

/**
 * CoNLL BIO, export only: `token<TAB>B-LABEL` one token a line (tokens from `exportTokens()`), a blank line
 * after each sentence (`sentences()`), and `-DOCSTART- -X- O O` followed by a blank line at the start of
 * each document, as in CoNLL-2003. BIO cannot nest: the outermost mention is kept and the dropped ones
 * are counted in the warnings, as are mentions whose edges fall inside a token and events.
 */

export const DOCSTART = '-DOCSTART- -X- O O';

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

function tagTokens(text: string, lang: string, entities: EntityMention[], dropped: Dropped): { tokens: ReturnType<typeof exportTokens>; tags: string[] } {
  const tokens = exportTokens(text, lang);
  const tags = tokens.map(() => 'O');
  for (const m of outermost(entities, dropped)) {
    const inside = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.end > m.start && t.start < m.end);
    if (inside.length === 0 || inside[0].t.start !== m.start || inside[inside.length - 1].t.end !== m.end) dropped.unaligned++;
    inside.forEach(({ i }, k) => (tags[i] = `${k === 0 ? 'B' : 'I'}-${m.label}`));
  }
  return { tokens, tags };
}

function documentLines(record: GoldRecord, dropped: Dropped): string[] {
  dropped.events += record.events.length;
  const { tokens, tags } = tagTokens(record.text, typeof record.meta.lang === 'string' ? record.meta.lang : 'fr', record.entities, dropped);
  const lines = [DOCSTART, ''];
  let t = 0;
  for (const s of sentences(record.text)) {
    const before = lines.length;
    while (t < tokens.length && tokens[t].start < s.end) {
      lines.push(`${tokens[t].text}\t${tags[t]}`);
      t++;
    }
    if (lines.length > before) lines.push('');
  }
  // Sentences are trimmed, so no token should be left; if one is, it is not lost.
  if (t < tokens.length) lines.push(...tokens.slice(t).map((tok, k) => `${tok.text}\t${tags[t + k]}`), '');
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
