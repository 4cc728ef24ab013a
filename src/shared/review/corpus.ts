import { recordToParts, type AnnotationSet, type Doc, type GoldRecord } from '../model/types';

/**
 * Several annotators' records of the same documents, grouped by document. Records are matched by
 * document `id`; the text must be the same in every record of a document (offsets index into it), so a
 * different text is an error that names the document and the annotators.
 */

export interface ReviewDocument {
  doc: Doc;
  /** One set per annotator, in the order the annotators were first met. */
  sets: Map<string, AnnotationSet>;
}

export interface ReviewCorpus {
  /** Documents in the order they were first met. */
  documents: ReviewDocument[];
  /** Every annotator, in the order first met. */
  annotators: string[];
}

export function groupRecords(records: readonly GoldRecord[]): { corpus: ReviewCorpus; errors: string[] } {
  const byId = new Map<string, ReviewDocument>();
  const annotators: string[] = [];
  const errors: string[] = [];
  for (const record of records) {
    const { doc, set } = recordToParts(record);
    if (!annotators.includes(set.annotator)) annotators.push(set.annotator);
    const known = byId.get(doc.id);
    if (!known) {
      byId.set(doc.id, { doc, sets: new Map([[set.annotator, set]]) });
      continue;
    }
    if (known.doc.text !== doc.text) {
      const first = [...known.sets.keys()][0];
      errors.push(`document ${doc.id}: the text of ${set.annotator}'s record differs from ${first}'s`);
      continue;
    }
    if (known.sets.has(set.annotator)) {
      errors.push(`document ${doc.id}: ${set.annotator} has more than one record`);
      continue;
    }
    known.sets.set(set.annotator, set);
  }
  for (const d of byId.values()) d.sets = orderBy(d.sets, annotators);
  return { corpus: { documents: [...byId.values()], annotators }, errors };
}

function orderBy(sets: Map<string, AnnotationSet>, annotators: string[]): Map<string, AnnotationSet> {
  return new Map(annotators.filter((a) => sets.has(a)).map((a) => [a, sets.get(a)!]));
}

/** Every unordered pair of annotators, in annotator order: (a, b) with a first met before b. */
export function annotatorPairs(annotators: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < annotators.length; i++) for (let j = i + 1; j < annotators.length; j++) out.push([annotators[i], annotators[j]]);
  return out;
}
