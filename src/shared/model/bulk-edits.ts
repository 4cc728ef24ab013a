import type { OffsetMap } from '../text/offsets';
import { snapToWords, wholeWordOccurrences, type Range } from '../text/word-bounds';
import { idAllocator } from './ids';
import type { Operation } from './operations';
import type { AnnotationSet, EntityMention } from './types';

/**
 * Gestures over many places at once: "label every occurrence of this string", "label every search hit",
 * "remove every mention of this string". Each gives one batch operation (one undo) and how many places
 * it takes, so the user is told before it runs.
 */
export interface BulkEdit {
  operation: Operation | null;
  count: number;
}

/**
 * New mentions of `label` over the ranges (snapped to whole words), skipping those a mention of that
 * label already overlaps and those crossing a line; `suggest` makes them pending suggestions instead of
 * the annotator's own.
 */
export function labelRanges(set: AnnotationSet, map: OffsetMap, ranges: Range[], label: string, suggest = false): BulkEdit {
  const same = set.entities.filter((m) => m.label === label).sort((a, b) => a.start - b.start);
  const taken: Range[] = [...same];
  const nextId = idAllocator([...set.entities, ...set.events]);
  const mentions: EntityMention[] = [];
  for (const range of ranges) {
    const { start, end } = snapToWords(map, range);
    if (start === end || taken.some((t) => t.start < end && start < t.end)) continue;
    const text = map.slice(start, end);
    if (text.includes('\n')) continue;
    mentions.push({
      id: nextId('T'),
      start,
      end,
      text,
      label,
      ...(suggest ? { source: 'heuristic' as const, confidence: 0.5 } : { source: 'human' as const }),
    });
    taken.push({ start, end });
  }
  const operations = mentions.map((mention): Operation => ({ kind: 'addMention', mention }));
  return { operation: operations.length ? { kind: 'batch', label: `label ${label}`, operations } : null, count: operations.length };
}

/** Every other whole-word occurrence of the text labelled like the mention. */
export function labelOccurrences(set: AnnotationSet, map: OffsetMap, text: string, label: string, suggest = false): BulkEdit {
  return labelRanges(set, map, wholeWordOccurrences(map, text), label, suggest);
}

/** Every mention with exactly this text and label, removed (with the arguments that name them). */
export function removeOccurrences(set: AnnotationSet, text: string, label: string): BulkEdit {
  const operations = set.entities.filter((m) => m.text === text && m.label === label).map((m): Operation => ({ kind: 'deleteMention', id: m.id }));
  return { operation: operations.length ? { kind: 'batch', label: `remove ${label}`, operations } : null, count: operations.length };
}
