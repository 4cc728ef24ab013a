/** Where the user is, kept in the URL hash so that a reload comes back to the same document and set. */
export type Route =
  | { screen: 'corpus' }
  | { screen: 'settings' }
  | { screen: 'document'; docId: string; annotator?: string }
  /** The review: every document's adjudication progress, one document's comparison, or the agreement figures. */
  | { screen: 'review'; view: 'overview' }
  | { screen: 'review'; view: 'agreement' }
  | { screen: 'review'; view: 'document'; docId: string };

/** The screens, named once: every other mention of them derives from Route. */
export type Screen = Route['screen'];

export function parseHash(hash: string): Route {
  if (hash === '#/settings') return { screen: 'settings' };
  if (hash === '#/review') return { screen: 'review', view: 'overview' };
  if (hash === '#/review/agreement') return { screen: 'review', view: 'agreement' };
  const review = /^#\/review\/doc\/([^/]+)$/.exec(hash);
  if (review) return { screen: 'review', view: 'document', docId: decodeURIComponent(review[1]) };
  const m = /^#\/doc\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (!m) return { screen: 'corpus' };
  return { screen: 'document', docId: decodeURIComponent(m[1]), annotator: m[2] ? decodeURIComponent(m[2]) : undefined };
}

export function routeHash(route: Route): string {
  if (route.screen === 'corpus') return '#/';
  if (route.screen === 'settings') return '#/settings';
  if (route.screen === 'review') {
    if (route.view === 'overview') return '#/review';
    if (route.view === 'agreement') return '#/review/agreement';
    return `#/review/doc/${encodeURIComponent(route.docId)}`;
  }
  return `#/doc/${encodeURIComponent(route.docId)}${route.annotator ? `/${encodeURIComponent(route.annotator)}` : ''}`;
}
