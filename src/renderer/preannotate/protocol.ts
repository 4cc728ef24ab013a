import type { Doc, EntityMention, EventFrame } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';

export interface WorkerRequest {
  docs: Doc[];
  /** The active schema: labels and event types it lacks are never proposed. */
  schema: Schema;
}

/**
 * A document's suggestions come in slices of a few thousand (mentions first, the events in the last
 * slice), so that no message, merge or repaint of a very long article holds the page for long.
 */
export interface Slice {
  entities: EntityMention[];
  events: EventFrame[];
  /** The document's last slice. */
  last: boolean;
}

export type WorkerReply =
  ({ kind: 'slice'; index: number; docId: string } & Slice) | { kind: 'failed'; index: number; docId: string; reason: string } | { kind: 'done' };

/** Mentions per slice. */
export const SLICE = 2000;
