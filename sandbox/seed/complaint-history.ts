import type { JiraIssueType, JiraProject, StoredIssue } from '../jira/model';
import type { JiraStore } from '../jira/store/jira-store';
import { attachValidator } from '../jira/workflow/workflow-rules';
import type { BrmSetup } from './demo-brm-setup';
import type { DemoConfig } from './demo-config';
import type { IssueDraft } from './demo-issues';
import { DEMO_SERVICES } from './demo-services';
import { describe } from './demo-texts';
import { DEMO_USERS } from './demo-users';
import { Prng } from './prng';

/**
 * Twelve months of complaint history on ACME, written the way the app writes it: Complaint issues
 * with the category and severity labels, the Customer and Service fields, and the `brm-complaint`
 * issue property (its shape is the register's published contract, docs/architecture.md) with measures in every state, overdue measures, escalations, root causes
 * and the customers' responses, accepted or disputed. Deterministic for a seed and `now`; at
 * 20,000 complaints it takes well under a second.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

export const COMPLAINT_PROPERTY_KEY = 'brm-complaint';

/** What the complaints say, by category (the labels `brm-category-<c>`). */
const STATEMENTS = {
  'service-quality': ['The mail outage lasted all morning', 'Second VPN outage this month', 'The fix did not hold for a week'],
  'response-time': ['Nobody answered our ticket for three days', 'The agreed response time was missed again', 'We waited a week for a laptop replacement'],
  'staff-conduct': ['The technician was rude on the phone', 'Our request was closed without asking us'],
  communication: ['We were not told about the planned outage', 'No updates while the incident was open'],
  cost: ['We were billed twice for the same licence', 'The invoice does not match the contract'],
  other: ['The portal form loses what we typed', 'Our account manager changed without notice'],
} as const;
type Category = keyof typeof STATEMENTS;
const CATEGORIES = Object.keys(STATEMENTS).filter((c): c is Category => c in STATEMENTS);
const SEVERITIES = [
  ['low', 25],
  ['medium', 40],
  ['high', 25],
  ['critical', 10],
] as const;
type Severity = (typeof SEVERITIES)[number][0];
const SEVERITY_NAMES = SEVERITIES.map(([name]) => name);
/** Days open before the demo's escalations, by severity (the app's default thresholds). */
const STALL_DAYS = { low: 30, medium: 14, high: 5, critical: 2 } as const;

const ROOT_CAUSES = {
  'service-quality': [
    'A failed storage controller was not replaced in time',
    'The VPN client update shipped without regression tests',
    'Monitoring did not alert on the degraded mail queue',
  ],
  'response-time': ['The queue had no owner during the holidays', 'Tickets from the portal were routed to the wrong team'],
  'staff-conduct': ['The on-call agent had no briefing on the account', 'The closure rule closed waiting tickets automatically'],
  communication: ['The change calendar was not shared with customers', 'Incident updates were sent to an old distribution list'],
  cost: ['The billing run imported the licence file twice', 'The contract change was not entered in billing'],
  other: ['The portal session expired after 10 minutes', 'The account handover had no checklist'],
} as const;

const CORRECTIVE = [
  'Refund the duplicate charge',
  'Restore the service and confirm with the customer',
  'Call the customer and apologise',
  'Replace the faulty hardware',
  'Re-open and finish the original request',
  'Correct the invoice and resend it',
];
const PREVENTIVE = [
  'Add an alert on the mail queue length',
  'Add regression tests for the VPN client',
  'Assign a queue owner for holidays',
  'Review the closure automation rule',
  'Share the change calendar with customers',
  'Add a handover checklist for account changes',
];

const OPEN_STATUSES = [
  ['1', 30],
  ['3', 45],
  ['10002', 25],
] as const;
const DONE_STATUSES = [
  ['5', 70],
  ['6', 30],
] as const;
const DONE_RESOLUTION = '10000';

const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString();
const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

interface Measure {
  id: string;
  type: 'corrective' | 'preventive';
  description: string;
  ownerAccountId: string;
  dueDate: string;
  status: 'open' | 'done' | 'cancelled';
  revision: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  closedBy?: string;
  closedAt?: string;
}

interface Escalation {
  id: string;
  kind: 'stalled' | 'measure-overdue' | 'manual';
  at: string;
  toAccountId: string | null;
  by: string;
  measureId?: string;
}

