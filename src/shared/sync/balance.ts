import type { Assignment } from './protocol';

/**
 * "Each document to N annotators, balanced": every document goes to the `perDocument` annotators who
 * have the fewest documents so far (what they already have counts), ties broken by name, so that
 * loads differ by at most one when everyone starts equal. Documents that already have annotators keep
 * them and get only the missing ones. Pure, so that the lead's preview and the server agree.
 */
export function balancedAssignments(docIds: string[], annotators: string[], perDocument: number, existing: Assignment[]): Assignment[] {
  const people = [...new Set(annotators)].sort();
  const load = new Map(people.map((a) => [a, 0]));
  const has = new Map<string, Set<string>>();
  for (const a of existing) {
    if (load.has(a.annotator)) load.set(a.annotator, load.get(a.annotator)! + 1);
    has.set(a.docId, (has.get(a.docId) ?? new Set()).add(a.annotator));
  }
  const added: Assignment[] = [];
  for (const docId of [...docIds].sort()) {
    const already = has.get(docId) ?? new Set<string>();
    const missing = Math.min(perDocument, people.length) - [...already].filter((a) => load.has(a)).length;
    if (missing <= 0) continue;
    const chosen = people
      .filter((a) => !already.has(a))
      .sort((a, b) => load.get(a)! - load.get(b)! || a.localeCompare(b))
      .slice(0, missing);
    for (const annotator of chosen) {
      load.set(annotator, load.get(annotator)! + 1);
      added.push({ docId, annotator });
    }
  }
  return added;
}
