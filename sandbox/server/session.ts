import type { IncomingHttpHeaders } from 'node:http';
import type { JiraUser } from '../jira/model';
import type { Caller } from '../runtime/product-types';
import type { ColorMode } from './browser/protocol';
import { cookie, parseCookies } from './http-io';
import type { SessionSigner } from './session-signer';

/** The host pages' signed-in user (an account id signed by the server), set by the user switcher. */
export const USER_COOKIE = 'brm_sandbox_user';

/** The `Set-Cookie` value that signs `accountId` in. */
export function sessionCookie(signer: SessionSigner, accountId: string): string {
  return cookie(USER_COOKIE, signer.sign(accountId));
}
/** The host pages' colour mode; the theme toggle sets it from the browser. */
export const THEME_COOKIE = 'brm_sandbox_theme';

/** The part of a request that says who sends it. */
type WithHeaders = { headers: IncomingHttpHeaders };

/** The users the server signs people in as: the Jira emulator's store. */
export interface UserDirectory {
  user(accountId: string): JiraUser | undefined;
  userByEmail(email: string): JiraUser | undefined;
  users(): readonly JiraUser[];
}

/** Who an HTTP basic `Authorization` header names: a user, nobody (no header) or a bad header. */
export function basicAuthUser(header: string | undefined, directory: UserDirectory): JiraUser | 'none' | 'invalid' {
  if (!header) return 'none';
  const match = /^Basic\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return 'invalid';
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // Like Jira Cloud: the email address and an API token. The sandbox takes any token.
  const email = colon >= 0 ? decoded.slice(0, colon) : decoded;
  const user = directory.userByEmail(email.trim());
  return user?.active ? user : 'invalid';
}

/** The user the session cookie names, if it carries this server's signature and names an active user. */
export function cookieUser(req: WithHeaders, directory: UserDirectory, signer: SessionSigner): JiraUser | undefined {
  const value = parseCookies(req.headers.cookie)[USER_COOKIE];
  const accountId = value ? signer.verify(value) : undefined;
  const user = accountId ? directory.user(accountId) : undefined;
  return user?.active ? user : undefined;
}

/**
 * Who a REST or bridge request runs as: basic auth first, then the session cookie, else anonymous.
 * `undefined` means the credentials were given but are wrong (the caller answers 401).
 */
export function requestCaller(req: WithHeaders, directory: UserDirectory, signer: SessionSigner): Caller | undefined {
  const basic = basicAuthUser(req.headers.authorization, directory);
  if (basic === 'invalid') return undefined;
  if (basic !== 'none') return { kind: 'user', accountId: basic.accountId };
  const user = cookieUser(req, directory, signer);
  return user ? { kind: 'user', accountId: user.accountId } : { kind: 'anonymous' };
}

/** The default user of the host pages: the first site admin. */
export function defaultUser(directory: UserDirectory): JiraUser | undefined {
  return directory.users().find((u) => u.kind === 'admin' && u.active) ?? directory.users().find((u) => u.active);
}

export function colorModeOf(req: WithHeaders): ColorMode {
  return parseCookies(req.headers.cookie)[THEME_COOKIE] === 'dark' ? 'dark' : 'light';
}
