import type { DocumentAlignment, MentionVariant } from '../../shared/review/align';
import { GoldIndex } from '../../shared/review/decisions';
import type { Disagreement } from '../../shared/review/disagreements';
import { isPending, type AnnotationSet } from '../../shared/model/types';

/** A disagreement as the reviewer reads it: each annotator's version in words, and what the gold set now holds. */

const quote = (text: string) => `«${text.length > 60 ? `${text.slice(0, 59)}…` : text}»`;

export function mentionIndex(alignment: DocumentAlignment): Map<string, MentionVariant> {
  return new Map(alignment.mentions.map((m) => [m.key, m]));
}

/** What one annotator has in this disagreement, one line per item; empty when nothing. */
export function versionOf(d: Disagreement, annotator: string, mentions: Map<string, MentionVariant>): string[] {
  const filler = (key: string) => {
    const m = mentions.get(key);
    return m ? `${quote(m.items.values().next().value!.text)} ${m.label}` : '?';
  };
  if (d.attribute) {
    const value = d.attribute.values.get(annotator);
    return [`${d.attribute.name}: ${value === undefined ? '—' : String(value)}`];
  }
  const lines: string[] = [];
  for (const m of d.mentions) {
    const item = m.items.get(annotator);
    if (item) lines.push(`${m.label} ${quote(item.text)}`);
  }
  for (const t of d.triggers) {
    const item = t.items.get(annotator);
    if (!item) continue;
    const realis = item.attributes?.realis ? ` (${String(item.attributes.realis)})` : '';
    lines.push(`${t.type} ${quote(item.trigger.text)}${realis}`);
    for (const a of d.arguments) if (a.eventKey === t.key && a.items.has(annotator)) lines.push(`  ${a.role}: ${filler(a.fillerKey)}`);
  }
  if (!d.triggers.length) for (const a of d.arguments) if (a.items.has(annotator)) lines.push(`${a.role}: ${filler(a.fillerKey)}`);
  return lines;
}

/** The disagreement's items as the gold set has them now (accepted ones), one line each. */
const indexes = new WeakMap<AnnotationSet, GoldIndex>();

/** The gold set's index, built once per version of the set (the queue shows many disagreements of one version). */
function goldIndexOf(gold: AnnotationSet): GoldIndex {
  let index = indexes.get(gold);
  if (!index) indexes.set(gold, (index = new GoldIndex(gold)));
  return index;
}

export function goldVersion(d: Disagreement, gold: AnnotationSet, mentions: Map<string, MentionVariant>): string[] {
  const index = goldIndexOf(gold);
  const lines: string[] = [];
  const accepted = <T extends { source?: 'human' | 'heuristic' }>(x: T | undefined): x is T => x !== undefined && !isPending(x);
  if (d.attribute) {
    const e = index.events.get(d.attribute.eventKey);
    return accepted(e) ? [`${d.attribute.name}: ${String(e.attributes?.[d.attribute.name] ?? '—')}`] : [];
  }
  for (const m of d.mentions) {
    const g = index.mentions.get(m.key);
    if (accepted(g)) lines.push(`${g.label} ${quote(g.text)}`);
  }
  for (const t of d.triggers) {
    const g = index.events.get(t.key);
    if (accepted(g)) lines.push(`${g.type} ${quote(g.trigger.text)}`);
  }
  for (const a of d.arguments) {
    const parent = index.events.get(a.eventKey);
    if (!accepted(parent)) continue;
    const has = parent.arguments.some((x) => x.role === a.role && index.mentionKeyOf(x.entity) === a.fillerKey);
    const m = mentions.get(a.fillerKey);
    if (has) lines.push(`${a.role}: ${m ? quote(m.items.values().next().value!.text) : '?'}`);
  }
  return lines;
}
