import type { AnnotationSet, EntityMention, EventArgument, EventFrame } from '../model/types';

/**
 * What is compared between annotators, with ids resolved away (ids are local to a set and say nothing):
 * - a mention is its span and label;
 * - a trigger is the event's trigger span and type;
 * - an argument is its event's trigger span and type, its role, and its filler's span and label.
 * Each item has a string key; two items of different annotators agree exactly when their keys are equal.
 */

const SEP = '\u001f';

export interface MentionItem {
  key: string;
  start: number;
  end: number;
  label: string;
  mention: EntityMention;
}

export interface TriggerItem {
  key: string;
  start: number;
  end: number;
  type: string;
  event: EventFrame;
}

export interface ArgumentItem {
  key: string;
  /** Key of the event (trigger) it belongs to. */
  eventKey: string;
  role: string;
  /** Key of the filler mention. */
  fillerKey: string;
  filler: EntityMention;
  event: EventFrame;
  argument: EventArgument;
}

export interface SetItems {
  mentions: MentionItem[];
  triggers: TriggerItem[];
  arguments: ArgumentItem[];
}

export function mentionKey(m: { start: number; end: number; label: string }): string {
  return `${m.start}${SEP}${m.end}${SEP}${m.label}`;
}

export function triggerKey(e: EventFrame): string {
  return `${e.trigger.start}${SEP}${e.trigger.end}${SEP}${e.type}`;
}

export function argumentKey(eventKey: string, role: string, fillerKey: string): string {
  return `${eventKey}${SEP}${role}${SEP}${fillerKey}`;
}

/** Mentions sorted by start, longest first; triggers by start; arguments in event order. */
export function itemsOf(set: AnnotationSet): SetItems {
  const byId = new Map(set.entities.map((m) => [m.id, m]));
  const mentions = set.entities
    .map((mention) => ({ key: mentionKey(mention), start: mention.start, end: mention.end, label: mention.label, mention }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const triggers = set.events
    .map((event) => ({ key: triggerKey(event), start: event.trigger.start, end: event.trigger.end, type: event.type, event }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const args: ArgumentItem[] = [];
  for (const { key: eventKey, event } of triggers) {
    for (const argument of event.arguments) {
      const filler = byId.get(argument.entity);
      if (!filler) continue; // a dangling argument is refused by the parser; never count it
      const fillerKey = mentionKey(filler);
      args.push({ key: argumentKey(eventKey, argument.role, fillerKey), eventKey, role: argument.role, fillerKey, filler, event, argument });
    }
  }
  return { mentions, triggers, arguments: args };
}

/** How many times each key occurs. */
export function countKeys(items: readonly { key: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { key } of items) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
