/**
 * The subpages of the app's one global page (manifest.yml `brm-global-page` `pages`), by route: the
 * first is shown at the page's own address. Jira puts the route after the page's address
 * (`/jira/apps/<app id>/<environment id>/<route>`); the frame reads it from `view.createHistory()`.
 */
export const GLOBAL_PAGE_ROUTES = ['complaints', 'customers'] as const;
export type GlobalPageRoute = (typeof GLOBAL_PAGE_ROUTES)[number];

/** The subpage a history path shows: its first segment when that is a route, else the first route. */
export function routeOf(pathname: string): GlobalPageRoute {
  const segment = pathname.split('/').find((part) => part !== '') ?? '';
  return GLOBAL_PAGE_ROUTES.find((route) => route === segment) ?? GLOBAL_PAGE_ROUTES[0];
}
