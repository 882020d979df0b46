import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { conflict, invalidInput, notFound } from '#kernel/app-error';
import { LOCALES } from '#kernel/locales';
import { aboutField } from '#kernel/texts';
import { asAppJira } from '#platform/jira/client';
import { searchPage } from '#platform/jira/jql-search';
import { createCustomerRequest, organizationMembers } from '#platform/jira/requests';
import { issueTypesForProject } from '#platform/jira/issue-types';
import { createRequestType, listOrganizations, listRequestTypes, listServiceDesks, type RequestType } from '#platform/jira/service-desk';
import { defineJob, type StepOutcome } from '#platform/jobs/define-job';
import { findJob, startJob, type JobClock } from '#platform/jobs/jobs';
import type { Job } from '#platform/jobs/job-record';
import { EntityTransaction } from '#platform/kvs/typed-entities';
import { campaignContacts, CAMPAIGN_LIMITS, organizationsOf, responseRate, type CampaignRecord, type CampaignSetup } from '#surveys/domain/campaign';
import { campaignInvitationId, type InvitationRecord } from '#surveys/domain/invitation';
import { invitationDeadlines } from '#surveys/domain/rule-matching';
import { campaigns, listCampaigns, storedCampaignOf } from '#surveys/store/campaign-store';
import { invitationsOfCampaign, readInvitation } from '#surveys/store/invitation-store';
import { dayIn, SURVEY_TEXTS } from '#surveys/texts';
import { checkKeyContacts, keyContactsToSurvey, organizationsToSurvey } from './campaign-organizations';
import { writeInvitation } from './invitation-writes';
import { syncIssueProperty } from './property-sync';
import { publishedVersionOf } from './questionnaires';
import { readersOfRun, type Readers } from './readers';
import { raisedRequestsJql } from './scope-jql';

/**
 * Relationship campaigns: a questionnaire sent to the key contacts, or all the customers, of chosen
 * organizations. Organizations chosen by tier, and the key contacts the portfolio lists, are read
 * when the job plans its contacts, not when the campaign is saved: a customer moved into a tier, or
 * a key contact added, before then is surveyed. For each contact the app raises a survey request on their behalf in a chosen
 * service project (Create customer request with `raiseOnBehalfOf`, as the app), which they answer
 * on the portal like the survey after a ticket. Sending runs as a job: resumable, and never twice
 * per contact (each contact's invitation is claimed in KVS before the request is raised). The
 * request's summary and description are written in the contact's language. The request type the
 * app creates keeps its English name, as the request types provisioning creates do: the app finds
 * it by that name.
 */

/** The request type campaigns use unless an admin picks another: created on a desk on request. */
export const SURVEY_REQUEST_TYPE = {
  name: 'Customer satisfaction survey',
  description: 'A short survey about our service, raised by the app for a relationship campaign.',
  helpText: 'Answer the survey shown on this request.',
};

/** The issue types a survey request may be of, most suitable first. */
const BASE_TYPE_NAMES = ['service request', 'task', 'request'];

/** The survey request type of a desk, creating it (in no portal group: customers see their own request anyway) when it is missing. */
export async function ensureSurveyRequestType(serviceDeskId: string): Promise<RequestType> {
  const app = asAppJira();
  const desk = (await listServiceDesks(app)).find((d) => d.id === serviceDeskId);
  if (!desk) throw invalidInput('serviceDeskId', SURVEY_TEXTS.text('campaign.noDesk', { id: serviceDeskId }));
  const types = await listRequestTypes(app, serviceDeskId);
  const existing = types.find((t) => t.name.toLowerCase() === SURVEY_REQUEST_TYPE.name.toLowerCase());
  if (existing) return existing;
  const issueTypes = (await issueTypesForProject(app, desk.projectId)).filter((t) => !t.subtask);
  const base = BASE_TYPE_NAMES.map((name) => issueTypes.find((t) => t.name.toLowerCase() === name)).find((t) => t !== undefined);
  if (!base) throw conflict(aboutField('serviceDeskId', SURVEY_TEXTS.text('campaign.noBaseType')), 'serviceDeskId');
  return createRequestType(app, serviceDeskId, { ...SURVEY_REQUEST_TYPE, issueTypeId: base.id });
}

