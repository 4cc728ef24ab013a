import { useEffect, useState } from 'react';

/** Where the user is, kept in the URL hash so that a reload comes back to the same document and set. */
export type Route = { screen: 'corpus' } | { screen: 'settings' } | { screen: 'document'; docId: string; annotator?: string };

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

export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (r) => (location.hash = routeHash(r))];
}
