import type { Organization, StoredIssue } from '../jira/model';
import type { JiraStore } from '../jira/store/jira-store';
import type { KvsEmulator } from '../kvs/kvs-emulator';
import type { DemoConfig } from './demo-config';
import { DAY, HOUR, iso, type IssueDraft } from './demo-issues';
import { DEMO_PROFILES } from './demo-portfolio';
import { DEMO_SERVICES } from './demo-services';
import { DEMO_ADMIN_EMAIL, DEMO_USERS, demoUser } from './demo-users';
import {
  addShare,
  contributionOf,
  emptyCounts,
  npsCategory,
  storedInvitation,
  storedRow,
  surveyEntry,
  type RowCounts,
  type Scores,
  type SeedFollowUp,
  type SeedInvitation,
  type SeedResponse,
} from './demo-survey-records';
import type { Prng } from './prng';

/**
 * ACME's year of satisfaction surveys: an invitation on most requests a customer raised and that
 * were resolved as Done over the last twelve months, answered (CSAT, NPS, CES, comments; some
 * anonymous; low ones followed up), expired, or still open; and one relationship campaign last
 * quarter, whose survey requests were raised on the key contacts' behalf and have all ended. Written
 * as the app keeps them: KVS entities `survey-invitation`, `survey-aggregate` (generation 1),
 * `survey-aggregate-state` and `survey-campaign`, and the `brm-survey` property of each request.
 */

const YEAR = 365 * DAY;
/** Share of eligible resolutions that were surveyed (the rule's sample rate). */
const SAMPLE = 0.85;
const ANONYMOUS = 0.15;
const ANSWERED = 0.62;
const EXPIRY_DAYS = 14;
const REMINDER_DAYS = 7;
const DONE = '10000';
const RESOLVED_STATUS = '5';
const QUESTIONNAIRE = { id: 'default', version: 1 } as const;
const SURVEY_PROPERTY = 'brm-survey';
const FEEDBACK_PROPERTY = 'brm-feedback';
/** The request type campaigns raise their requests with (the app creates it on a desk that lacks it). */
export const DEMO_SURVEY_REQUEST_TYPE = {
  name: 'Customer satisfaction survey',
  description: 'A short survey about our service, raised by the app for a relationship campaign.',
  helpText: 'Answer the survey shown on this request.',
};
/** A fixed id, so the tenant is the same on every machine (the app's own are random UUIDs). */
export const DEMO_CAMPAIGN_ID = '5eed5e7c-ca00-4000-8000-000000000001';
const KEY_CONTACTS_PER_ORGANIZATION = 2;

type Mood = 'happy' | 'neutral' | 'unhappy';
const COMMENTS: Record<Mood, readonly string[]> = {
  happy: ['Quick and friendly, thank you.', 'Solved on the first call.', 'Great follow-up from the agent.', 'Clear instructions, worked straight away.'],
  neutral: ['Fine in the end, but it took a while.', 'I had to explain the problem twice.', 'OK, though the update came late.'],
  unhappy: [
    'It took three weeks to get an answer.',
    'Nobody told me what was happening.',
    'The problem came back the next day.',
    'I was passed around between teams.',
  ],
};