/** JQL's date form (`yyyy/MM/dd HH:mm`, UTC as the app's searches run) a few minutes before `iso`. */
const jqlMinuteBefore = (iso: string, minutes: number): string =>
  new Date(Date.parse(iso) - minutes * 60_000).toISOString().slice(0, 16).replace('T', ' ').replace(/-/g, '/');

const contact = z.object({ organizationId: z.string(), accountId: z.string() });
const campaignParams = z.object({ campaignId: z.string() });
const campaignCheckpoint = z.object({
  phase: z.enum(['plan', 'send']),
  contacts: z.array(contact),
  next: z.number().int(),
  raised: z.number().int(),
  skipped: z.number().int(),
  failed: z.array(z.object({ accountId: z.string(), reason: z.string() })),
});
type CampaignCheckpoint = z.infer<typeof campaignCheckpoint>;
const campaignResult = z.object({
  raised: z.number().int(),
  skipped: z.number().int(),
  failed: z.array(z.object({ accountId: z.string(), reason: z.string() })),
});

/** Contacts one step sends to: each costs a few Jira and KVS calls. */
const CONTACTS_PER_STEP = 10;

export async function campaignOf(id: string): Promise<{ record: CampaignRecord; rev: number }> {
  const stored = await campaigns.get(id);
  if (!stored) throw notFound(aboutField('id', SURVEY_TEXTS.text('campaign.missing', { id })), 'id');
  return { record: stored.record, rev: stored.rev };
}

export async function updateCampaign(id: string, change: (record: CampaignRecord) => CampaignRecord): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { record, rev } = await campaignOf(id);
    if (await new EntityTransaction().set(campaigns, id, storedCampaignOf(change(record), rev + 1), [{ attribute: 'rev', equals: rev }]).commit()) return;
  }
  throw conflict(SURVEY_TEXTS.text('campaign.keptChanging', { id }));
}

/** One contact: claim the invitation, raise (or find) the request, record it as sent. Answers what happened. */
async function sendToContact(
  campaignId: string,
  record: CampaignRecord,
  target: z.infer<typeof contact>,
  now: Date,
  resumed: boolean,
  readers: Readers,
): Promise<'raised' | 'skipped'> {
  const id = campaignInvitationId(campaignId, target.accountId);
  const at = now.toISOString();
  const { setup } = record;
  const desk = (await listServiceDesks(asAppJira())).find((d) => d.id === setup.serviceDeskId);
  if (!desk) throw new Error(`service project ${setup.serviceDeskId} no longer exists`);
  const claimed = await writeInvitation(
    id,
    (current) =>
      current
        ? undefined
        : {
            kind: 'campaign',
            issueId: '',
            issueKey: '',
            projectId: desk.projectId,
            customerId: target.organizationId,
            serviceId: null,
            recipient: target.accountId,
            questionnaireId: setup.questionnaireId,
            questionnaireVersion: record.questionnaireVersion,
            anonymous: setup.anonymous,
            responders: 'reporter',
            campaignId,
            status: 'raising',
            resolvedAt: null,
            sendAt: null,
            sentAt: null,
            remindAt: null,
            remindedAt: null,
            expiresAt: null,
            terms: { expiryDays: setup.expiryDays, reminderDays: setup.reminderDays },
            notice: null,
            response: null,
            followUp: null,
            applied: {},
            createdAt: at,
            updatedAt: at,
            rev: 1,
            syncedRev: 0,
          },
    { now: () => now },
  );
  const invitation = claimed.record ?? (await readInvitation(id));
  if (!invitation || invitation.status !== 'raising') return 'skipped';
  const locale = await readers.of(target.accountId);
  const summary = SURVEY_TEXTS.in(locale, 'campaign.summary', { campaign: setup.name });
  const { expiresAt, remindAt } = invitationDeadlines(now, invitation.terms);
  let raised: { issueId: string; issueKey: string } | undefined;
  if (!claimed.written || resumed) {
    // An earlier attempt may have raised the request before it stopped: look for it first.
    const earlier = await searchPage(asAppJira(), {
      jql: raisedRequestsJql(desk.projectId, target.accountId, jqlMinuteBefore(invitation.createdAt, 5)),
      fields: ['summary', 'description'],
      maxResults: 50,
    });
    // In any language: the contact's may have changed since.
    const summaries = new Set(LOCALES.map((l) => SURVEY_TEXTS.in(l, 'campaign.summary', { campaign: setup.name })));
    const found = earlier.issues.find(
      (i) => typeof i.fields.summary === 'string' && summaries.has(i.fields.summary) && JSON.stringify(i.fields.description ?? '').includes(id),
    );
    if (found) raised = { issueId: found.id, issueKey: found.key };
  }
  if (!raised) {
    const created = await createCustomerRequest(asAppJira(), {
      serviceDeskId: setup.serviceDeskId,
      requestTypeId: setup.requestTypeId,
      summary,
      description: SURVEY_TEXTS.in(locale, 'campaign.description', { expires: dayIn(locale, expiresAt.toISOString()), reference: id }),
      raiseOnBehalfOf: target.accountId,
    });
    raised = { issueId: created.issueId, issueKey: created.issueKey };
  }
  const issue = raised;
  const sent = await writeInvitation(
    id,
    (current): InvitationRecord | undefined =>
      current?.status === 'raising'
        ? {
            ...current,
            status: 'sent',
            issueId: issue.issueId,
            issueKey: issue.issueKey,
            sentAt: at,
            remindAt: remindAt?.toISOString() ?? null,
            expiresAt: expiresAt.toISOString(),
            updatedAt: at,
          }
        : undefined,
    { now: () => now },
  );
  if (sent.written) await syncIssueProperty(issue.issueId);
  return 'raised';
}

