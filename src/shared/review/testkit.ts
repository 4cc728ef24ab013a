import type { EntityMention, EventFrame, GoldRecord } from '../model/types';

/**
 * Small hand-made records for the review tests: mentions as [label, start, end] (text sliced from the
 * document), events as { type, trigger: [start, end], args: [[role, index of the mention]] }.
 */
export interface EventSpec {
  type: string;
  trigger: [number, number];
  args?: Array<[string, number]>;
  attributes?: Record<string, unknown>;
}

export function record(id: string, text: string, annotator: string, mentions: Array<[string, number, number]>, events: EventSpec[] = []): GoldRecord {
  const entities: EntityMention[] = mentions.map(([label, start, end], i) => ({ id: `T${i + 1}`, start, end, label, text: text.slice(start, end) }));
  const evs: EventFrame[] = events.map((e, i) => ({
    id: `E${i + 1}`,
    type: e.type,
    trigger: { start: e.trigger[0], end: e.trigger[1], text: text.slice(e.trigger[0], e.trigger[1]) },
    arguments: (e.args ?? []).map(([role, m]) => ({ role, entity: entities[m].id })),
    ...(e.attributes ? { attributes: e.attributes } : {}),
  }));
  return { id, text, meta: { source: `${id}.txt`, lang: 'fr' }, annotator, status: 'done', schema: 'test@1', entities, events: evs };
}
