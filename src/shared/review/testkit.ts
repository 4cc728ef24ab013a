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

export const TWO_TEXT = 'Paris et Lyon accueillent la Banque de France demain.';

/**
 * Two annotators of one sentence who disagree in each way the review tells apart: a label (Lyon), a
 * boundary (la Banque de France), a mention only one made (France), an argument's filler (the Entity of
 * the meeting) and an event's realis; they agree on Paris, demain and the meeting's Place.
 */
export function twoAnnotators(): { A: GoldRecord; B: GoldRecord } {
  const meet = (realis: string): EventSpec => ({
    type: 'Meet',
    trigger: [14, 25],
    args: [
      ['Entity', 2],
      ['Place', 0],
    ],
    attributes: { realis },
  });
  const A = record(
    'd1',
    TWO_TEXT,
    'A',
    [
      ['GPE', 0, 5],
      ['GPE', 9, 13],
      ['ORG', 29, 45],
      ['GPE', 39, 45],
      ['TIME', 46, 52],
    ],
    [meet('actual')],
  );
  const B = record(
    'd1',
    TWO_TEXT,
    'B',
    [
      ['GPE', 0, 5],
      ['LOC', 9, 13],
      ['ORG', 26, 45],
      ['TIME', 46, 52],
    ],
    [meet('generic')],
  );
  return { A, B };
}
