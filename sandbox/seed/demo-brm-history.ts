import type { Organization, StoredIssue } from '../jira/model';
import type { JiraStore } from '../jira/store/jira-store';
import type { BrmSetup } from './demo-brm-setup';
import {
  BUSINESS_CASES,
  COMPLAINTS,
  COMPLIMENTS,
  SERVICE_REQUIREMENTS,
  serviceOfSummary,
  type ComplaintSeverity,
  type FeedbackCategory,
} from './demo-brm-texts';
import type { DemoConfig } from './demo-config';
import { DAY, HOUR, iso, lifecycle, type IssueDraft } from './demo-issues';
import { demoService, type DemoServiceName } from './demo-services';
import { describe } from './demo-texts';
import { DEMO_ADMIN_EMAIL, DEMO_USERS, demoUser, type DemoUser } from './demo-users';
import type { Prng } from './prng';

/**
 * ACME's year with BRM: Customer and Service on a share of its customer requests, and the BRM
 * tickets the app's users made: Complaints and Compliments tagged from a ticket (linked, the ticket
 * marked with `brm-feedback`) or raised on the portal, Business Cases and Service Requirements.
 * Values have the shapes the app writes: `{ id, name }` for Customer and Service, numbers and choices
 * for the Business Case fields, category and severity as labels.
 */

/** Share of customer requests that name their customer, and of those that also name their service. */
const CUSTOMER_SHARE = 0.6;
const SERVICE_SHARE = 0.75;
/** How many complaints and compliments an agent tagged from a ticket; the rest came through the portal. */
const TAGGED_COMPLAINTS = 5;
const TAGGED_COMPLIMENTS = 3;

const YEAR = 365 * DAY;
const FEEDBACK_PROPERTY = 'brm-feedback';
const LINK_TYPE = 'Relates';
const PRIORITY_OF_SEVERITY: Record<ComplaintSeverity, string> = { critical: '1', high: '2', medium: '3', low: '4' };
const MEDIUM = '3';

type FeedbackKind = 'complaint' | 'compliment';

/** A tag to write once the ticket and its feedback issue have keys. */
interface PendingTag {
  ticket: IssueDraft;
  feedback: IssueDraft;
  kind: FeedbackKind;
  statement: string;
  taggedAt: string;
  taggedBy: string;
}

export interface BrmHistory {
  /** The BRM tickets, oldest first. */
  drafts: IssueDraft[];
  tags: PendingTag[];
}

const ref = (value: { id: string; name: string }) => ({ id: value.id, name: value.name });

function organizationOf(config: DemoConfig, user: DemoUser): Organization | undefined {
  return user.organization === null ? undefined : config.organizations.find((o) => o.name === user.organization);
}

const labelsOf = (category: FeedbackCategory, severity?: ComplaintSeverity): string[] => [
  `brm-category-${category}`,
  ...(severity ? [`brm-severity-${severity}`] : []),
];

/**
 * Gives a share of the customer requests their Customer (the reporter's organization, as the app's
 * default does) and, of those, their Service (the catalogue service the summary is about).
 */
export function withCustomersAndServices(rng: Prng, config: DemoConfig, setup: BrmSetup, drafts: readonly IssueDraft[]): IssueDraft[] {
  const customerField = setup.fields['brm-customer'].id;
  const serviceField = setup.fields['brm-service'].id;
  const organizationOfReporter = new Map(DEMO_USERS.map((u) => [u.accountId, organizationOf(config, u)]));
  return drafts.map((draft) => {
    const organization = draft.requestTypeId === null ? undefined : organizationOfReporter.get(draft.reporterId ?? '');
    if (!organization || !rng.chance(CUSTOMER_SHARE)) return draft;
    const service = serviceOfSummary(draft.summary);
    const withService = service !== undefined && rng.chance(SERVICE_SHARE);
    return {
      ...draft,
      customFields: { ...draft.customFields, [customerField]: ref(organization), ...(withService ? { [serviceField]: ref(demoService(service)) } : {}) },
    };
  });
}

/** The description tagging gives a feedback issue: the statement, then where it came from (ADF). */
function feedbackDescription(statement: string, ticketKey: string, ticketSummary: string): Record<string, unknown> {
  const text = (value: string) => ({ type: 'text', text: value });
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [text(statement)] },
      { type: 'paragraph', content: [{ ...text('Raised from '), marks: [{ type: 'strong' }] }, text(`${ticketKey} (${ticketSummary})`)] },
    ],
  };
}

const feedbackSummary = (kind: FeedbackKind, statement: string): string => `${kind === 'complaint' ? 'Complaint' : 'Compliment'}: ${statement}`;