type Outcome = StepOutcome<CampaignCheckpoint, z.infer<typeof campaignResult>>;

const progressOf = (c: CampaignCheckpoint) => ({
  done: c.next,
  total: c.contacts.length,
  label: c.phase === 'plan' ? 'Finding the contacts' : `${c.next} of ${c.contacts.length} contacts`,
});

export const campaignJob = defineJob({
  kind: 'survey-campaign',
  params: campaignParams,
  checkpoint: campaignCheckpoint,
  result: campaignResult,
  stepSeconds: 120,
  async step({ campaignId }, checkpoint, context): Promise<Outcome> {
    const { record } = await campaignOf(campaignId);
    if (checkpoint.phase === 'plan') {
      const app = asAppJira();
      const organizationIds = await organizationsToSurvey(record.setup);
      const keyContacts = await keyContactsToSurvey(record.setup, organizationIds);
      const members = new Map<string, string[]>();
      for (const organizationId of organizationIds)
        members.set(
          organizationId,
          (await organizationMembers(app, organizationId)).map((m) => m.accountId),
        );
      const contacts = campaignContacts(organizationIds, members, record.setup.audience, keyContacts).slice(0, CAMPAIGN_LIMITS.contacts);
      await updateCampaign(campaignId, (r) => ({ ...r, plannedOrganizationIds: organizationIds, contacts: contacts.length }));
      const next: CampaignCheckpoint = { ...checkpoint, phase: 'send', contacts };
      return { status: 'continue', checkpoint: next, progress: progressOf(next) };
    }
    let next = checkpoint;
    const readers = readersOfRun();
    for (let i = 0; i < CONTACTS_PER_STEP && next.next < next.contacts.length; i++) {
      const target = next.contacts[next.next];
      if (!target) break;
      try {
        const outcome = await sendToContact(campaignId, record, target, context.now(), context.resumed && i === 0, readers);
        next = { ...next, next: next.next + 1, raised: next.raised + (outcome === 'raised' ? 1 : 0), skipped: next.skipped + (outcome === 'skipped' ? 1 : 0) };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        next = { ...next, next: next.next + 1, failed: [...next.failed, { accountId: target.accountId, reason }] };
      }
    }
    if (next.next < next.contacts.length) return { status: 'continue', checkpoint: next, progress: progressOf(next) };
    await updateCampaign(campaignId, (r) => ({
      ...r,
      status: 'sent',
      sentAt: context.now().toISOString(),
      error: next.failed.length > 0 ? SURVEY_TEXTS.in('en', 'campaign.failedContacts', { count: next.failed.length }) : null,
      failedContacts: next.failed.length,
    }));
    return { status: 'done', result: { raised: next.raised, skipped: next.skipped, failed: next.failed }, progress: progressOf(next) };
  },
});

