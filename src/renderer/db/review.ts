import type { AnnotationSet, GoldRecord } from '../../shared/model/types';
import { partsToRecord } from '../../shared/model/types';
import { GoldIndex, isDecided, premergedGold } from '../../shared/review/decisions';
import { alignDocument, type DocumentAlignment } from '../../shared/review/align';
import type { ReviewDocument } from '../../shared/review/corpus';
import { disagreementsOf, type Disagreement } from '../../shared/review/disagreements';
import { replaceSets } from './annotation-store';
import type { GloseDb, ReviewComment } from './database';
import { storedSetsWhere } from './set-table';
import { stripStored } from './store';

/** The annotator name of adjudicated sets. */
export const GOLD = 'gold';

/**
 * What the review reads from the store: the sets to compare, the gold set (pre-merged by the engine the
 * first time a document is reviewed), the reviewers' comments, and the gold export.
 */

export interface StoredReview {
  review: ReviewDocument;
  /** Everyone but gold who has a set for the document, by name. */
  available: string[];
  alignment: DocumentAlignment;
  disagreements: Disagreement[];
  /** The stored gold set, if the document has one. */
  gold: AnnotationSet | undefined;
}

/** The sets of `docId` by the chosen annotators (all but gold when null), in the chosen order, else by name. */
export async function readReview(db: GloseDb, docId: string, chosen: readonly string[] | null): Promise<StoredReview | null> {
  const [doc, stored] = await Promise.all([db.documents.get(docId), storedSetsWhere(db, db.annotationSets.where('docId').equals(docId))]);
  if (!doc) return null;
  const byName = new Map(stored.map((s) => [s.annotator, stripStored(s)]));
  const available = [...byName.keys()].filter((a) => a !== GOLD).sort();
  const picked = chosen ? chosen.filter((a) => available.includes(a)) : [];
  // Fewer than two of the chosen annotators annotated this document: compare everyone who did.
  const names = picked.length >= 2 ? picked : available;
  const review: ReviewDocument = { doc, sets: new Map(names.map((a) => [a, byName.get(a)!])) };
  const alignment = alignDocument(review.sets);
  return { review, available, alignment, disagreements: disagreementsOf(alignment), gold: byName.get(GOLD) };
}

/**
 * The gold set of a reviewed document: the stored one, else the engine's merge, stored now. `again`
 * replaces a stored one by a fresh merge (its decisions and undo history are dropped).
 */
export async function ensureGold(db: GloseDb, r: StoredReview, majority: boolean, again = false): Promise<void> {
  if ((r.gold && !again) || r.review.sets.size < 2) return;
  const { set } = premergedGold(r.review, { majority });
  await replaceSets(db, [set]);
  r.gold = set;
}

/** Which of a document's disagreements are decided in its gold set (none without a gold set). */
export function decidedIn(r: Pick<StoredReview, 'disagreements' | 'gold'>): boolean[] {
  if (!r.gold) return r.disagreements.map(() => false);
  const index = new GoldIndex(r.gold);
  return r.disagreements.map((d) => isDecided(d, index));
}

export async function commentsOf(db: GloseDb, docId: string): Promise<ReviewComment[]> {
  return db.reviewComments.where('docId').equals(docId).toArray();
}

/** Stores a comment; an empty one removes it. */
export async function putComment(db: GloseDb, comment: ReviewComment): Promise<void> {
  if (comment.text.trim()) await db.reviewComments.put(comment);
  else await db.reviewComments.delete([comment.docId, comment.disagreement]);
}

/** What a comment says about its disagreement in the export, for a reader without the app. */
export interface ExportedComment {
  disagreement: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  comment: string;
  reviewer: string;
  at: string;
}

const exportedComment = (c: ReviewComment): ExportedComment => ({
  disagreement: c.disagreement,
  kind: c.kind,
  start: c.start,
  end: c.end,
  text: c.quote,
  comment: c.text,
  reviewer: c.reviewer,
  at: new Date(c.at).toISOString(),
});

/**
 * Every gold set as a gold record, by document id. The comments on a document's decisions go into the
 * record's `meta` as `review_comments` (the document's own meta is kept as it is).
 */
export async function goldRecords(db: GloseDb): Promise<GoldRecord[]> {
  const [sets, comments] = await Promise.all([storedSetsWhere(db, db.annotationSets.where('annotator').equals(GOLD)), db.reviewComments.toArray()]);
  const docs = new Map((await db.documents.bulkGet(sets.map((s) => s.docId))).flatMap((d) => (d ? [[d.id, d] as const] : [])));
  return sets
    .filter((s) => docs.has(s.docId))
    .sort((a, b) => a.docId.localeCompare(b.docId))
    .map((s) => {
      const doc = docs.get(s.docId)!;
      const mine = comments.filter((c) => c.docId === s.docId).map(exportedComment);
      return partsToRecord(mine.length ? { ...doc, meta: { ...doc.meta, review_comments: mine } } : doc, stripStored(s));
    });
}
