import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JiraUser } from '#sandbox/jira/model';
import { USER_COOKIE, basicAuthUser, defaultUser, requestCaller, sessionCookie, type UserDirectory } from '#sandbox/server/session';
import { SessionSigner } from '#sandbox/server/session-signer';
import { openDatabase } from '#sandbox/store/database';

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

const signer = SessionSigner.forDatabase(openDatabase(':memory:'));
/** The Cookie header a browser sends back after the server's Set-Cookie. */
const signedIn = (accountId: string): string => sessionCookie(signer, accountId).split(';')[0] ?? '';

test('a request runs as basic auth first, then the signed session cookie, else anonymous', () => {
  expect(requestCaller(request({ authorization: basic('admin@example.com:t'), cookie: signedIn('agent-1') }), directory, signer)).toEqual({
    kind: 'user',
    accountId: 'admin-1',
  });
  expect(requestCaller(request({ cookie: `other=1; ${signedIn('agent-1')}` }), directory, signer)).toEqual({ kind: 'user', accountId: 'agent-1' });
  expect(requestCaller(request({ cookie: signedIn('gone-1') }), directory, signer)).toEqual({ kind: 'anonymous' });
  expect(requestCaller(request({}), directory, signer)).toEqual({ kind: 'anonymous' });
  expect(requestCaller(request({ authorization: basic('nobody@example.com:t') }), directory, signer)).toBeUndefined();
});

test('an unsigned, tampered or foreign session cookie is no session', () => {
  const [, value] = signedIn('agent-1').split('=');
  const signature =
    decodeURIComponent(value ?? '')
      .split('.')
      .at(-1) ?? '';
  const other = SessionSigner.forDatabase(openDatabase(':memory:'));
  for (const cookie of [
    `${USER_COOKIE}=agent-1`,
    `${USER_COOKIE}=${encodeURIComponent(`admin-1.${signature}`)}`,
    `${USER_COOKIE}=${encodeURIComponent(`agent-1.${signature.slice(1)}x`)}`,
    sessionCookie(other, 'admin-1').split(';')[0] ?? '',
  ]) {
    expect(requestCaller(request({ cookie }), directory, signer)).toEqual({ kind: 'anonymous' });
  }
});

test('a data folder keeps its session secret: a cookie signed before a restart still signs in', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'brm-session-'));
  try {
    const first = openDatabase(dataDir);
    const cookie = sessionCookie(SessionSigner.forDatabase(first), 'agent-1').split(';')[0] ?? '';
    first.close();
    const second = openDatabase(dataDir);
    expect(requestCaller(request({ cookie }), directory, SessionSigner.forDatabase(second))).toEqual({ kind: 'user', accountId: 'agent-1' });
    second.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the host pages default to the site admin', () => {
  expect(defaultUser(directory)?.accountId).toBe('admin-1');
});
