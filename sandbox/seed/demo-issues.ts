import type { StoredIssue } from '../jira/model';
import type { DemoConfig } from './demo-config';
import { describe, LABELS, SUMMARIES } from './demo-texts';
import { DEMO_USERS, type DemoUser } from './demo-users';
import type { Prng } from './prng';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

const DONE_STATUSES = [
  ['5', 55],
  ['6', 30],
  ['10004', 10],
  ['10005', 5],
] as const;
const OPEN_STATUSES = [
  ['1', 20],
  ['10001', 30],
  ['3', 30],
  ['10002', 15],
  ['10003', 5],
] as const;
const RESOLUTIONS = [
  ['10000', 90],
  ['10002', 4],
  ['10003', 3],
  ['10004', 3],
] as const;
const PRIORITIES = [
  ['3', 50],
  ['2', 20],
  ['4', 20],
  ['1', 5],
  ['5', 5],
] as const;
const CANCELED = '10005';
const WONT_DO = '10001';
const NEW_STATUSES = new Set(['1', '10001']);

/** An issue without id and key yet: the seeder numbers them in creation order. */
export type IssueDraft = Omit<StoredIssue, 'id' | 'key'>;

export interface Kind {
  issueTypeId: string;
  requestTypeId: string | null;
  summaries: readonly string[];
  /** Whether a customer raised it through the portal (else an agent created it). */
  fromCustomer: boolean;
}

export const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString();

/** Spreads `count` creation times over the year before `now`, oldest first. */
export function creationTimes(rng: Prng, count: number, now: number, span = YEAR): number[] {
  const times = Array.from({ length: count }, () => now - Math.floor(rng.next() * span));
  return times.sort((a, b) => a - b);
}

/** Status, resolution and dates for an issue created at `created`: older issues are more often done. */
export function lifecycle(rng: Prng, created: number, now: number, agents: readonly string[]) {
  const age = now - created;
  const pDone = age > 30 * DAY ? 0.92 : age > 7 * DAY ? 0.6 : 0.25;
  if (rng.chance(pDone)) {
    const statusId = rng.weighted(DONE_STATUSES);
    const resolutionId = statusId === CANCELED ? WONT_DO : rng.weighted(RESOLUTIONS);
    const resolved = created + Math.max(HOUR, Math.floor(rng.next() * Math.min(age, 21 * DAY)));
    const updated = Math.min(now, resolved + Math.floor(rng.next() * 48 * HOUR));
    return { statusId, resolutionId, resolutiondate: iso(resolved), updated: iso(updated), assigneeId: rng.pick(agents) };
  }
  const statusId = rng.weighted(OPEN_STATUSES);
  const updated = created + Math.floor(rng.next() * age);
  const assigneeId = NEW_STATUSES.has(statusId) && rng.chance(0.6) ? null : rng.pick(agents);
  return { statusId, resolutionId: null, resolutiondate: null, updated: iso(updated), assigneeId };
}

function labels(rng: Prng): string[] {
  const count = rng.weighted([
    [0, 50],
    [1, 35],
    [2, 15],
  ] as const);
  return [...new Set(Array.from({ length: count }, () => rng.pick(LABELS)))];
}

export function draft(
  rng: Prng,
  config: DemoConfig,
  projectId: string,
  kind: Kind,
  created: number,
  now: number,
  agents: readonly string[],
  customers: readonly DemoUser[],
): IssueDraft {
  const reporter = kind.fromCustomer ? rng.pick(customers) : rng.pick(DEMO_USERS.filter((u) => agents.includes(u.accountId)));
  const summary = rng.pick(kind.summaries);
  const organization = reporter.organization ? config.organizations.find((o) => o.name === reporter.organization) : undefined;
  // Most customers share requests with their organization; some keep them private.
  const shared = organization !== undefined && rng.chance(0.9);
  const colleagues = customers.filter((c) => c.organization === reporter.organization && c.accountId !== reporter.accountId);
  const participantIds = kind.fromCustomer && colleagues.length > 0 && rng.chance(0.1) ? [rng.pick(colleagues).accountId] : [];
  return {
    projectId,
    issueTypeId: kind.issueTypeId,
    ...lifecycle(rng, created, now, agents),
    summary,
    description: describe(summary, reporter.displayName, reporter.organization),
    created: iso(created),
    reporterId: reporter.accountId,
    labels: labels(rng),
    priorityId: rng.weighted(PRIORITIES),
    customFields: {},
    requestTypeId: kind.requestTypeId,
    organizationIds: shared && organization ? [organization.id] : [],
    participantIds,
    properties: {},
  };
}

/** The Acme Service Desk's requests: mostly portal requests from customers, some internal work. */
export function acmeIssues(rng: Prng, config: DemoConfig, count: number, now: Date): IssueDraft[] {
  const t = config.acmeTypes;
  const r = config.requestTypes;
  const kinds: (readonly [Kind, number])[] = [
    [{ issueTypeId: t['Service Request'].id, requestTypeId: r['Get IT help'].id, summaries: SUMMARIES['Get IT help'], fromCustomer: true }, 27],
    [{ issueTypeId: t['Service Request'].id, requestTypeId: r['Request access'].id, summaries: SUMMARIES['Request access'], fromCustomer: true }, 18],
    [{ issueTypeId: t.Incident.id, requestTypeId: r['Report an incident'].id, summaries: SUMMARIES['Report an incident'], fromCustomer: true }, 30],
    [{ issueTypeId: t.Change.id, requestTypeId: null, summaries: SUMMARIES.Change, fromCustomer: false }, 10],
    [{ issueTypeId: t.Problem.id, requestTypeId: null, summaries: SUMMARIES.Problem, fromCustomer: false }, 8],
    [{ issueTypeId: t.Task.id, requestTypeId: null, summaries: SUMMARIES.Task, fromCustomer: false }, 7],
  ];
  const customers = DEMO_USERS.filter((u) => u.kind === 'customer');
  const nowMs = now.getTime();
  return creationTimes(rng, count, nowMs).map((created) =>
    draft(rng, config, config.acme.id, rng.weighted(kinds), created, nowMs, config.acme.agentIds, customers),
  );
}

/** Field Services' requests: site visits from the two organizations on its desk. */
export function fieldIssues(rng: Prng, config: DemoConfig, count: number, now: Date): IssueDraft[] {
  const kinds: (readonly [Kind, number])[] = [
    [
      {
        issueTypeId: config.fieldTypes.Request.id,
        requestTypeId: config.requestTypes['Request a site visit'].id,
        summaries: SUMMARIES['Request a site visit'],
        fromCustomer: true,
      },
      8,
    ],
    [{ issueTypeId: config.fieldTypes.Task.id, requestTypeId: null, summaries: SUMMARIES['Field task'], fromCustomer: false }, 2],
  ];
  const deskOrganizations = new Set(config.organizations.filter((o) => o.serviceDeskIds.includes(config.fieldDeskId)).map((o) => o.name));
  const customers = DEMO_USERS.filter((u) => u.kind === 'customer' && u.organization !== null && deskOrganizations.has(u.organization));
  const nowMs = now.getTime();
  return creationTimes(rng, count, nowMs, 90 * DAY).map((created) =>
    draft(rng, config, config.field.id, rng.weighted(kinds), created, nowMs, config.field.agentIds, customers),
  );
}
