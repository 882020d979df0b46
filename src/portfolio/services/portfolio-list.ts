import { z } from 'zod';
import { invalidInput } from '#kernel/app-error';
import type { Locale } from '#kernel/locales';
import { callerLocale } from '#platform/jira/locales';
import { organizationsPage } from '#platform/jira/organizations';
import { usersWithEmailByIds } from '#platform/jira/users';
import { isActive } from '#platform/jobs/job-record';
import { queryHealth, queryProfiles, readHealth, readProfiles, type Page, type ProfileIndex } from '#portfolio/portfolio-store';
import type { PortfolioFilter, PortfolioRow } from '#portfolio/contract';
import { csvFile } from '#portfolio/domain/csv';
import { dateOf } from '#portfolio/domain/dates';
import type { StoredHealth } from '#portfolio/domain/health-snapshot';
import { PORTFOLIO_EXPORT_MAX_ROWS, PORTFOLIO_PAGE_SIZE, type Profile } from '#portfolio/domain/profile';
import { PORTFOLIO_TEXTS, wordText, type PortfolioTextKey } from '#portfolio/domain/texts';
import { viewerOf, type Viewer } from './access';
import { isStale, latestHealthAssessment, startHealthAssessment } from './health-job';
import { servedScope, type ServedScope } from './served-scope';
import { startServedSync } from './served-sync-job';

/**
 * The portfolio page: every customer the viewer may see (all of them for a Jira admin; those of
 * the service desks where the viewer is an agent otherwise), a page at a time, with tier, owner,
 * lifecycle, the last health assessment, CSAT, NPS and open complaints. Filters read the matching
 * index (owner, tier, lifecycle, health status), so "my customers" and "at risk" are queries. An
 * agent's customers come from the app's copy of each desk's organizations (served-scope.ts).
 */

/** Where the next page starts: a KVS cursor of the index read, an offset into JSM's list, or the last served organization's sort key. */
const cursorSchema = z.union([z.object({ kvs: z.string() }), z.object({ offset: z.number().int().nonnegative() }), z.object({ after: z.string() })]);
type Cursor = z.infer<typeof cursorSchema>;

const encode = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(text: string | null): Cursor | undefined {
  if (text === null) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // falls through to the error below
  }
  throw invalidInput('cursor', PORTFOLIO_TEXTS.text('list.badCursor'));
}

interface Candidate {
  organizationId: string;
  name?: string;
}

/** A source of candidates in order, one chunk at a time; `served` when they are the viewer's customers already. */
type Source = (cursor: Cursor | undefined, wanted: number) => Promise<{ items: Candidate[]; next: Cursor | undefined; served?: boolean }>;

/** At most this many reads of a source for one page (filters may leave little of each read). */
const MAX_READS = 10;

const fromKvs =
  (read: (cursor: string | undefined, limit: number) => Promise<Page<Candidate>>): Source =>
  async (cursor, wanted) => {
    const page = await read(cursor && 'kvs' in cursor ? cursor.kvs : undefined, Math.min(100, Math.max(wanted, 10)));
    return { items: page.items, next: page.cursor ? { kvs: page.cursor } : undefined };
  };

function sourceFor(viewer: Viewer, filter: PortfolioFilter, served: ServedScope | undefined): Source {
  if (filter.health) {
    const status = filter.health;
    return fromKvs(async (cursor, limit) => {
      const page = await queryHealth(status, cursor, limit);
      return { items: page.items.map((i) => ({ organizationId: i.organizationId })), ...(page.cursor ? { cursor: page.cursor } : {}) };
    });
  }
  const index: ProfileIndex | undefined = filter.mine
    ? { index: 'owner', ownerAccountId: viewer.accountId }
    : filter.tier
      ? { index: 'tier', tier: filter.tier }
      : filter.lifecycle
        ? { index: 'lifecycle', lifecycle: filter.lifecycle }
        : undefined;
  if (index) {
    return fromKvs(async (cursor, limit) => {
      const page = await queryProfiles(index, {}, cursor, limit);
      return { items: page.items.map((p) => ({ organizationId: p.organizationId, name: p.name })), ...(page.cursor ? { cursor: page.cursor } : {}) };
    });
  }
  if (served) {
    return async (cursor, wanted) => {
      const page = await served.page(cursor && 'after' in cursor ? cursor.after : undefined, wanted);
      return {
        items: page.items.map((o) => ({ organizationId: o.organizationId, name: o.name })),
        next: page.next ? { after: page.next } : undefined,
        served: true,
      };
    };
  }
  // A Jira admin sees every organization: JSM's own list, a page at a time.
  return async (cursor, wanted) => {
    const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
    const page = await organizationsPage(viewer.client, offset, Math.min(50, wanted));
    return {
      items: page.values.map((o) => ({ organizationId: o.id, name: o.name })),
      next: page.isLastPage ? undefined : { offset: offset + page.values.length },
    };
  };
}

function matches(filter: PortfolioFilter, viewer: Viewer, profile: Profile | undefined, health: StoredHealth | undefined): boolean {
  if (filter.mine && profile?.ownerAccountId !== viewer.accountId) return false;
  if (filter.tier && profile?.tier !== filter.tier) return false;
  if (filter.lifecycle && profile?.lifecycle !== filter.lifecycle) return false;
  if (filter.health && health?.status !== filter.health) return false;
  return true;
}

interface Listing {
  rows: PortfolioRow[];
  next: Cursor | undefined;
  stale: boolean;
}

