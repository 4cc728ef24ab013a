import type { Doc, EntityMention, EventFrame } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';

export interface WorkerRequest {
  docs: Doc[];
  /** The active schema: labels and event types it lacks are never proposed. */
  schema: Schema;
}

/**
 * A document's suggestions come in slices of at most SLICE (mentions first, then the events, which
 * point at mentions of earlier slices), so that no message, merge or repaint of a very long article
 * holds the page for long.
 */
export interface Slice {
  entities: EntityMention[];
  events: EventFrame[];
  /** The document's last slice. */
  last: boolean;
}

export type WorkerReply =
  ({ kind: 'slice'; index: number; docId: string } & Slice) | { kind: 'failed'; index: number; docId: string; reason: string } | { kind: 'done' };

/** Suggestions per slice. */
export const SLICE = 2000;

/**
 * Cuts a document's suggestions into slices: every mention before any event (an event's arguments
 * name mentions, which must be merged first), never more than `size` items in one, and exactly one
 * slice marked last (also when there is nothing to suggest, so that the document is counted as done).
 */
export function slicesOf(entities: EntityMention[], events: EventFrame[], size = SLICE): Slice[] {
  const slices: Slice[] = [];
  for (let i = 0; i < entities.length; i += size) slices.push({ entities: entities.slice(i, i + size), events: [], last: false });
  for (let i = 0; i < events.length; i += size) slices.push({ entities: [], events: events.slice(i, i + size), last: false });
  if (!slices.length) slices.push({ entities: [], events: [], last: false });
  slices[slices.length - 1].last = true;
  return slices;
}
