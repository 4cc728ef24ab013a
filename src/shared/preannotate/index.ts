import type { AnnotationSet, Doc } from '../model/types';
import type { Schema } from '../schema/types';
import { schemaRef } from '../schema/types';

/**
 * Heuristic pre-annotation of one document: entity mentions and event frames, every one with
 * `source: "heuristic"` and a `confidence`. Pure; runs in the CLI, in main and in a renderer worker.
 * (Placeholder until the pipeline lands: returns an empty set with the right shape.)
 */
export function preannotate(doc: Doc, schema: Schema): AnnotationSet {
  return { docId: doc.id, annotator: 'heuristic', status: 'pre-annotated', schema: schemaRef(schema), entities: [], events: [] };
}
