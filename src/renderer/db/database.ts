import { Dexie, type Table } from 'dexie';
import type { AnnotationSet, Doc } from '../../shared/model/types';

/** An annotation set as stored: the domain set plus when it last changed (for sorting, "latest"). */
export interface StoredSet extends AnnotationSet {
  updatedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * The renderer's IndexedDB database. Schema changes get a new `version(n)` block (never edit an old one):
 * Dexie upgrades a user's existing database in place.
 */
export class GloseDb extends Dexie {
  documents!: Table<Doc, string>;
  annotationSets!: Table<StoredSet, [string, string]>;
  settings!: Table<Setting, string>;

  constructor(name = 'glose') {
    super(name);
    this.version(1).stores({
      documents: 'id',
      annotationSets: '[docId+annotator], docId, annotator, updatedAt',
      settings: 'key',
    });
  }
}
