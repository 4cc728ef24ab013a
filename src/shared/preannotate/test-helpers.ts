/** Helpers for the pre-annotator's tests: run it on a sentence and read the result as strings. */
import type { AnnotationSet } from '../model/types';
import { frConflictNews } from '../schema/fr-conflict-news';
import type { Schema } from '../schema/types';
import { preannotate } from './index';

export function annotate(text: string, schema: Schema = frConflictNews): AnnotationSet {
  return preannotate({ id: 't', text, meta: { source: 't.txt' } }, schema);
}

/** `text/LABEL` of every mention, in document order. */
export function mentions(text: string, schema?: Schema): string[] {
  return annotate(text, schema).entities.map((e) => `${e.text}/${e.label}`);
}

/** Events as `Type trigger` with their arguments as `Role=filler`, sorted, and realis. */
export function events(text: string, schema?: Schema): { ev: string; args: string[]; realis: unknown }[] {
  const set = annotate(text, schema);
  const byId = new Map(set.entities.map((e) => [e.id, e]));
  return set.events.map((e) => ({
    ev: `${e.type} ${e.trigger.text}`,
    args: e.arguments.map((a) => `${a.role}=${byId.get(a.entity)?.text}`).sort(),
    realis: e.attributes?.realis,
  }));
}
