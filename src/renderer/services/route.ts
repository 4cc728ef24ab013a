/** Where the user is, kept in the URL hash so that a reload comes back to the same document and set. */
export type Route = { screen: 'corpus' } | { screen: 'settings' } | { screen: 'document'; docId: string; annotator?: string };

/** The screens, named once: every other mention of them derives from Route. */
export type Screen = Route['screen'];

export function parseHash(hash: string): Route {
  if (hash === '#/settings') return { screen: 'settings' };
  const m = /^#\/doc\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (!m) return { screen: 'corpus' };
  return { screen: 'document', docId: decodeURIComponent(m[1]), annotator: m[2] ? decodeURIComponent(m[2]) : undefined };
}

export function routeHash(route: Route): string {
  if (route.screen === 'corpus') return '#/';
  if (route.screen === 'settings') return '#/settings';
  return `#/doc/${encodeURIComponent(route.docId)}${route.annotator ? `/${encodeURIComponent(route.annotator)}` : ''}`;
}
