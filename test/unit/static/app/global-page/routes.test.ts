import { GLOBAL_PAGE_ROUTES, routeOf } from '../../../../../static/app/src/global-page/routes';
import { appManifest } from '#test/support/app';

describe("the global page's subpages", () => {
  test('are the routes manifest.yml gives the one jira:globalPage, in its order', () => {
    const globalPages = appManifest().modules.filter((m) => m.type === 'jira:globalPage');
    expect(globalPages.map((m) => m.key)).toEqual(['brm-global-page']);
    expect(globalPages[0]?.subpages.map((p) => p.route)).toEqual([...GLOBAL_PAGE_ROUTES]);
  });

  test('a history path shows the subpage of its first segment, and the first subpage otherwise', () => {
    expect(routeOf('/customers')).toBe('customers');
    expect(routeOf('/customers/some/deeper/path')).toBe('customers');
    expect(routeOf('/complaints')).toBe('complaints');
    expect(routeOf('/')).toBe('complaints');
    expect(routeOf('')).toBe('complaints');
    expect(routeOf('/customer')).toBe('complaints');
  });
});
