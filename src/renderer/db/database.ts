import { Dexie, type Table } from 'dexie';
import { putStoredSets } from './set-table';
import type { HistoryEntry } from '../../shared/model/history';
import type { Operation } from '../../shared/model/operations';
import type { SetCounts } from '../../shared/model/suggestions';
import type { AnnotationSet, Doc } from '../../shared/model/types';
import type { WorkFigures } from '../../shared/model/work-figures';

/** An annotation set as stored: the domain set, when it last changed, and how many steps changed it. */
export interface StoredSet extends AnnotationSet {
  updatedAt: number;
  /** Goes up by one with every committed operation: a window that wrote revision n knows whether someone else wrote since. */
  revision: number;
}

/** A stored set without its annotations: the row of `annotationSets`, which the indexes read (set-table.ts). */
export type SetHead = Omit<StoredSet, 'entities' | 'events'> & {
  /** The names of the set's chunks of mentions and of events, in order (set-chunks.ts). */
  chunks: Record<'entities' | 'events', string[]>;
  /** What the corpus list shows of the set, kept with it so that the list never reads the annotations. */
  counts: SetCounts;
};

/** Some of a set's mentions or events: a row of `setChunks`, keyed [docId, annotator, kind, name]. */
export interface SetChunk {
  items: unknown[];
}

export interface Setting {
  key: string;
  value: unknown;
}

/** One undo or redo entry of a document's history; `position` orders a stack (highest is the top). */
export interface StoredHistoryEntry {
  id?: number;
  docId: string;
  annotator: string;
  stack: 'done' | 'undone';
  position: number;
  entry: HistoryEntry;
}

/** Every operation that changed a set, in the order committed: the unit that sync sends. */
export interface LoggedOperation {
  seq?: number;
  /** Unique across machines, so that a server applies an operation once. */
  id: string;
  docId: string;
  annotator: string;
  operation: Operation;
  at: number;
}

/** One annotator's work figures on one document: active time and the fate of suggestions. */
export interface StoredStats extends WorkFigures {
  docId: string;
  annotator: string;
  updatedAt: number;
}

/** A reviewer's comment on the decision of one disagreement (exported in the gold record's `meta`). */
export interface ReviewComment {
  docId: string;
  /** The disagreement's id (shared/review/disagreements.ts), its kind and where it is (code points, and the text there). */
  disagreement: string;
  kind: string;
  start: number;
  end: number;
  quote: string;
  text: string;
  reviewer: string;
  at: number;
}

/**
 * The renderer's IndexedDB database. Schema changes get a new `version(n)` block (never edit an old one):
 * Dexie upgrades a user's existing database in place; database.test.ts opens a version-1 database.
 */
export class GloseDb extends Dexie {
  documents!: Table<Doc, string>;
  annotationSets!: Table<SetHead, [string, string]>;
  setChunks!: Table<SetChunk, [string, string, string, string]>;
  settings!: Table<Setting, string>;
  history!: Table<StoredHistoryEntry, number>;
  operations!: Table<LoggedOperation, number>;
  stats!: Table<StoredStats, [string, string]>;
  reviewComments!: Table<ReviewComment, [string, string]>;

  /** `upTo`: open with the versions up to that one only (a restore migrates an older backup through them). */
  constructor(name = 'glose', upTo = Infinity) {
    // 'strict': a transaction is complete only once the data is flushed to the disk, so that "Saved"
    // outlives a crash of the whole machine, not only of the page (Chromium's default, 'relaxed',
    // completes before the flush). One flush per commit; the view never waits for it.
    super(name, { chromeTransactionDurability: 'strict' });
    const version = (n: number) => (n <= upTo ? this.version(n) : null);
    version(1)?.stores({
      documents: 'id',
      annotationSets: '[docId+annotator], docId, annotator, updatedAt',
      settings: 'key',
    });
    // 2: undo history and the operation log are stored; sets count their revisions.
    version(2)
      ?.stores({
        history: '++id, [docId+annotator]',
        operations: '++seq, &id, [docId+annotator]',
      })
      .upgrade((tx) =>
        tx
          .table<StoredSet>('annotationSets')
          .toCollection()
          .modify((set) => {
            set.revision ??= 0;
          }),
      );
    // 3: active annotation time and suggestion yield per document and annotator (starting from nothing).
    version(3)?.stores({ stats: '[docId+annotator], docId' });
    // 4: reviewers' comments on adjudication decisions.
    version(4)?.stores({ reviewComments: '[docId+disagreement], docId' });
    // 5: each history stack in order, so that a step reads only the entries at the tops (a large
    // article's history holds batches of thousands of operations; reading all of it per step was slow).
    version(5)?.stores({ history: '++id, [docId+annotator], [docId+annotator+stack+position]' });
    // 6: a set's revision read from an index, without its annotations (an open document follows it).
    version(6)?.stores({ annotationSets: '[docId+annotator], docId, annotator, updatedAt, [docId+annotator+revision]' });
    // 7: a set's mentions and events move to chunks of their own (set-chunks.ts), keyed out of line and
    // without indexes: Chromium clones a record to read its keys when its store has an inline key or an
    // index, and a step now rewrites only the chunks it changed (set-table.ts).
    version(7)
      ?.stores({ setChunks: '' })
      .upgrade(async (tx) => {
        const rows = (await tx.table('annotationSets').toArray()) as StoredSet[];
        await tx.table('annotationSets').clear();
        await putStoredSets(
          tx.db as GloseDb,
          rows.map((r) => ({ ...r, entities: r.entities ?? [], events: r.events ?? [] })),
        );
      });
  }
}
