import type { AnnotationSet, Doc } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';

export interface WorkerRequest {
  docs: Doc[];
  /** The active schema: labels and event types it lacks are never proposed. */
  schema: Schema;
}

export type WorkerReply =
  { kind: 'result'; index: number; docId: string; set: AnnotationSet } | { kind: 'failed'; index: number; docId: string; reason: string } | { kind: 'done' };
