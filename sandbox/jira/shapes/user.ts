import type { JiraUser } from '../model';
import { avatarUrls } from './common';

/** A user as the platform API returns it (`/rest/api/3/user`, issue `reporter`, ...). */
export function userShape(baseUrl: string, user: JiraUser): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: user.accountType,
    emailAddress: user.emailAddress,
    avatarUrls: avatarUrls(baseUrl, 'user', user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    locale: user.locale,
  };
}

/** A user as JSM's `servicedeskapi` returns it. */
export function servicedeskUserShape(baseUrl: string, user: JiraUser): Record<string, unknown> {
  return {
    accountId: user.accountId,
    emailAddress: user.emailAddress,
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    _links: {
      jiraRest: `${baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
      avatarUrls: avatarUrls(baseUrl, 'user', user.accountId),
      self: `${baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
    },
  };
}
