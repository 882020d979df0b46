import { Router } from '#sandbox/server/router';

const noop = () => undefined;

test('literal segments, :params and a final * are matched, with params decoded', () => {
  const router = new Router().get('/browse/:issueKey', noop).get('/__app/:resource/*', noop);
  const issue = router.match('GET', '/browse/ACME-12');
  expect(issue.handler).toBeDefined();
  expect('params' in issue && issue.params).toEqual({ issueKey: 'ACME-12' });
  const asset = router.match('GET', '/__app/admin-page/assets/index-abc.js');
  expect('params' in asset && asset.params).toEqual({ resource: 'admin-page', rest: 'assets/index-abc.js' });
  const encoded = router.match('GET', '/browse/A%20B');
  expect('params' in encoded && encoded.params.issueKey).toBe('A B');
});

test('a path known for another method is told apart from an unknown path', () => {
  const router = new Router().post('/__sandbox/invoke', noop);
  expect(router.match('GET', '/__sandbox/invoke')).toEqual({ handler: undefined, pathExists: true });
  expect(router.match('GET', '/nowhere')).toEqual({ handler: undefined, pathExists: false });
});

test('a :param never spans segments and the first matching route wins', () => {
  const first = jest.fn();
  const second = jest.fn();
  const router = new Router().get('/jira/settings/apps/:key', first).get('/jira/settings/apps/:key/*', second);
  expect(router.match('GET', '/jira/settings/apps/x').handler).toBe(first);
  expect(router.match('GET', '/jira/settings/apps/x/services/1').handler).toBe(second);
  expect(router.match('GET', '/browse/a/b').handler).toBeUndefined();
});

test('GET routes answer HEAD too', () => {
  const router = new Router().get('/', noop);
  expect(router.match('HEAD', '/').handler).toBe(noop);
});