async function collect(
  viewer: Viewer,
  filter: PortfolioFilter,
  served: ServedScope | undefined,
  start: Cursor | undefined,
  size: number,
  now: Date,
): Promise<Listing> {
  const source = sourceFor(viewer, filter, served);
  const found: { candidate: Candidate; profile: Profile | undefined; health: StoredHealth | undefined }[] = [];
  let cursor = start;
  let reads = 0;
  do {
    const chunk = await source(cursor, size - found.length);
    cursor = chunk.next;
    reads++;
    const names = served && !chunk.served ? await served.visible(chunk.items.map((c) => c.organizationId)) : undefined;
    const visible = (names ? chunk.items.filter((c) => names.has(c.organizationId)) : chunk.items).map((c) => ({
      ...c,
      name: names?.get(c.organizationId) ?? c.name,
    }));
    const ids = visible.map((c) => c.organizationId);
    const [profiles, health] = await Promise.all([readProfiles(ids), readHealth(ids)]);
    for (const candidate of visible) {
      const profile = profiles.get(candidate.organizationId);
      const snapshot = health.get(candidate.organizationId);
      if (matches(filter, viewer, profile, snapshot)) found.push({ candidate, profile, health: snapshot });
    }
  } while (cursor && found.length < size && reads < MAX_READS);
  const owners = await usersWithEmailByIds(
    viewer.client,
    found.flatMap((f) => (f.profile?.ownerAccountId ? [f.profile.ownerAccountId] : [])),
  );
  const rows: PortfolioRow[] = found.map(({ candidate, profile, health }) => ({
    organizationId: candidate.organizationId,
    name: candidate.name ?? profile?.name ?? candidate.organizationId,
    tier: profile?.tier ?? null,
    owner: profile?.ownerAccountId
      ? { accountId: profile.ownerAccountId, displayName: owners.get(profile.ownerAccountId)?.displayName ?? profile.ownerAccountId }
      : null,
    lifecycle: profile?.lifecycle ?? null,
    health: health ? { status: health.status, assessedAt: health.computedAt } : null,
    csat: health?.csat ?? null,
    nps: health?.nps ?? null,
    openComplaints: health?.openComplaints ?? null,
  }));
  return { rows, next: cursor, stale: found.some((f) => !f.health || isStale(f.health.computedAt, now)) };
}

/** All customers for a Jira admin (undefined), the served ones otherwise. */
async function scopeOf(viewer: Viewer, now: Date): Promise<ServedScope | undefined> {
  return viewer.isAdmin ? undefined : servedScope(viewer, now);
}

export async function listPortfolio(accountId: string | undefined, filter: PortfolioFilter, cursorText: string | null, now: Date = new Date()) {
  const viewer = await viewerOf(accountId);
  const served = await scopeOf(viewer, now);
  const listing = await collect(viewer, filter, served, decode(cursorText), PORTFOLIO_PAGE_SIZE, now);
  // The app's copy of the desks' organizations, older than an hour (or never made), is made again in the background.
  if (served?.refreshDue) await startServedSync(viewer.accountId);
  // Health older than a day (or never assessed) is assessed again in the background.
  let assessing = false;
  if (listing.stale) assessing = isActive((await startHealthAssessment(viewer.accountId)).job.status);
  else {
    const last = await latestHealthAssessment();
    assessing = last !== undefined && isActive(last.status);
  }
  return { rows: listing.rows, cursor: listing.next ? encode(listing.next) : null, scope: served ? ('served' as const) : ('all' as const), assessing };
}

/** The portfolio page's CSV: its columns, each header a sentence of PORTFOLIO_TEXTS. */
const VIEW_COLUMNS = [
  'column.organization',
  'column.organizationId',
  'column.tier',
  'column.owner',
  'column.lifecycle',
  'column.health',
  'column.assessedAt',
  'column.csat',
  'column.nps',
  'column.openComplaints',
] as const satisfies readonly PortfolioTextKey[];

/**
 * The portfolio page's list as CSV: what the viewer may see, with the page's filters. Its headers
 * and words (tier, lifecycle, health) are in the viewer's language: `locale`, or the one Jira gives
 * for them (one call, once the viewer may export); numbers and moments are written as data.
 */
export async function exportPortfolioView(accountId: string | undefined, filter: PortfolioFilter, now: Date = new Date(), locale?: Locale) {
  const viewer = await viewerOf(accountId);
  const served = await scopeOf(viewer, now);
  const rows: PortfolioRow[] = [];
  let cursor: Cursor | undefined;
  do {
    const listing = await collect(viewer, filter, served, cursor, 100, now);
    rows.push(...listing.rows);
    cursor = listing.next;
  } while (cursor && rows.length < PORTFOLIO_EXPORT_MAX_ROWS);
  const language = locale ?? (await callerLocale());
  const text = (n: number | null) => (n === null ? '' : String(n));
  const csv = csvFile(
    VIEW_COLUMNS.map((key) => PORTFOLIO_TEXTS.in(language, key)),
    rows
      .slice(0, PORTFOLIO_EXPORT_MAX_ROWS)
      .map((r) => [
        r.name,
        r.organizationId,
        r.tier ? wordText('tier', r.tier).in(language) : '',
        r.owner?.displayName ?? '',
        r.lifecycle ? wordText('lifecycle', r.lifecycle).in(language) : '',
        r.health ? wordText('health', r.health.status).in(language) : '',
        r.health?.assessedAt ?? '',
        text(r.csat),
        text(r.nps),
        text(r.openComplaints),
      ]),
  );
  return {
    fileName: PORTFOLIO_TEXTS.in(language, 'file.customers', { date: dateOf(now) }),
    csv,
    rows: Math.min(rows.length, PORTFOLIO_EXPORT_MAX_ROWS),
  };
}
