import { ok } from '#sandbox/jira/routes/route-context';
import { Router, route } from '#sandbox/jira/routes/router';

const noop = () => ok(null);

describe('Router', () => {
  const router = new Router([
    [route('GET', '/rest/api/3/issuetype/{id}', noop), route('GET', '/rest/api/3/issuetype/project', noop), route('PUT', '/rest/api/3/issuetype/{id}', noop)],
  ]);

  it('prefers literal segments over placeholders, whatever the order of declaration', () => {
    const match = router.match('GET', '/rest/api/3/issuetype/project');
    expect(match).toMatchObject({ kind: 'found', route: { pattern: '/rest/api/3/issuetype/project' }, params: {} });
  });

  it('decodes placeholders', () => {
    expect(router.match('GET', '/rest/api/3/issuetype/a%20b')).toMatchObject({ kind: 'found', params: { id: 'a b' } });
  });

  it('tells a known path with another method from an unknown path', () => {
    expect(router.match('DELETE', '/rest/api/3/issuetype/1').kind).toBe('method-not-allowed');
    expect(router.match('GET', '/rest/api/3/issuetype/1/extra').kind).toBe('not-found');
  });
});
