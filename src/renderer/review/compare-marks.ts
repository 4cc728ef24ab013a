import type { DocumentAlignment, VariantKind } from '../../shared/review/align';
import { drawnKeys, type Disagreement } from '../../shared/review/disagreements';
import type { SchemaIndex } from '../../shared/schema/lookup';
import type { OffsetMap } from '../../shared/text/offsets';
import type { Mark } from './nesting';

/**
 * What the comparison draws: each annotator's mentions and triggers (side by side), or every variant
 * once with who made it (merged). A mark says its agreement by a line style AND a symbol in its tag,
 * and who made it by the annotators' symbols, so colour is never the only sign.
 */
export interface ReviewMark extends Mark {
  kind: 'mention' | 'trigger';
  status: VariantKind;
  tag: string;
  color: string;
  /** Indices of the disagreements it belongs to, space-separated (matched with `~=`). */
  units: string;
}

/** Symbols that carry each kind of variant, shown in the tag after the label. */
export const STATUS_SYMBOL: Record<VariantKind, string> = { agree: '', label: '≠', type: '≠', boundary: '↔', role: '≠', filler: '≠', only: '+' };

/** Each annotator's colour and symbol, by position in the comparison. */
export const ANNOTATOR_STYLES = [
  { symbol: '●', color: '#1f6fb4' },
  { symbol: '▲', color: '#c0392b' },
  { symbol: '■', color: '#2e7d32' },
  { symbol: '◆', color: '#7b3fa0' },
  { symbol: '★', color: '#b8860b' },
];

export const annotatorStyle = (i: number) => ANNOTATOR_STYLES[i % ANNOTATOR_STYLES.length];

/** For each variant key drawn in the text, the disagreements it belongs to. */
export function unitsByKey(disagreements: readonly Disagreement[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  disagreements.forEach((d, i) => {
    for (const key of drawnKeys(d)) {
      const list = out.get(key);
      if (!list) out.set(key, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  return out;
}

interface Drawable {
  key: string;
  start: number;
  end: number;
  name: string;
  kind: 'mention' | 'trigger';
  status: VariantKind;
  annotators: string[];
}

function drawables(alignment: DocumentAlignment): Drawable[] {
  return [
    ...alignment.mentions.map((v) => ({
      key: v.key,
      start: v.start,
      end: v.end,
      name: v.label,
      kind: 'mention' as const,
      status: v.kind,
      annotators: v.annotators,
    })),
    ...alignment.triggers.map((v) => ({
      key: v.key,
      start: v.start,
      end: v.end,
      name: v.type,
      kind: 'trigger' as const,
      status: v.kind,
      annotators: v.annotators,
    })),
  ];
}

function toMark(d: Drawable, tag: string, units: Map<string, number[]>, map: OffsetMap, schema: SchemaIndex): ReviewMark {
  const color = (d.kind === 'mention' ? schema.label(d.name)?.color : schema.eventType(d.name)?.color) ?? (d.kind === 'mention' ? '#dddddd' : '#555555');
  return {
    key: d.key,
    from: map.toUtf16(d.start),
    to: map.toUtf16(d.end),
    kind: d.kind,
    status: d.status,
    tag,
    color,
    units: (units.get(d.key) ?? []).join(' '),
  };
}

const withSymbol = (d: Drawable) => (STATUS_SYMBOL[d.status] ? `${d.name} ${STATUS_SYMBOL[d.status]}` : d.name);

/** Events every annotator has but whose attributes differ (realis): their tags say the attribute. */
function disputedAttributes(disagreements: readonly Disagreement[]): Map<string, string> {
  return new Map(disagreements.flatMap((d) => (d.attribute ? [[d.attribute.eventKey, d.attribute.name] as const] : [])));
}

/** One annotator's column: what that annotator made; a disputed attribute shows this annotator's value. */
export function columnMarks(
  alignment: DocumentAlignment,
  annotator: string,
  disagreements: readonly Disagreement[],
  units: Map<string, number[]>,
  map: OffsetMap,
  schema: SchemaIndex,
): ReviewMark[] {
  const disputed = disputedAttributes(disagreements);
  const events = new Map(alignment.triggers.map((t) => [t.key, t]));
  return drawables(alignment)
    .filter((d) => d.annotators.includes(annotator))
    .map((d) => {
      const name = disputed.get(d.key);
      const value = name === undefined ? undefined : events.get(d.key)?.items.get(annotator)?.attributes?.[name];
      return toMark(d, name === undefined ? withSymbol(d) : `${d.name} ${String(value ?? '—')} ≠`, units, map, schema);
    });
}

/** The merged text: every variant once; a disputed one names who made it by their symbols. */
export function mergedMarks(
  alignment: DocumentAlignment,
  disagreements: readonly Disagreement[],
  units: Map<string, number[]>,
  map: OffsetMap,
  schema: SchemaIndex,
): ReviewMark[] {
  const symbol = new Map(alignment.annotators.map((a, i) => [a, annotatorStyle(i).symbol]));
  const disputed = disputedAttributes(disagreements);
  return drawables(alignment).map((d) => {
    const who = d.status === 'agree' ? '' : ` ${d.annotators.map((a) => symbol.get(a)).join('')}`;
    const attribute = disputed.has(d.key) ? ` ${disputed.get(d.key)} ≠` : '';
    return toMark(d, `${withSymbol(d)}${attribute}${who}`, units, map, schema);
  });
}