interface Feedback {
  kind: FeedbackKind;
  statement: string;
  category: FeedbackCategory;
  severity?: ComplaintSeverity;
  service: DemoServiceName;
}

/** The BRM tickets of ACME over the year before `now`, and the tags that link tagged feedback to its ticket. */
export function brmHistory(rng: Prng, config: DemoConfig, setup: BrmSetup, ordinary: readonly IssueDraft[], now: Date): BrmHistory {
  const nowMs = now.getTime();
  const agents = config.acme.agentIds;
  const staff = [demoUser(DEMO_ADMIN_EMAIL), ...DEMO_USERS.filter((u) => agents.includes(u.accountId))];
  const customers = DEMO_USERS.filter((u) => u.kind === 'customer' && organizationOf(config, u)?.serviceDeskIds.includes(config.acmeDeskId));
  const customerField = setup.fields['brm-customer'].id;
  const serviceField = setup.fields['brm-service'].id;
  const drafts: IssueDraft[] = [];
  const tags: PendingTag[] = [];

  const base = (issueTypeId: string, created: number, reporterId: string, summary: string, priorityId: string): IssueDraft => ({
    projectId: config.acme.id,
    issueTypeId,
    ...lifecycle(rng, created, nowMs, agents),
    summary,
    description: null,
    created: iso(created),
    reporterId,
    labels: [],
    priorityId,
    customFields: {},
    requestTypeId: null,
    organizationIds: [],
    participantIds: [],
    properties: {},
  });

  // Each kind spread over the year on its own, in an order of its own.
  const complaints = shuffled(rng, COMPLAINTS).map((c): Feedback => ({ kind: 'complaint', ...c }));
  const compliments = shuffled(rng, COMPLIMENTS).map((c): Feedback => ({ kind: 'compliment', ...c }));
  const feedback = [...complaints, ...compliments];
  const times = [...spreadTimes(rng, complaints.length, nowMs), ...spreadTimes(rng, compliments.length, nowMs)];
  const tagged = new Set([...COMPLAINTS.slice(0, TAGGED_COMPLAINTS), ...COMPLIMENTS.slice(0, TAGGED_COMPLIMENTS)].map((f) => f.statement));
  // Tickets an agent could tag: customer requests from a customer of the desk, oldest first.
  const customerIds = new Set(customers.map((c) => c.accountId));
  const taggable = ordinary.filter((d) => d.requestTypeId !== null && customerIds.has(d.reporterId ?? ''));
  const chosen = new Set<IssueDraft>();

  feedback.forEach((item, i) => {
    const when = times[i] ?? nowMs;
    const typeId = setup.types[item.kind].id;
    const labels = labelsOf(item.category, item.severity);
    const priorityId = item.severity ? PRIORITY_OF_SEVERITY[item.severity] : MEDIUM;
    const service = ref(demoService(item.service));
    const ticket = tagged.has(item.statement) ? latestUntaggedBefore(taggable, when, chosen) : undefined;
    const ticketReporter = ticket ? customers.find((c) => c.accountId === ticket.reporterId) : undefined;
    const ticketOrganization = ticketReporter ? organizationOf(config, ticketReporter) : undefined;
    if (ticket && ticketOrganization) {
      chosen.add(ticket);
      const taggedAt = Math.min(nowMs, Date.parse(ticket.created) + rng.int(1, 72) * HOUR);
      const agent = rng.pick(staff);
      const issue: IssueDraft = {
        ...base(typeId, taggedAt, agent.accountId, feedbackSummary(item.kind, item.statement), priorityId),
        labels,
        customFields: { [customerField]: ref(ticketOrganization), [serviceField]: service },
      };
      drafts.push(issue);
      tags.push({ ticket, feedback: issue, kind: item.kind, statement: item.statement, taggedAt: iso(taggedAt), taggedBy: agent.accountId });
      return;
    }
    // Raised by a customer with the app's request type; the app gave it the reporter's organization, an agent its labels and service.
    const reporter = rng.pick(customers);
    const organization = organizationOf(config, reporter);
    if (!organization) return;
    const issue = base(typeId, when, reporter.accountId, item.statement, priorityId);
    drafts.push({
      ...issue,
      description: describe(item.statement, reporter.displayName, reporter.organization),
      labels,
      customFields: { [customerField]: ref(organization), [serviceField]: service },
      requestTypeId: setup.requestTypes[item.kind].id,
      organizationIds: [organization.id],
    });
  });

  const caseTimes = spreadTimes(rng, BUSINESS_CASES.length, nowMs);
  shuffled(rng, BUSINESS_CASES).forEach((text, i) => {
    const created = caseTimes[i] ?? nowMs;
    const issue = base(setup.types.businessCase.id, created, rng.pick(staff).accountId, text.summary, MEDIUM);
    const decided = issue.resolutionId !== null;
    const go = decided && issue.resolutionId === '10000';
    // A case carried out shows what it cost: some came in over their plan.
    const actual = go ? Math.round((text.plannedCost * (0.85 + rng.next() * 0.4)) / 100) * 100 : undefined;
    drafts.push({
      ...issue,
      customFields: {
        [customerField]: ref(rng.pick(config.organizations)),
        [serviceField]: ref(demoService(text.service)),
        [setup.fields['brm-planned-cost'].id]: text.plannedCost,
        [setup.fields['brm-expected-benefit'].id]: text.expectedBenefit,
        [setup.fields['brm-decision'].id]: decided ? (go ? 'go' : 'no-go') : 'pending',
        [setup.fields['brm-strategic'].id]: text.strategic,
        ...(actual === undefined ? {} : { [setup.fields['brm-actual-cost'].id]: actual }),
      },
    });
  });
  const requirementTimes = spreadTimes(rng, SERVICE_REQUIREMENTS.length, nowMs);
  shuffled(rng, SERVICE_REQUIREMENTS).forEach((text, i) => {
    const created = requirementTimes[i] ?? nowMs;
    const issue = base(setup.types.serviceRequirement.id, created, rng.pick(staff).accountId, text.summary, MEDIUM);
    drafts.push({ ...issue, customFields: { [customerField]: ref(rng.pick(config.organizations)), [serviceField]: ref(demoService(text.service)) } });
  });

  return { drafts: drafts.sort((a, b) => a.created.localeCompare(b.created)), tags };
}

