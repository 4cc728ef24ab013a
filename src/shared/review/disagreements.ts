import type { ArgumentVariant, DocumentAlignment, MentionVariant, TriggerVariant, Variant } from './align';

/**
 * What a reviewer decides, one DISAGREEMENT at a time: the alignment's variants that are not shared by
 * every annotator, grouped so that alternatives are decided together (a mention labelled two ways is
 * one disagreement, not two). Variants are joined when the alignment names them alternatives
 * (`conflicts`); a variant nobody contradicts is a disagreement of its own ("missing": only some
 * annotators have it).
 * - `label`, `boundary`, `missing`: mentions;
 * - `event`: triggers (type, boundary, only some have the event) with the arguments of those events,
 *   and an agreed event whose attributes differ (realis);
 * - `argument`: arguments of an event every annotator has.
 * Disagreements come in reading order (start, longest first).
 */

export const DISAGREEMENT_KINDS = ['label', 'boundary', 'missing', 'event', 'argument'] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

/** An agreed event whose annotators gave an attribute different values. */
export interface AttributeConflict {
  eventKey: string;
  name: string;
  /** Each annotator's value (undefined: not given). */
  values: Map<string, unknown>;
}

export interface Disagreement {
  /** Stable across sessions (made from the variants' keys): comments are kept under it. */
  id: string;
  kind: DisagreementKind;
  /** The conflict in one word: label, boundary, only, type, role, filler, or the attribute's name. */
  detail: string;
  /** Text extent, code points. */
  start: number;
  end: number;
  /** Labels, event types and roles involved (for the filter by label). */
  labels: string[];
  mentions: MentionVariant[];
  triggers: TriggerVariant[];
  arguments: ArgumentVariant[];
  attribute?: AttributeConflict;
}

/** Non-agreed variants grouped by the conflicts between them (union–find over keys), in their order. */
function clusters<V extends Variant<unknown>>(variants: readonly V[]): V[][] {
  const open = variants.filter((v) => v.kind !== 'agree');
  const parent = new Map(open.map((v) => [v.key, v.key]));
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const v of open) for (const c of v.conflicts) if (parent.has(c.with)) parent.set(root(c.with), root(v.key));
  const groups = new Map<string, V[]>();
  for (const v of open) {
    const r = root(v.key);
    const g = groups.get(r);
    if (g) g.push(v);
    else groups.set(r, [v]);
  }
  return [...groups.values()];
}

const SEP = /\u001f/g;
const idOf = (prefix: string, v: { key: string }) => `${prefix}:${v.key.replace(SEP, '|')}`;
const conflictOf = (vs: Variant<unknown>[], order: string[]) => order.find((k) => vs.some((v) => v.conflicts.some((c) => c.kind === k))) ?? 'only';
const unique = (xs: string[]) => [...new Set(xs)];

const IGNORED_ATTRIBUTES = new Set(['proposed_by', 'merge_into']);

/** Attributes of an agreed event that its annotators filled differently. */
function attributeConflicts(t: TriggerVariant): AttributeConflict[] {
  const names = new Set<string>();
  for (const e of t.items.values()) for (const n of Object.keys(e.attributes ?? {})) if (!IGNORED_ATTRIBUTES.has(n)) names.add(n);
  const out: AttributeConflict[] = [];
  for (const name of [...names].sort()) {
    const values = new Map([...t.items].map(([a, e]) => [a, e.attributes?.[name]]));
    if (new Set([...values.values()].map((v) => JSON.stringify(v ?? null))).size > 1) out.push({ eventKey: t.key, name, values });
  }
  return out;
}

export function disagreementsOf(alignment: DocumentAlignment): Disagreement[] {
  const out: Disagreement[] = [];
  const mentionByKey = new Map(alignment.mentions.map((m) => [m.key, m]));
  for (const group of clusters(alignment.mentions)) {
    const detail = conflictOf(group, ['label', 'boundary']);
    out.push({
      id: idOf('m', group[0]),
      kind: detail === 'only' ? 'missing' : (detail as DisagreementKind),
      detail,
      start: Math.min(...group.map((v) => v.start)),
      end: Math.max(...group.map((v) => v.end)),
      labels: unique(group.map((v) => v.label)),
      mentions: group,
      triggers: [],
      arguments: [],
    });
  }
  const agreedEvents = new Map(alignment.triggers.filter((t) => t.kind === 'agree').map((t) => [t.key, t]));
  for (const group of clusters(alignment.triggers)) {
    const keys = new Set(group.map((t) => t.key));
    const args = alignment.arguments.filter((a) => keys.has(a.eventKey));
    out.push({
      id: idOf('e', group[0]),
      kind: 'event',
      detail: conflictOf(group, ['type', 'boundary']),
      start: Math.min(...group.map((v) => v.start)),
      end: Math.max(...group.map((v) => v.end)),
      labels: unique([...group.map((v) => v.type), ...args.map((a) => a.role)]),
      mentions: [],
      triggers: group,
      arguments: args,
    });
  }
  for (const t of agreedEvents.values()) {
    for (const attribute of attributeConflicts(t)) {
      out.push({
        id: `${idOf('a', t)}|${attribute.name}`,
        kind: 'event',
        detail: attribute.name,
        start: t.start,
        end: t.end,
        labels: [t.type],
        mentions: [],
        triggers: [],
        arguments: [],
        attribute,
      });
    }
  }
  const argsOfAgreed = alignment.arguments.filter((a) => agreedEvents.has(a.eventKey));
  for (const group of clusters(argsOfAgreed)) {
    const event = agreedEvents.get(group[0].eventKey)!;
    const fillers = group.map((a) => mentionByKey.get(a.fillerKey)).filter((m): m is MentionVariant => m !== undefined);
    out.push({
      id: idOf('r', group[0]),
      kind: 'argument',
      detail: conflictOf(group, ['role', 'filler']),
      start: Math.min(event.start, ...fillers.map((m) => m.start)),
      end: Math.max(event.end, ...fillers.map((m) => m.end)),
      labels: unique([event.type, ...group.map((a) => a.role)]),
      mentions: [],
      triggers: [],
      arguments: group,
    });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The variant keys a disagreement draws on in the text: its mentions and triggers, an argument's event and fillers. */
export function drawnKeys(d: Disagreement): string[] {
  return [
    ...d.mentions.map((m) => m.key),
    ...d.triggers.map((t) => t.key),
    ...d.arguments.flatMap((a) => [a.eventKey, a.fillerKey]),
    ...(d.attribute ? [d.attribute.eventKey] : []),
  ];
}

export interface DisagreementFilter {
  /** Empty: every kind. */
  kinds: readonly DisagreementKind[];
  /** A label, event type or role; null: any. */
  label: string | null;
}

export function matchesFilter(d: Disagreement, filter: DisagreementFilter): boolean {
  return (filter.kinds.length === 0 || filter.kinds.includes(d.kind)) && (filter.label === null || d.labels.includes(filter.label));
}
