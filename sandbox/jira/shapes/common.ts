import type { JiraStore } from '../store/jira-store';

/** What every shape function needs: the store for references and the site URL for `self` links. */
export interface ShapeContext {
  store: JiraStore;
  baseUrl: string;
}

/** Jira's date-time format: `2024-05-01T09:30:00.000+0000`. Stored dates are ISO 8601 in UTC. */
export function jiraDateTime(iso: string): string;
export function jiraDateTime(iso: string | null): string | null;
export function jiraDateTime(iso: string | null): string | null {
  if (iso === null) return null;
  return new Date(iso).toISOString().replace('Z', '+0000');
}

export const avatarUrls = (baseUrl: string, type: 'user' | 'project', id: string): Record<string, string> => {
  const url = (size: number): string => `${baseUrl}/rest/api/3/universal_avatar/view/type/${type}/avatar/${encodeURIComponent(id)}?size=${size}`;
  return { '48x48': url(48), '24x24': url(24), '16x16': url(16), '32x32': url(32) };
};

/** Turns a stored path (`/images/...`) into an absolute URL on the site. */
export const siteUrl = (baseUrl: string, pathOrUrl: string): string => (pathOrUrl.startsWith('/') ? `${baseUrl}${pathOrUrl}` : pathOrUrl);

/** Jira's platform paging envelope (`startAt`, `maxResults`, `total`, `isLast`). */
export function platformPage<T>(all: readonly T[], startAt: number, maxResults: number, self: string): Record<string, unknown> {
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  const page: Record<string, unknown> = { self, maxResults, startAt, total: all.length, isLast, values };
  if (!isLast) page.nextPage = withQuery(self, { startAt: String(startAt + maxResults), maxResults: String(maxResults) });
  return page;
}

/** JSM's paging envelope (`start`, `limit`, `size`, `isLastPage`, `_links`). */
export function servicedeskPage<T>(all: readonly T[], start: number, limit: number, baseUrl: string, self: string): Record<string, unknown> {
  const values = all.slice(start, start + limit);
  const isLastPage = start + values.length >= all.length;
  const links: Record<string, string> = { base: baseUrl, context: '', self };
  if (!isLastPage) links.next = withQuery(self, { start: String(start + limit), limit: String(limit) });
  if (start > 0) links.prev = withQuery(self, { start: String(Math.max(0, start - limit)), limit: String(limit) });
  return { size: values.length, start, limit, isLastPage, values, _links: links };
}

function withQuery(url: string, params: Record<string, string>): string {
  const parsed = new URL(url);
  for (const [k, v] of Object.entries(params)) parsed.searchParams.set(k, v);
  return parsed.toString();
}