/** A time the complaint was reopened, as the app's resolution trigger records it (keyed by the changelog). */
interface Reopening {
  id: string;
  at: string;
}

/** The `brm-complaint` value: the record and the values the app's `jira:entityProperty` module indexes. */
function complaintRecord(story: Story, updatedAt: string, updatedBy: string) {
  const { measures, rootCause, response, escalations, reopenings } = story;
  const open = measures.filter((m) => m.status === 'open');
  const nextDue = open.map((m) => m.dueDate).sort()[0];
  return {
    schemaVersion: 1,
    revision: measures.reduce((n, m) => n + m.revision, 0) + escalations.length + (rootCause ? 1 : 0) + (response === 'none' ? 0 : 1) + reopenings.length,
    measures,
    rootCause,
    response,
    escalations,
    reopenings: { count: reopenings.length, ...(reopenings.length === 0 ? {} : { lastAt: reopenings.at(-1)?.at }), recent: reopenings },
    updatedAt,
    updatedBy,
    openCorrective: open.filter((m) => m.type === 'corrective').length,
    openMeasures: open.length,
    ...(nextDue === undefined ? {} : { nextDue }),
    owners: [...new Set(open.map((m) => m.ownerAccountId))].sort(),
    escalated: escalations.length > 0 ? 'yes' : 'no',
    rootCauseSet: rootCause ? 'yes' : 'no',
  };
}

export interface ComplaintSetup {
  acme: JiraProject;
  complaintType: JiraIssueType;
  customerFieldId: string;
  serviceFieldId: string;
}

/** ACME's Complaint type and the app's Customer and Service fields, as the BRM set-up left them. */
export function complaintSetup(store: JiraStore, config: DemoConfig, brm: BrmSetup): ComplaintSetup {
  return {
    acme: store.project(config.acme.id) ?? config.acme,
    complaintType: brm.types.complaint,
    customerFieldId: brm.fields['brm-customer'].id,
    serviceFieldId: brm.fields['brm-service'].id,
  };
}

/** Adds each of the app's workflow validators to ACME's Complaint transitions into Done, as an admin would. */
export function attachComplaintValidators(store: JiraStore, setup: ComplaintSetup, validatorKeys: readonly string[]): void {
  for (const moduleKey of validatorKeys) attachValidator(store, { projectId: setup.acme.id, issueTypeId: setup.complaintType.id, moduleKey });
}

interface StoryOf {
  created: number;
  now: number;
  resolvedAt: number | undefined;
  severity: Severity;
  category: Category;
  assigneeId: string;
  nextMeasure: () => number;
}

interface Story {
  measures: Measure[];
  escalations: Escalation[];
  rootCause: string | null;
  response: 'none' | 'accepted' | 'disputed';
  reopenings: Reopening[];
}

