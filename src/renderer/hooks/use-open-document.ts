import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Doc } from '../../shared/model/types';
import type { Schema } from '../../shared/schema/types';
import type { GloseDb } from '../db/database';
import { AnnotationSession, type SessionSnapshot } from '../db/session';
import { emptySet, preferredSet, setsOfDocument, stripStored } from '../db/store';
import type { Route } from './route';

export interface OpenDocument {
  doc: Doc;
  session: AnnotationSession;
  /** Annotators whose set can be shown, the current annotator first. */
  annotators: string[];
}

/**
 * Loads the routed document and opens a session on the set to show: the one named in the route,
 * else the annotator's own, else the latest; a document nobody annotated opens the annotator's empty set.
 * `reloadKey` forces a reload (after an import changed the stored sets).
 */
export function useOpenDocument(db: GloseDb, route: Route, annotator: string | null, schema: Schema, reloadKey: number): OpenDocument | null | 'missing' {
  const [open, setOpen] = useState<OpenDocument | null | 'missing'>(null);
  const docId = route.screen === 'document' ? route.docId : null;
  const wanted = route.screen === 'document' ? route.annotator : undefined;
  useEffect(() => {
    if (!docId || !annotator) {
      setOpen(null);
      return;
    }
    let live = true;
    void (async () => {
      const [doc, sets] = await Promise.all([db.documents.get(docId), setsOfDocument(db, docId)]);
      if (!live) return;
      if (!doc) return setOpen('missing');
      const chosen = (wanted && sets.find((s) => s.annotator === wanted)) || preferredSet(sets, annotator);
      const set = chosen ? stripStored(chosen) : emptySet(docId, annotator, schema);
      const annotators = [...new Set([annotator, ...sets.map((s) => s.annotator)])];
      setOpen({ doc, session: new AnnotationSession(db, set), annotators });
    })();
    return () => {
      live = false;
    };
  }, [db, docId, wanted, annotator, schema, reloadKey]);
  return open;
}

const noop = () => () => undefined;

/** The session's current state, re-rendering on every change. */
export function useSessionSnapshot(session: AnnotationSession | null): SessionSnapshot | null {
  return useSyncExternalStore(session ? (l) => session.subscribe(l) : noop, () => session?.snapshot() ?? null);
}
