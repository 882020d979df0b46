/**
 * `router.navigate`, `router.open` and `router.getUrl` in a frame: Forge navigation targets
 * become the sandbox's own URLs, and the host page does the navigating.
 */
import { isRecord, stringOr } from '../values';
import { postToHost } from './host-channel';

export function navigate(payload: unknown): null {
  const location = isRecord(payload) ? payload : {};
  postToHost({ type: 'navigate', url: urlOf(location), newTab: location.type === 'new-tab' });
  return null;
}

/**
 * The sandbox URL of a `router.navigate` location: a URL string or a Forge navigation target.
 * Relative to the page's own origin, which is the site the browser reached.
 */
export function urlOf(location: Record<string, unknown>): string {
  const siteUrl = window.location.origin;
  if (typeof location.url === 'string') return new URL(location.url, siteUrl).href;
  return new URL(targetPath(location), siteUrl).href;
}

function targetPath(location: Record<string, unknown>): string {
  switch (location.target) {
    case 'issue':
      return `/browse/${encodeURIComponent(stringOr(location.issueKey, ''))}`;
    case 'dashboard':
      return `/jira/dashboards/${encodeURIComponent(stringOr(location.dashboardId, ''))}`;
    case 'module':
      return `/jira/settings/apps/${encodeURIComponent(stringOr(location.moduleKey, ''))}${stringOr(location.path, '')}`;
    case 'projectSettingsDetails':
      return `/jira/software/projects/${encodeURIComponent(stringOr(location.projectKey, ''))}/issues`;
    case 'userProfile':
      return `/jira/people/${encodeURIComponent(stringOr(location.accountId, ''))}`;
    default:
      throw new Error(`The sandbox cannot navigate to target '${String(location.target)}'.`);
  }
}
