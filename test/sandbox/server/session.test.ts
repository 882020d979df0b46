import type { JiraUser } from '../../../sandbox/jira/model';
import { USER_COOKIE, basicAuthUser, defaultUser, requestCaller, type UserDirectory } from '../../../sandbox/server/session';

const user = (accountId: string, email: string, kind: JiraUser['kind'], active = true): JiraUser => ({
  accountId,
  displayName: accountId,
  emailAddress: email,
  accountType: kind === 'customer' ? 'customer' : 'atlassian',
  kind,
  active,
  timeZone: 'UTC',
  locale: 'en_US',
});

const all = [user('agent-1', 'agent@example.com', 'agent'), user('admin-1', 'admin@example.com', 'admin'), user('gone-1', 'gone@example.com', 'agent', false)];
const directory: UserDirectory = {
  user: (id) => all.find((u) => u.accountId === id),
  userByEmail: (email) => all.find((u) => u.emailAddress === email),
  users: () => all,
};

const basic = (text: string): string => `Basic ${Buffer.from(text).toString('base64')}`;
const request = (headers: Record<string, string>) => ({ headers });

test('basic auth takes an email and any token, as Jira Cloud takes an API token', () => {
  expect(basicAuthUser(basic('agent@example.com:whatever'), directory)).toMatchObject({ accountId: 'agent-1' });
  expect(basicAuthUser(basic('nobody@example.com:x'), directory)).toBe('invalid');
  expect(basicAuthUser(basic('gone@example.com:x'), directory)).toBe('invalid');
  expect(basicAuthUser('Bearer abc', directory)).toBe('invalid');
  expect(basicAuthUser(undefined, directory)).toBe('none');
});

test('a request runs as basic auth first, then the session cookie, else anonymous', () => {
  expect(requestCaller(request({ authorization: basic('admin@example.com:t'), cookie: `${USER_COOKIE}=agent-1` }), directory)).toEqual({ kind: 'user', accountId: 'admin-1' });
  expect(requestCaller(request({ cookie: `other=1; ${USER_COOKIE}=agent-1` }), directory)).toEqual({ kind: 'user', accountId: 'agent-1' });
  expect(requestCaller(request({ cookie: `${USER_COOKIE}=gone-1` }), directory)).toEqual({ kind: 'anonymous' });
  expect(requestCaller(request({}), directory)).toEqual({ kind: 'anonymous' });
  expect(requestCaller(request({ authorization: basic('nobody@example.com:t') }), directory)).toBeUndefined();
});

test('the host pages default to the site admin', () => {
  expect(defaultUser(directory)?.accountId).toBe('admin-1');
});