/** What happened to a complaint from `created` to `now`: its measures, escalations, root cause and the customer's response. */
function complaintStory(rng: Prng, config: DemoConfig, { created, now, resolvedAt, severity, category, assigneeId, nextMeasure }: StoryOf): Story {
  const agents = config.acme.agentIds;
  const admin = DEMO_USERS.find((u) => u.kind === 'admin')?.accountId ?? agents[0] ?? '';
  const owners = [...agents, admin];
  const resolved = resolvedAt !== undefined;
  const end = resolvedAt ?? now;
  const measures: Measure[] = [];
  const addMeasure = (type: Measure['type'], status: Measure['status'], dueMs: number, closedMs?: number): Measure => {
    const by = rng.pick(agents);
    const createdAt = created + Math.floor(rng.next() * Math.max(HOUR, Math.min(end - created, 3 * DAY)));
    const measure: Measure = {
      id: `m-${(nextMeasure() + 0x10000000).toString(36).padStart(8, '0')}`,
      type,
      description: rng.pick(type === 'corrective' ? CORRECTIVE : PREVENTIVE),
      ownerAccountId: rng.pick(owners),
      dueDate: dateOf(dueMs),
      status,
      revision: status === 'open' ? 1 : 2,
      createdBy: by,
      createdAt: iso(createdAt),
      updatedBy: by,
      updatedAt: iso(closedMs ?? createdAt),
      ...(status !== 'open' && closedMs !== undefined ? { closedBy: by, closedAt: iso(closedMs) } : {}),
    };
    measures.push(measure);
    return measure;
  };

  const escalations: Escalation[] = [];
  const stallDays = STALL_DAYS[severity];
  if (end - created >= stallDays * DAY && rng.chance(resolved ? 0.6 : 0.85)) {
    escalations.push({
      id: `stalled:{issueId}:${stallDays}`,
      kind: 'stalled',
      at: iso(created + stallDays * DAY + 2 * HOUR),
      toAccountId: assigneeId,
      by: 'app',
    });
  }

  let response: Story['response'] = 'none';
  let rootCause: string | null = null;
  if (resolvedAt !== undefined) {
    // A resolved complaint had its corrective measures closed (the workflow rule holds).
    const corrective = rng.int(1, 2);
    for (let i = 0; i < corrective; i++)
      addMeasure('corrective', 'done', created + rng.int(2, 10) * DAY, created + Math.floor(rng.next() * (resolvedAt - created)));
    if (rng.chance(0.1)) addMeasure('corrective', 'cancelled', created + rng.int(2, 10) * DAY, created + Math.floor(rng.next() * (resolvedAt - created)));
    const preventive = rng.weighted([
      [0, 30],
      [1, 50],
      [2, 20],
    ] as const);
    for (let i = 0; i < preventive; i++) {
      const due = resolvedAt + rng.int(7, 60) * DAY;
      const state = rng.weighted([
        ['done', 50],
        ['open', 30],
        ['cancelled', 20],
      ] as const);
      const closedAt = Math.min(now, resolvedAt + rng.int(1, 40) * DAY);
      addMeasure('preventive', state, due, state === 'open' ? undefined : closedAt);
    }
    rootCause = rng.chance(0.85) ? rng.pick(ROOT_CAUSES[category]) : null;
    response = rng.weighted([
      ['accepted', 70],
      ['disputed', 15],
      ['none', 15],
    ] as const);
  } else if (rng.chance(0.75)) {
    // Work under way: corrective measures due within a month of the complaint, some past due now.
    const corrective = rng.int(1, 2);
    for (let i = 0; i < corrective; i++) {
      const due = created + rng.int(3, 30) * DAY;
      const done = due < now && rng.chance(0.35);
      addMeasure('corrective', done ? 'done' : 'open', due, done ? Math.min(now, due - DAY) : undefined);
    }
    if (rng.chance(0.4)) addMeasure('preventive', 'open', created + rng.int(20, 90) * DAY);
    if (rng.chance(0.1)) addMeasure('corrective', 'cancelled', created + rng.int(3, 20) * DAY, Math.min(now, created + DAY));
    rootCause = rng.chance(0.4) ? rng.pick(ROOT_CAUSES[category]) : null;
    response = rng.chance(0.1) ? 'disputed' : 'none';
  }
  for (const measure of measures) {
    const dueEnd = Date.parse(`${measure.dueDate}T00:00:00Z`) + DAY;
    if (measure.status === 'open' && dueEnd < now && rng.chance(0.6)) {
      escalations.push({
        id: `overdue:{issueId}:${measure.id}:${measure.dueDate}`,
        kind: 'measure-overdue',
        at: iso(dueEnd + 7 * HOUR),
        toAccountId: measure.ownerAccountId,
        by: 'app',
        measureId: measure.id,
      });
    }
  }
  escalations.sort((a, b) => a.at.localeCompare(b.at));
  return { measures, escalations, rootCause, response, reopenings: [] };
}

/**
 * Whether the complaint was resolved once and reopened, and when: about three in ten of the
 * complaints still open after a few days (resolved too early, reopened within the last two weeks),
 * one in twenty of the resolved ones (resolved again since). Drawn from a generator of its own, so
 * the rest of the history stays as it was without reopenings.
 */
function reopeningOf(rng: Prng, created: number, now: number, resolvedAt: number | undefined, id: string): Reopening[] {
  const [from, to] = resolvedAt === undefined ? [Math.max(created + 2 * DAY, now - 14 * DAY), now - HOUR] : [created + DAY, resolvedAt - DAY];
  const chance = rng.next();
  const when = rng.next();
  if (to <= from || chance >= (resolvedAt === undefined ? 0.3 : 0.05)) return [];
  return [{ id, at: iso(from + when * (to - from)) }];
}