/** Checks a campaign's setup against Jira and starts sending it. */
export async function startCampaign(setup: CampaignSetup, startedBy: string, clock: JobClock = {}): Promise<{ id: string; record: CampaignRecord; job: Job }> {
  const version = await publishedVersionOf(setup.questionnaireId);
  const app = asAppJira();
  const desks = await listServiceDesks(app);
  if (!desks.some((d) => d.id === setup.serviceDeskId)) throw invalidInput('serviceDeskId', SURVEY_TEXTS.text('campaign.noDesk', { id: setup.serviceDeskId }));
  const types = await listRequestTypes(app, setup.serviceDeskId);
  if (!types.some((t) => t.id === setup.requestTypeId))
    throw invalidInput('requestTypeId', SURVEY_TEXTS.text('campaign.foreignRequestType', { id: setup.requestTypeId }));
  const known = new Set((await listOrganizations(app)).map((o) => o.id));
  setup.organizationIds.forEach((id, i) => {
    if (!known.has(id)) throw invalidInput(`organizationIds.${i}`, SURVEY_TEXTS.text('campaign.noOrganization', { id }));
  });
  await checkKeyContacts(setup);
  const id = randomUUID();
  const now = new Date((clock.now ?? Date.now)());
  const record: CampaignRecord = {
    setup,
    questionnaireVersion: version.version,
    status: 'sending',
    createdBy: startedBy,
    createdAt: now.toISOString(),
    jobId: null,
    sentAt: null,
    plannedOrganizationIds: null,
    contacts: 0,
    error: null,
    repeat: null,
    repeatedBy: null,
    previousId: null,
  };
  await campaigns.set(id, storedCampaignOf(record, 1));
  const job = await startCampaignJob(id, startedBy, clock);
  return { id, record: { ...record, jobId: job.id }, job };
}

/**
 * Starts the sending job of a campaign and records it on the campaign, unless it has one. Safe to
 * repeat and to race: one job per campaign is active at a time (its scope), the campaign keeps the
 * first job recorded, and the job claims each contact before it sends.
 */
export async function startCampaignJob(id: string, startedBy: string, clock: JobClock = {}): Promise<Job> {
  const { record } = await campaignOf(id);
  if (record.jobId) {
    const existing = await findJob(campaignJob, record.jobId);
    if (existing) return existing;
  }
  const started = await startJob(
    campaignJob,
    {
      scope: `campaign:${id}`,
      params: { campaignId: id },
      checkpoint: { phase: 'plan', contacts: [], next: 0, raised: 0, skipped: 0, failed: [] },
      progress: { done: 0, total: 0, label: 'Queued' },
      startedBy,
    },
    clock,
  );
  await updateCampaign(id, (r) => ({ ...r, jobId: r.jobId ?? started.job.id }));
  return started.job;
}

export interface OrganizationStats {
  organizationId: string;
  sent: number;
  answered: number;
  expired: number;
  open: number;
  responseRate: number | null;
}

/** A campaign with its counts per organization, read from its invitations. */
export async function campaignView(
  id: string,
): Promise<{ record: CampaignRecord; organizations: OrganizationStats[]; finished: boolean; job: Job | undefined }> {
  const { record } = await campaignOf(id);
  const stats = new Map<string, OrganizationStats>(
    organizationsOf(record).map((o) => [o, { organizationId: o, sent: 0, answered: 0, expired: 0, open: 0, responseRate: null }]),
  );
  let cursor: string | undefined;
  do {
    const page = await invitationsOfCampaign(id, cursor);
    for (const { record: invitation } of page.entries) {
      const org = stats.get(invitation.customerId ?? '');
      if (!org || invitation.status === 'raising' || invitation.status === 'withdrawn') continue;
      org.sent += 1;
      if (invitation.status === 'answered') org.answered += 1;
      else if (invitation.status === 'expired') org.expired += 1;
      else org.open += 1;
    }
    cursor = page.cursor;
  } while (cursor);
  const organizations = [...stats.values()].map((s) => ({ ...s, responseRate: responseRate(s.sent, s.answered) }));
  const finished = record.status === 'sent' && organizations.every((o) => o.open === 0);
  return { record, organizations, finished, job: record.jobId ? await findJob(campaignJob, record.jobId) : undefined };
}

export { listCampaigns };