/** `count` times over the year before `now`, one in each equal slice of it, oldest first: spread out whatever the count. */
function spreadTimes(rng: Prng, count: number, nowMs: number): number[] {
  return Array.from({ length: count }, (_, i) => nowMs - YEAR + Math.floor(((i + rng.next()) * YEAR) / count));
}

function shuffled<T>(rng: Prng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

/** The newest ticket created before `when` that nobody tagged yet (tickets oldest first); undefined when there is none. */
function latestUntaggedBefore(tickets: readonly IssueDraft[], when: number, chosen: ReadonlySet<IssueDraft>): IssueDraft | undefined {
  const before = iso(when);
  let low = 0;
  let high = tickets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tickets[mid]?.created ?? '') < before) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) {
    const ticket = tickets[i];
    if (ticket && !chosen.has(ticket)) return ticket;
  }
  return undefined;
}

/** Merges two lists of drafts that are each oldest first into one, oldest first (keys follow creation). */
export function mergeByCreated(a: readonly IssueDraft[], b: readonly IssueDraft[]): IssueDraft[] {
  const merged: IssueDraft[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i]?.created ?? '') <= (b[j]?.created ?? '')) ? a[i++] : b[j++];
    if (next) merged.push(next);
  }
  return merged;
}

/**
 * Writes what tagging wrote once the issues are stored: the feedback issue's description names the
 * ticket, the two are linked ("Relates", the ticket inward), the ticket is marked with `brm-feedback`
 * and gets the feedback's Customer and Service where it had none.
 */
export function writeTags(store: JiraStore, setup: BrmSetup, tags: readonly PendingTag[], storedOf: (draft: IssueDraft) => StoredIssue | undefined): void {
  const linkType = store.docs.issueLinkTypes.find((t) => t.name === LINK_TYPE);
  if (!linkType) throw new Error(`The baseline link type ${LINK_TYPE} is missing.`);
  const customerField = setup.fields['brm-customer'].id;
  const serviceField = setup.fields['brm-service'].id;
  for (const tag of tags) {
    const ticket = storedOf(tag.ticket);
    const feedback = storedOf(tag.feedback);
    if (!ticket || !feedback) throw new Error('A tagged ticket or its feedback issue was not stored.');
    store.docs.issues.put({ ...feedback, description: feedbackDescription(tag.statement, ticket.key, ticket.summary) });
    store.docs.issueLinks.put({ id: store.nextId('issueLink'), typeId: linkType.id, inwardIssueId: ticket.id, outwardIssueId: feedback.id });
    const fill = Object.fromEntries(
      [customerField, serviceField].filter((id) => ticket.customFields[id] === undefined).map((id) => [id, feedback.customFields[id]]),
    );
    store.docs.issues.put({
      ...ticket,
      updated: ticket.updated > tag.taggedAt ? ticket.updated : tag.taggedAt,
      customFields: { ...ticket.customFields, ...fill },
      properties: {
        ...ticket.properties,
        [FEEDBACK_PROPERTY]: { kind: tag.kind, feedbackIssueKey: feedback.key, taggedAt: tag.taggedAt, taggedBy: tag.taggedBy },
      },
    });
  }
}