/** When the story last changed the complaint (at least `since`). */
const lastChange = (story: Story, since: number): number =>
  Math.max(
    since,
    ...story.measures.map((m) => Date.parse(m.updatedAt)),
    ...story.escalations.map((e) => Date.parse(e.at)),
    ...story.reopenings.map((r) => Date.parse(r.at)),
  );

/** The issue's properties for a story: the `brm-complaint` record, or none when nothing happened yet. */
function propertiesOf(story: Story, updatedAt: string, updatedBy: string): Record<string, unknown> {
  const { measures, escalations, rootCause, response, reopenings } = story;
  const hasRecord = measures.length > 0 || escalations.length > 0 || rootCause !== null || response !== 'none' || reopenings.length > 0;
  return hasRecord ? { [COMPLAINT_PROPERTY_KEY]: complaintRecord(story, updatedAt, updatedBy) } : {};
}

/** One complaint created at `created`, with its whole history up to `now`; `nextMeasure` numbers the measures. */
function complaintDraft(rng: Prng, config: DemoConfig, setup: ComplaintSetup, created: number, now: number, numbering: Numbering): IssueDraft {
  const { nextMeasure } = numbering;
  const agents = config.acme.agentIds;
  // Portal customers of ACME's desk, whose organization becomes the complaint's Customer.
  const customers = DEMO_USERS.filter(
    (u) => u.kind === 'customer' && config.organizations.some((o) => o.name === u.organization && o.serviceDeskIds.includes(config.acmeDeskId)),
  );
  const reporter = rng.pick(customers);
  const organization = config.organizations.find((o) => o.name === reporter.organization);
  const category = rng.pick(CATEGORIES);
  const severity = rng.weighted(SEVERITIES);
  const statement = rng.pick(STATEMENTS[category]);
  const service = rng.pick(DEMO_SERVICES);
  const assigneeId = rng.pick(agents);
  const age = now - created;
  // Resolved at least two days after it was raised, so only a complaint older than that can be.
  const resolved = age > 2 * DAY && rng.chance(age > 45 * DAY ? 0.9 : age > 14 * DAY ? 0.6 : 0.2);
  const resolvedAt = resolved ? created + Math.max(2 * DAY, Math.floor(rng.next() * Math.min(age, 40 * DAY))) : undefined;
  const story = {
    ...complaintStory(rng, config, { created, now, resolvedAt, severity, category, assigneeId, nextMeasure }),
    reopenings: numbering.reopen(created, resolvedAt),
  };
  const updated = lastChange(story, Math.max(created, resolvedAt ?? created));
  const summary = `Complaint: ${statement}`;
  const customFields: Record<string, unknown> = {};
  if (organization) customFields[setup.customerFieldId] = { id: organization.id, name: organization.name };
  customFields[setup.serviceFieldId] = { id: service.id, name: service.name };
  return {
    projectId: setup.acme.id,
    issueTypeId: setup.complaintType.id,
    statusId: resolvedAt !== undefined ? rng.weighted(DONE_STATUSES) : rng.weighted(OPEN_STATUSES),
    resolutionId: resolvedAt !== undefined ? DONE_RESOLUTION : null,
    summary,
    description: describe(summary, reporter.displayName, reporter.organization),
    created: iso(created),
    updated: iso(Math.min(now, updated)),
    resolutiondate: resolvedAt !== undefined ? iso(resolvedAt) : null,
    reporterId: reporter.accountId,
    assigneeId,
    labels: [`brm-category-${category}`, `brm-severity-${severity}`],
    priorityId: severity === 'critical' ? '1' : severity === 'high' ? '2' : '3',
    customFields,
    requestTypeId: null,
    organizationIds: organization ? [organization.id] : [],
    participantIds: [],
    properties: propertiesOf(story, iso(Math.min(now, updated)), assigneeId),
  };
}

/** Numbers the measures and the reopenings of the complaints a seeding writes. */
interface Numbering {
  nextMeasure: () => number;
  reopen: (created: number, resolvedAt: number | undefined) => Reopening[];
}

function numberingOf(rng: Prng, now: number, prefix: string, nextMeasure: () => number): Numbering {
  let count = 0;
  return { nextMeasure, reopen: (created, resolvedAt) => reopeningOf(rng, created, now, resolvedAt, `changelog:${prefix}-${++count}`) };
}

/** How many complaints a demo tenant of `issues` ACME issues gets: one in fifty, at least 40. */
export const complaintsFor = (issues: number): number => Math.max(40, Math.round(issues / 50));

