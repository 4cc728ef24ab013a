/**
 * The domain model. Every offset is in Unicode code points of the document text,
 * `end` exclusive (Python's `text[start:end]`), exactly as in the gold JSONL contract.
 * Conversion to UTF-16 happens only at the edges that need it (editor, regexes): see text/offsets.ts.
 */

export type AnnotationSource = 'human' | 'heuristic';

/** Lifecycle of one annotator's work on one document. */
export const STATUSES = ['new', 'pre-annotated', 'in-progress', 'done', 'adjudicated'] as const;
export type Status = (typeof STATUSES)[number];

export interface DocumentMeta {
  source: string;
  /** `YYYY-MM` or `YYYY-MM-DD` when known. */
  date?: string;
  lang?: string;
  /** Imported metadata is kept as it came. */
  [key: string]: unknown;
}

/** An article: immutable text, addressed by its id. */
export interface Doc {
  id: string;
  text: string;
  meta: DocumentMeta;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Attributes = Record<string, unknown>;

/**
 * A mention. `source: 'heuristic'` marks a suggestion that no person has accepted yet (pending);
 * accepting it turns it into `human`. `attributes.proposed_by` lists who proposed a pending
 * suggestion when it comes from adjudication.
 */
export interface EntityMention extends Span {
  id: string;
  label: string;
  source?: AnnotationSource;
  /** 0..1, heuristic suggestions only. */
  confidence?: number;
  attributes?: Attributes;
}

export interface EventArgument {
  role: string;
  /** Id of an entity mention of the same annotation set. */
  entity: string;
}

export interface EventFrame {
  id: string;
  type: string;
  trigger: Span;
  arguments: EventArgument[];
  attributes?: Attributes;
  source?: AnnotationSource;
  confidence?: number;
}

/** One annotator's annotations of one document. */
export interface AnnotationSet {
  docId: string;
  annotator: string;
  status: Status;
  /** `name@version` of the schema the labels come from. */
  schema: string;
  entities: EntityMention[];
  events: EventFrame[];
}

/** One line of gold JSONL: a document together with one annotator's set. */
export interface GoldRecord {
  id: string;
  text: string;
  meta: DocumentMeta;
  annotator: string;
  status: Status;
  schema: string;
  entities: EntityMention[];
  events: EventFrame[];
}

export function recordToParts(record: GoldRecord): { doc: Doc; set: AnnotationSet } {
  const { id, text, meta, annotator, status, schema, entities, events } = record;
  return { doc: { id, text, meta }, set: { docId: id, annotator, status, schema, entities, events } };
}

export function partsToRecord(doc: Doc, set: AnnotationSet): GoldRecord {
  return {
    id: doc.id,
    text: doc.text,
    meta: doc.meta,
    annotator: set.annotator,
    status: set.status,
    schema: set.schema,
    entities: set.entities,
    events: set.events,
  };
}

/**
 * Attributes the app itself writes, never a schema's: a reviewer's `note` (and brat's typed notes,
 * `note:<type>`), `proposed_by` (who proposed a pending adjudication item) and `suggested_by` (where an
 * accepted suggestion came from).
 */
export const APP_ATTRIBUTES: readonly string[] = ['note', 'proposed_by', 'suggested_by'];

/** A pending suggestion is an annotation no person has made or accepted. */
export function isPending(item: { source?: AnnotationSource }): boolean {
  return item.source === 'heuristic';
}

/** Where a problem was found in an input file; `line` is 1-based, 0 when the whole file is at fault. */
export interface InputError {
  file: string;
  line: number;
  reason: string;
}

export function formatInputError(e: InputError): string {
  return e.line > 0 ? `${e.file}:${e.line}: ${e.reason}` : `${e.file}: ${e.reason}`;
}