export interface DemoSurveys {
  /** The campaign's survey requests, to store after ACME's other issues (oldest first). */
  campaignDrafts: IssueDraft[];
  /** Writes the invitations, the properties, the aggregates and the campaign once every issue has its key. */
  write(store: JiraStore, kvs: KvsEmulator, campaignIssues: readonly StoredIssue[]): number;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function scoresOf(rng: Prng, mood: Mood): { answers: Record<string, number | string>; scores: Scores; comment: string | null } {
  const overall =
    mood === 'happy'
      ? rng.weighted([
          [5, 60],
          [4, 40],
        ] as const)
      : mood === 'neutral'
        ? rng.weighted([
            [3, 60],
            [4, 40],
          ] as const)
        : rng.weighted([
            [1, 45],
            [2, 55],
          ] as const);
  const near = () => clamp(overall + rng.int(-1, 1), 1, 5);
  const nps =
    mood === 'happy'
      ? rng.weighted([
          [10, 40],
          [9, 35],
          [8, 25],
        ] as const)
      : mood === 'neutral'
        ? rng.int(5, 8)
        : rng.int(0, 5);
  const answers: Record<string, number | string> = {
    overall,
    quality: near(),
    speed: near(),
    friendliness: clamp(near() + (rng.chance(0.3) ? 1 : 0), 1, 5),
    orientation: near(),
    recommend: nps,
  };
  if (rng.chance(0.8)) answers['value'] = near();
  if (rng.chance(0.7)) answers['effort'] = mood === 'happy' ? rng.int(5, 7) : mood === 'neutral' ? rng.int(3, 5) : rng.int(1, 3);
  const comment = rng.chance(mood === 'unhappy' ? 0.8 : 0.4) ? rng.pick(COMMENTS[mood]) : null;
  if (comment) answers['comment'] = comment;
  const dimensions: Record<string, number> = {};
  for (const id of ['quality', 'speed', 'value', 'friendliness', 'orientation']) {
    const value = answers[id];
    if (typeof value === 'number') dimensions[id] = value;
  }
  const effort = answers['effort'];
  const scores: Scores = { overall, nps, npsCategory: npsCategory(nps), ...(typeof effort === 'number' ? { ces: effort } : {}), dimensions };
  return { answers, scores, comment };
}

/** An invitation sent at `sentAt`, answered (by `respondent`) or not, as things stand at `now`. */
function invitationAt(
  rng: Prng,
  base: Omit<
    SeedInvitation,
    'status' | 'sentAt' | 'remindAt' | 'remindedAt' | 'expiresAt' | 'response' | 'followUp' | 'applied' | 'updatedAt' | 'rev' | 'syncedRev'
  >,
  sentAt: number,
  now: number,
  respondent: string | null,
): SeedInvitation {
  const remindAt = sentAt + REMINDER_DAYS * DAY;
  const expiresAt = sentAt + EXPIRY_DAYS * DAY;
  const answerAt = rng.chance(ANSWERED) ? sentAt + (rng.chance(0.8) ? rng.int(1, 6 * 24) * HOUR : REMINDER_DAYS * DAY + rng.int(2, 6 * 24) * HOUR) : undefined;
  const remindedAt = (answerAt === undefined || answerAt > remindAt) && remindAt <= now ? remindAt : null;
  const common = {
    ...base,
    sentAt: iso(sentAt),
    remindAt: iso(remindAt),
    remindedAt: remindedAt === null ? null : iso(remindedAt),
    expiresAt: iso(expiresAt),
    followUp: null,
    applied: {},
  };
  // Each change of the invitation (sent, reminded, answered or expired) raised its revision.
  const revOf = (changes: number) => ({ rev: changes, syncedRev: changes });
  if (answerAt !== undefined && answerAt <= now) {
    const mood: Mood = rng.weighted([
      ['happy', 56],
      ['neutral', 27],
      ['unhappy', 17],
    ] as const);
    const { answers, scores, comment } = scoresOf(rng, mood);
    const response: SeedResponse = {
      answers,
      scores,
      comment,
      language: rng.weighted([
        ['en', 80],
        ['de', 12],
        ['es', 8],
      ] as const),
      answeredAt: iso(answerAt),
      editableUntil: iso(answerAt + 12 * HOUR),
      respondent: base.anonymous ? null : respondent,
      revision: 1,
    };
    return { ...common, status: 'answered', response, updatedAt: iso(answerAt), ...revOf(remindedAt === null ? 2 : 3) };
  }
  if (expiresAt <= now) return { ...common, status: 'expired', response: null, updatedAt: iso(expiresAt), ...revOf(remindedAt === null ? 2 : 3) };
  return {
    ...common,
    status: remindedAt === null ? 'sent' : 'reminded',
    response: null,
    updatedAt: iso(remindedAt ?? sentAt),
    ...revOf(remindedAt === null ? 1 : 2),
  };
}

/**
 * The follow-up rule (overall 2 or less, or an NPS detractor with it) as it was carried out: the
 * Complaint an agent had already raised from the request when there is one, else a notice to the
 * customer's BRM owner in the portfolio, or for a customer without one to the owner of the
 * request's service; none when nobody applies.
 */
function followUpOf(invitation: SeedInvitation, issue: StoredIssue, organizations: readonly Organization[]): SeedFollowUp | null {
  const scores = invitation.response?.scores;
  if (!scores || scores.overall === undefined || scores.overall > 2 || !invitation.response) return null;
  const reasons: SeedFollowUp['reasons'] = [
    { kind: 'overall', value: scores.overall },
    ...(scores.npsCategory === 'detractor' && scores.nps !== undefined ? [{ kind: 'nps-detractor' as const, value: scores.nps }] : []),
  ];
  const at = iso(Date.parse(invitation.response.answeredAt) + 5 * 60_000);
  const tag = issue.properties[FEEDBACK_PROPERTY];
  const complaintKey =
    typeof tag === 'object' &&
    tag !== null &&
    'kind' in tag &&
    tag.kind === 'complaint' &&
    'feedbackIssueKey' in tag &&
    typeof tag.feedbackIssueKey === 'string'
      ? tag.feedbackIssueKey
      : undefined;
  if (complaintKey) return { status: 'done', action: 'complaint', at, attempts: 1, reasons, issueKey: complaintKey };
  const customer = organizations.find((o) => o.id === invitation.customerId)?.name;
  const owner = DEMO_PROFILES.find((p) => p.organization === customer)?.owner ?? DEMO_SERVICES.find((s) => s.id === invitation.serviceId)?.ownerEmail;
  if (owner) return { status: 'done', action: 'notify-owner', at, attempts: 1, reasons, notified: demoUser(owner).accountId };
  return null;
}

const refId = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : null;

/** The previous calendar quarter's first day (UTC) before `now`. */
function lastQuarterStart(now: Date): { start: number; label: string } {
  const quarter = Math.floor(now.getUTCMonth() / 3);
  const start = new Date(Date.UTC(now.getUTCFullYear(), (quarter - 1) * 3, 1));
  return { start: start.getTime(), label: `${start.getUTCFullYear()} Q${Math.floor(start.getUTCMonth() / 3) + 1}` };
}

/** The key contacts of the campaign: the first customers of each organization that uses ACME. */
function keyContacts(config: DemoConfig): { organization: Organization; accountIds: string[] }[] {
  return config.organizations
    .filter((o) => o.serviceDeskIds.includes(config.acmeDeskId))
    .map((organization) => ({
      organization,
      accountIds: DEMO_USERS.filter((u) => u.kind === 'customer' && u.organization === organization.name)
        .slice(0, KEY_CONTACTS_PER_ORGANIZATION)
        .map((u) => u.accountId),
    }))
    .filter((c) => c.accountIds.length > 0);
}

const paragraphs = (text: string): Record<string, unknown> => ({
  type: 'doc',
  version: 1,
  content: text.split('\n\n').map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
});

/**
 * Plans ACME's surveys over the year before `now` from its stored issues: the campaign's requests
 * (to be stored after the others) now, everything else once they have keys.
 */
export function demoSurveys(
  rng: Prng,
  config: DemoConfig,
  customerFieldId: string,
  serviceFieldId: string,
  acmeIssues: readonly StoredIssue[],
  now: Date,
): DemoSurveys {
  const nowMs = now.getTime();
  const customers = new Set(DEMO_USERS.filter((u) => u.kind === 'customer').map((u) => u.accountId));
  const eligible = acmeIssues.filter(
    (i) =>
      i.requestTypeId !== null &&
      i.reporterId !== null &&
      customers.has(i.reporterId) &&
      i.resolutionId === DONE &&
      i.resolutiondate !== null &&
      Date.parse(i.resolutiondate) > nowMs - YEAR &&
      Date.parse(i.resolutiondate) <= nowMs,
  );
  const ticketInvitations: { id: string; issue: StoredIssue; record: SeedInvitation }[] = [];
  for (const issue of eligible) {
    if (!rng.chance(SAMPLE) || !issue.resolutiondate || !issue.reporterId) continue;
    const resolvedAt = Date.parse(issue.resolutiondate);
    const sentAt = resolvedAt + rng.int(1, 4) * HOUR;
    const anonymous = rng.chance(ANONYMOUS);
    const record = invitationAt(
      rng,
      {
        kind: 'ticket',
        issueId: issue.id,
        issueKey: issue.key,
        projectId: issue.projectId,
        customerId: refId(issue.customFields[customerFieldId]),
        serviceId: refId(issue.customFields[serviceFieldId]),
        recipient: issue.reporterId,
        questionnaireId: QUESTIONNAIRE.id,
        questionnaireVersion: QUESTIONNAIRE.version,
        anonymous,
        responders: 'reporter',
        campaignId: null,
        resolvedAt: iso(resolvedAt),
        sendAt: iso(sentAt),
        terms: { expiryDays: EXPIRY_DAYS, reminderDays: REMINDER_DAYS },
        notice: null,
        createdAt: iso(resolvedAt),
      },
      Math.min(sentAt, nowMs),
      nowMs,
      issue.reporterId,
    );
    const followUp = followUpOf(record, issue, config.organizations);
    ticketInvitations.push({
      id: `t:${issue.id}:${resolvedAt}`,
      issue,
      record: followUp ? { ...record, followUp, rev: record.rev + 1, syncedRev: record.rev + 1 } : record,
    });
  }

  // The relationship campaign of last quarter: started ten days in, raised one request per key contact.
  const quarter = lastQuarterStart(now);
  const startedAt = quarter.start + 10 * DAY + 9 * HOUR;
  const campaignName = `${quarter.label} key account survey`;
  const contacts = keyContacts(config).flatMap((c) => c.accountIds.map((accountId) => ({ organizationId: c.organization.id, accountId })));
  const admin = demoUser(DEMO_ADMIN_EMAIL).accountId;
  const campaignPlan = contacts.map((contact, i) => {
    const raisedAt = startedAt + (i + 1) * 20_000;
    const id = `c:${DEMO_CAMPAIGN_ID}:${contact.accountId}`;
    const record = invitationAt(
      rng,
      {
        kind: 'campaign',
        issueId: '',
        issueKey: '',
        projectId: config.acme.id,
        customerId: contact.organizationId,
        serviceId: null,
        recipient: contact.accountId,
        questionnaireId: QUESTIONNAIRE.id,
        questionnaireVersion: QUESTIONNAIRE.version,
        anonymous: false,
        responders: 'reporter',
        campaignId: DEMO_CAMPAIGN_ID,
        resolvedAt: null,
        sendAt: null,
        terms: { expiryDays: EXPIRY_DAYS, reminderDays: REMINDER_DAYS },
        notice: null,
        createdAt: iso(raisedAt),
      },
      raisedAt,
      nowMs,
      contact.accountId,
    );
    // The agents closed each survey request once it was answered or had expired.
    const ended = record.response ? Date.parse(record.response.answeredAt) : Date.parse(record.expiresAt);
    const closedAt = Math.min(nowMs, ended + rng.int(2, 48) * HOUR);
    const draft: IssueDraft = {
      projectId: config.acme.id,
      issueTypeId: config.acmeTypes['Service Request'].id,
      statusId: RESOLVED_STATUS,
      resolutionId: DONE,
      resolutiondate: iso(closedAt),
      summary: `${campaignName}: how satisfied are you with our service?`,
      description: paragraphs(
        `We regularly ask our customers how we are doing. Please answer the short survey shown on this request in the customer portal; it takes about a minute and is open until ${record.expiresAt.slice(0, 10)}.\n\nSurvey reference: ${id}`,
      ),
      created: iso(raisedAt),
      updated: iso(closedAt),
      reporterId: contact.accountId,
      assigneeId: null,
      labels: [],
      priorityId: '3',
      customFields: {},
      requestTypeId: '',
      organizationIds: [],
      participantIds: [],
      properties: {},
    };
    return { id, record, draft };
  });

  return {
    campaignDrafts: campaignPlan.map((p) => p.draft),
    write(store, kvs, campaignIssues) {
      // The request type the campaign raised its requests with, as the app creates it (in no portal group).
      const requestType = store.docs.requestTypes.put({
        id: store.nextId('requestType'),
        serviceDeskId: config.acmeDeskId,
        issueTypeId: config.acmeTypes['Service Request'].id,
        ...DEMO_SURVEY_REQUEST_TYPE,
        groupIds: [],
      });
      const campaignInvitations = campaignPlan.map((p, i) => {
        const issue = campaignIssues[i];
        if (!issue) throw new Error('A campaign request was not stored.');
        store.docs.issues.put({ ...issue, requestTypeId: requestType.id });
        return { id: p.id, issue, record: { ...p.record, issueId: issue.id, issueKey: issue.key } };
      });
      const all = [...ticketInvitations, ...campaignInvitations].map(({ id, issue, record }) => {
        const contribution = contributionOf(record);
        return { id, issue, record: { ...record, applied: { '1': contribution } } };
      });
      for (const { id, issue, record } of all) {
        const stored = store.issue(issue.key) ?? issue;
        store.docs.issues.put({ ...stored, properties: { ...stored.properties, [SURVEY_PROPERTY]: surveyEntry(id, record) } });
      }
      const rows = new Map<string, RowCounts>();
      for (const { record } of all)
        for (const [key, share] of Object.entries(record.applied['1'] ?? {})) rows.set(key, addShare(rows.get(key) ?? emptyCounts(), share));

      const campaign = {
        setup: {
          name: campaignName,
          questionnaireId: QUESTIONNAIRE.id,
          organizationIds: [...new Set(contacts.map((c) => c.organizationId))],
          audience: 'key-contacts',
          keyContacts: Object.fromEntries(keyContacts(config).map((c) => [c.organization.id, c.accountIds])),
          serviceDeskId: config.acmeDeskId,
          requestTypeId: requestType.id,
          expiryDays: EXPIRY_DAYS,
          reminderDays: REMINDER_DAYS,
          anonymous: false,
        },
        questionnaireVersion: QUESTIONNAIRE.version,
        status: 'sent',
        createdBy: admin,
        createdAt: iso(startedAt),
        jobId: null,
        sentAt: iso(startedAt + (contacts.length + 1) * 20_000),
        contacts: contacts.length,
        error: null,
        repeat: null,
        repeatedBy: null,
        previousId: null,
      };
      const sets = [
        ...all.map(({ id, record }) => ({ key: id, entityName: 'survey-invitation', value: storedInvitation(record) })),
        ...[...rows].map(([key, counts]) => ({ key: `g1#${key}`, entityName: 'survey-aggregate', value: storedRow(1, key, counts, 1) })),
        { key: 'state', entityName: 'survey-aggregate-state', value: { activeGen: 1, buildingGen: 0, rev: 1 } },
        {
          key: DEMO_CAMPAIGN_ID,
          entityName: 'survey-campaign',
          value: { createdAt: campaign.createdAt, status: campaign.status, repeatDueAt: 0, rev: 1, record: campaign },
        },
      ];
      for (let i = 0; i < sets.length; i += 25) {
        const answer = kvs.handle('transaction', { set: sets.slice(i, i + 25) });
        if (answer.status !== 204) throw new Error(`The KVS refused the demo surveys (${answer.status}): ${JSON.stringify(answer.body)}`);
      }
      return all.length;
    },
  };
}