/**
 * The drafts of `count` complaints created over the year before `now`, oldest first. Their
 * escalation ids name the issue (`stalled:<issueId>:…`): `fillIssueIds` writes them once the
 * issues have ids.
 */
export function complaintDrafts(config: DemoConfig, setup: ComplaintSetup, count: number, now: Date, seed: number): IssueDraft[] {
  const rng = new Prng(seed * 7919 + 17);
  let measures = 0;
  const nowMs = now.getTime();
  const numbering = numberingOf(new Prng(seed * 7919 + 23), nowMs, 'demo', () => ++measures);
  const times = Array.from({ length: count }, () => nowMs - Math.floor(rng.next() * YEAR) - HOUR).sort((a, b) => a - b);
  return times.map((created) => complaintDraft(rng, config, setup, created, nowMs, numbering));
}

/** Puts each stored complaint's issue id into the alert ids of its escalations (as the app's run writes them). */
export function fillIssueIds(issue: StoredIssue): StoredIssue {
  const value = issue.properties[COMPLAINT_PROPERTY_KEY];
  if (value === undefined) return issue;
  const text = JSON.stringify(value);
  if (!text.includes('{issueId}')) return issue;
  const filled: unknown = JSON.parse(text.replaceAll('{issueId}', issue.id));
  return { ...issue, properties: { ...issue.properties, [COMPLAINT_PROPERTY_KEY]: filled } };
}

export interface ComplaintHistoryOptions {
  count: number;
  now: Date;
  seed: number;
  /** The app's `jira:workflowValidator` module keys, added to ACME's Complaint transitions into Done. */
  validatorKeys: readonly string[];
  /** Stores ACME's drafts as issues, numbered in order; `finish` completes each once it has its id. */
  insert: (drafts: readonly IssueDraft[], finish: (issue: StoredIssue) => StoredIssue) => unknown;
}

const labelValue = <V extends string>(labels: readonly string[], prefix: string, values: readonly V[]): V | undefined =>
  values.find((v) => labels.includes(`${prefix}${v}`));

/**
 * Gives the Complaints ACME already holds (the tickets tagged or raised on the portal) their story
 * too, as agents would have kept it: measures, escalations, root cause and response, consistent
 * with their status (a resolved one has its corrective measures closed).
 */
function recordExistingComplaints(store: JiraStore, config: DemoConfig, setup: ComplaintSetup, now: number, seed: number, nextMeasure: () => number): number {
  const rng = new Prng(seed * 104_729 + 5);
  const existing = store.docs.issues.filter(
    (i) => i.projectId === setup.acme.id && i.issueTypeId === setup.complaintType.id && i.properties[COMPLAINT_PROPERTY_KEY] === undefined,
  );
  for (const issue of existing) {
    const created = Date.parse(issue.created);
    const resolvedAt = issue.resolutiondate ? Date.parse(issue.resolutiondate) : undefined;
    const story = complaintStory(rng, config, {
      created,
      now,
      resolvedAt,
      severity: labelValue(issue.labels, 'brm-severity-', SEVERITY_NAMES) ?? 'medium',
      category: labelValue(issue.labels, 'brm-category-', CATEGORIES) ?? 'other',
      assigneeId: issue.assigneeId ?? rng.pick(config.acme.agentIds),
      nextMeasure,
    });
    const updated = Math.min(now, lastChange(story, Date.parse(issue.updated)));
    store.docs.issues.put(
      fillIssueIds({ ...issue, updated: iso(updated), properties: { ...issue.properties, ...propertiesOf(story, iso(updated), issue.assigneeId ?? 'app') } }),
    );
  }
  return existing.length;
}

/** The seeder's one call: `count` complaints of ACME with their history, and the workflow rule on ACME's Complaint transitions. */
export function seedComplaintHistory(store: JiraStore, config: DemoConfig, brm: BrmSetup, options: ComplaintHistoryOptions): number {
  const setup = complaintSetup(store, config, brm);
  const drafts = complaintDrafts(config, setup, options.count, options.now, options.seed);
  options.insert(drafts, fillIssueIds);
  let measures = 0;
  recordExistingComplaints(store, config, setup, options.now.getTime(), options.seed, () => 1_000_000 + ++measures);
  attachComplaintValidators(store, setup, options.validatorKeys);
  return drafts.length;
}
