/** Every place in the app, as data. Hash routing keeps the app a static bundle. */
export type Route =
  | { name: 'home' }
  | { name: 'preview'; questionnaireId: string }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'questionnaires' && parts.length === 2 && parts[1]) {
    return { name: 'preview', questionnaireId: parts[1] };
  }
  return { name: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'preview':
      return `#/questionnaires/${encodeURIComponent(route.questionnaireId)}`;
    case 'not-found':
      return `#${route.path}`;
  }
}
