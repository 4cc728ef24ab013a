import type { AnnotationSet, Doc } from '../../shared/model/types';

export interface WorkerRequest {
  docs: Doc[];
}

export type WorkerReply =
  | { kind: 'result'; index: number; docId: string; set: AnnotationSet }
  | { kind: 'failed'; index: number; docId: string; reason: string }
  | { kind: 'done' };
