import type { Operation } from '../model/operations';
import type { AnnotationSet, Doc } from '../model/types';
import type { Schema } from '../schema/types';

/**
 * The wire between the app and the team server (src/server): what each route takes and answers, as
 * types both sides compile against. The unit of sync is the operation the editor, undo and the tests
 * use; the server orders them, validates them and keeps each set's snapshot.
 */

export const ROLES = ['annotator', 'reviewer', 'lead'] as const;
/** An annotator sees their assigned documents and their own sets; a reviewer every set; the lead also assigns and changes the schema. */
export type Role = (typeof ROLES)[number];

/** The set adjudication writes; a reviewer or the lead pushes to it, no person is called so. */
export const GOLD_ANNOTATOR = 'gold';

/** One logged operation as it travels: its id makes pushing it twice harmless. */
export interface SyncOperation {
  id: string;
  docId: string;
  annotator: string;
  operation: Operation;
  /** When the client committed it (ms since 1970), for the record only: the server's order is its own. */
  at: number;
}

/** Most operations one push carries: a week offline is sent in several pushes. */
export const MAX_PUSH = 500;

export interface PushRequest {
  operations: SyncOperation[];
}

/** What became of one pushed operation: committed now, committed before (a retried push), or refused and why. */
export type PushOutcome = { id: string; result: 'committed' | 'duplicate' } | { id: string; result: 'refused'; reason: string };

/** A set as the server holds it; `seq` is the project's sequence number of its last operation. */
export interface ServerSet {
  set: AnnotationSet;
  seq: number;
}

export interface PushResponse {
  /** One per pushed operation, in the order pushed. */
  outcomes: PushOutcome[];
  /** The server's version of every set that had a refused operation, so that the client can adopt it. */
  sets: ServerSet[];
}

export interface Assignment {
  docId: string;
  annotator: string;
}

export interface ProjectSchemas {
  active: Schema;
  /** Every version the project used, the active one included. */
  versions: Schema[];
}

/** Everything that changed since `after` that the user may see; pull again from `cursor` while `more`. */
export interface PullResponse {
  cursor: number;
  more: boolean;
  sets: ServerSet[];
  documents: Doc[];
  assignments: Assignment[];
  schemas: ProjectSchemas;
}

export interface SessionUser {
  name: string;
  role: Role;
}

export interface ProjectSummary {
  id: string;
  name: string;
}

export interface SignInRequest {
  name: string;
  password: string;
}

export interface SignInResponse {
  token: string;
  user: SessionUser;
  projects: ProjectSummary[];
}

/** How far one annotator is in a project, for the lead. */
export interface AnnotatorProgress {
  annotator: string;
  assigned: number;
  /** Assigned documents with at least one operation. */
  started: number;
  /** Assigned documents whose set is done (or adjudicated). */
  done: number;
  operations: number;
}

/** Assigning by hand, or each document to `perDocument` annotators chosen so that everyone gets about as many. */
export type AssignRequest = { assignments: Assignment[] } | { balanced: { perDocument: number; annotators: string[] } };

/** A reviewer's decision on one item of a document (the review screen's own vocabulary, kept as it comes). */
export interface ReviewDecision {
  docId: string;
  item: string;
  decision: unknown;
  reviewer: string;
  at: number;
}

/** Every refusal of the server: the status says which kind, the reason says it in words. */
export interface ErrorResponse {
  error: string;
}
