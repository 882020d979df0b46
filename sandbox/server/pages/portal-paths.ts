/** The help center's home: the portals the signed-in user can raise requests in. */
export const HELP_CENTER = '/servicedesk/customer/portals';

/** The customer's own requests, across portals. */
export const MY_REQUESTS = '/servicedesk/customer/user/requests';

/** A portal's home: its request types. */
export function portalPath(deskId: string): string {
  return `/servicedesk/customer/portal/${encodeURIComponent(deskId)}`;
}

/** A request as its customer sees it on the portal. */
export function portalRequestPath(deskId: string, issueKey: string): string {
  return `${portalPath(deskId)}/${encodeURIComponent(issueKey)}`;
}

/** A portal's form to raise a request of one type. */
export function createRequestPath(deskId: string, requestTypeId: string): string {
  return `${portalPath(deskId)}/create/${encodeURIComponent(requestTypeId)}`;
}
