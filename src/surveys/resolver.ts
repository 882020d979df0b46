import { forbidden } from '#kernel/app-error';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { pickLocale, type Locale } from '#kernel/locales';
import { asAppJira } from '#platform/jira/client';
import { organizationMembers } from '#platform/jira/requests';
import { listOrganizations, listRequestTypes, listServiceDesks } from '#platform/jira/service-desk';
import { latestJob, startJob, type JobClock } from '#platform/jobs/jobs';
import { jobError, type Job } from '#platform/jobs/job-record';
import type { CallHandlers } from '#kernel/contract';
import type { CampaignDetailView, JobView, QuestionnaireSummaryView, SurveyAdminContract } from './admin-contract';
import type { surveyIssueContract } from './issue-contract';
import type { surveyPortalContract } from './portal-contract';
import { addCounts, emptyCounts } from './domain/aggregate';
import { organizationsOf } from './domain/campaign';
import { presentQuestionnaire } from './domain/presentation';
import { languagesOf } from './domain/questionnaire';
import { csatPercent, customerEffortScore, mean, netPromoterScore } from './domain/scoring';
import type { QuestionnaireHead } from './domain/versioning';
import type { AggregateCounts } from './domain/aggregate';
import { readAggregateRows } from './services/aggregates-read';
import { campaignOrganizations } from './services/campaign-organizations';
import { setCampaignRepeat } from './services/campaign-repeat';
import { campaignView, ensureSurveyRequestType, listCampaigns, startCampaign, SURVEY_REQUEST_TYPE } from './services/campaigns';
import { surveyPanel } from './services/panel';
import { listQuestionnaires, publishDraft, publishedVersionOf, questionnaireOf, saveDraft } from './services/questionnaires';
import { firstRebuildCheckpoint, nextGeneration, rebuildJob, REBUILD_SCOPE } from './services/rebuild';
import { portalSurvey, submitResponse } from './services/responses';
import { readRules, saveRules } from './services/rules';

/**
 * Handlers of the surveys' calls. The portal's check who may answer in the service (asked of Jira
 * as the caller); the agent's section needs an agent of the request's project; the admin page's
 * run behind the surface's Jira-admin guard.
 */

const signedIn = (accountId: string | undefined): string => {
  if (!accountId) throw forbidden(KERNEL_TEXTS.text('error.notSignedIn'));
  return accountId;
};

export const surveyPortalHandlers: CallHandlers<typeof surveyPortalContract> = {
  getPortalSurvey: async ({ issueKey, locale }, { accountId }) => {
    const survey = await portalSurvey(accountId, issueKey, locale);
    if (!survey) return { survey: null };
    const { questionnaire, ...rest } = survey;
    return { survey: { ...rest, questionnaire: presentQuestionnaire(questionnaire.definition, survey.language) } };
  },
  submitSurveyResponse: ({ issueKey, invitationId, answers, revision, locale }, { accountId }) =>
    submitResponse(accountId, { issueKey, invitationId, answers, revision, ...(locale === undefined ? {} : { locale }) }),
};

export const surveyIssueHandlers: CallHandlers<typeof surveyIssueContract> = {
  getSurveyPanel: ({ issueKey, locale }, { accountId }) => surveyPanel(accountId, issueKey, pickLocale(locale)),
};

const summaryOf = async (id: string, head: QuestionnaireHead): Promise<QuestionnaireSummaryView> => {
  const published = head.publishedVersion > 0 ? await publishedVersionOf(id).catch(() => undefined) : undefined;
  return {
    id,
    name: head.name,
    publishedVersion: head.publishedVersion,
    draftVersion: head.draftVersion,
    languages: published ? languagesOf(published.definition) : ['en'],
    rev: head.rev,
    updatedAt: head.updatedAt,
  };
};

/** A job as the admin page shows it; why it stopped in the reader's `locale`. */
export const jobViewOf = (job: Job, locale: Locale = 'en'): JobView => ({
  jobId: job.id,
  status: job.status,
  progress: job.progress,
  error: jobError(job)?.in(locale) ?? null,
  startedAt: job.startedAt,
  finishedAt: job.finishedAt ?? null,
});

/** The last twelve UTC months up to `now`, oldest first. */
export function lastMonths(now: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1)).toISOString().slice(0, 7));
}

const totalsOf = (c: AggregateCounts) => ({
  sent: c.invitationsSent,
  answered: c.answered,
  expired: c.expired,
  responseRate: c.invitationsSent > 0 ? (c.answered / c.invitationsSent) * 100 : null,
  csat: csatPercent(c.overall),
  overallMean: mean(c.overall),
  nps: netPromoterScore(c.nps),
  ces: customerEffortScore(c.ces),
});

async function campaignDetailOf(id: string): Promise<CampaignDetailView> {
  const view = await campaignView(id);
  const names = new Map((await listOrganizations(asAppJira())).map((o) => [o.id, o.name]));
  const { record } = view;
  return {
    id,
    name: record.setup.name,
    status: record.status,
    finished: view.finished,
    questionnaire: { id: record.setup.questionnaireId, version: record.questionnaireVersion },
    audience: record.setup.audience,
    organizationsBy: record.setup.organizationsBy,
    tiers: record.setup.tiers,
    contacts: record.contacts,
    createdAt: record.createdAt,
    sentAt: record.sentAt,
    error: record.error,
    failedContacts: record.failedContacts ?? 0,
    job: view.job ? jobViewOf(view.job) : null,
    repeat: record.repeat ? { everyMonths: record.repeat.everyMonths, nextAt: record.repeat.nextAt } : null,
    repeatedBy: record.repeatedBy,
    previousId: record.previousId,
    organizations: view.organizations.map((o) => ({ ...o, name: names.get(o.organizationId) ?? null })),
  };
}

/** The admin page's survey calls; `clock` lets tests run jobs on the sandbox's time. */
export function surveyAdminHandlers(clock: JobClock = {}): CallHandlers<SurveyAdminContract> {
  return {
    listQuestionnaires: async () => ({ questionnaires: await Promise.all((await listQuestionnaires()).map((q) => summaryOf(q.id, q.head))) }),
    getQuestionnaire: async ({ id }) => {
      const { head, versions } = await questionnaireOf(id, 'id');
      return {
        summary: await summaryOf(id, head),
        versions: versions.map((v) => ({ version: v.version, status: v.status, publishedAt: v.publishedAt, updatedAt: v.updatedAt, definition: v.definition })),
      };
    },
    saveQuestionnaireDraft: async ({ id, definition, expectedRev }, { accountId }) => {
      const saved = await saveDraft({ id, definition, expectedRev }, signedIn(accountId));
      return { summary: await summaryOf(id, saved.head) };
    },
    publishQuestionnaire: async ({ id, expectedRev }) => ({ summary: await summaryOf(id, (await publishDraft(id, expectedRev)).head) }),
    getSurveySettings: async () => {
      const app = asAppJira();
      const [rules, questionnaires, desks] = await Promise.all([readRules(), listQuestionnaires(), listServiceDesks(app)]);
      const projects = await Promise.all(
        desks.map(async (d) => ({
          id: d.projectId,
          key: d.projectKey ?? d.projectId,
          name: d.projectName ?? d.projectKey ?? d.projectId,
          serviceDeskId: d.id,
          requestTypes: (await listRequestTypes(app, d.id)).map((t) => ({ id: t.id, name: t.name })),
        })),
      );
      return { rules, questionnaires: await Promise.all(questionnaires.map((q) => summaryOf(q.id, q.head))), projects };
    },
    saveSurveyRules: async ({ rules }) => ({ rules: await saveRules(rules) }),
    getSurveyOverview: async ({ locale }) => {
      const months = lastMonths(new Date((clock.now ?? Date.now)()));
      const rows = await readAggregateRows({ months });
      const byMonth = months.map((month) => ({
        month,
        ...totalsOf(rows.filter((r) => r.month === month).reduce((sum, r) => addCounts(sum, r), emptyCounts())),
      }));
      const totals = totalsOf(rows.reduce((sum, r) => addCounts(sum, r), emptyCounts()));
      const rebuild = await latestJob(rebuildJob, REBUILD_SCOPE);
      return { months, totals, byMonth, rebuild: rebuild ? jobViewOf(rebuild, pickLocale(locale)) : null };
    },
    rebuildSurveyAggregates: async (_input, { accountId }) => {
      const started = await startJob(
        rebuildJob,
        {
          scope: REBUILD_SCOPE,
          params: { gen: await nextGeneration() },
          checkpoint: firstRebuildCheckpoint(),
          progress: { done: 0, total: 0, label: 'Queued' },
          startedBy: signedIn(accountId),
        },
        clock,
      );
      return { rebuild: jobViewOf(started.job) };
    },
    listCampaigns: async () => ({
      campaigns: (await listCampaigns(50)).map(({ id, record }) => ({
        id,
        name: record.setup.name,
        status: record.status,
        audience: record.setup.audience,
        organizations: organizationsOf(record).length,
        contacts: record.contacts,
        createdAt: record.createdAt,
        sentAt: record.sentAt,
        repeatEveryMonths: record.repeatedBy === null ? (record.repeat?.everyMonths ?? null) : null,
      })),
    }),
    getCampaignOptions: async () => {
      const app = asAppJira();
      const [organizations, desks] = await Promise.all([campaignOrganizations(), listServiceDesks(app)]);
      return {
        organizations,
        desks: await Promise.all(
          desks.map(async (d) => {
            const types = await listRequestTypes(app, d.id);
            return {
              id: d.id,
              projectId: d.projectId,
              projectKey: d.projectKey ?? d.projectId,
              name: d.projectName ?? d.projectKey ?? d.id,
              requestTypes: types.map((t) => ({ id: t.id, name: t.name })),
              surveyRequestTypeId: types.find((t) => t.name.toLowerCase() === SURVEY_REQUEST_TYPE.name.toLowerCase())?.id ?? null,
            };
          }),
        ),
      };
    },
    listOrganizationMembers: async ({ organizationId }) => ({
      members: (await organizationMembers(asAppJira(), organizationId)).map((m) => ({ accountId: m.accountId, displayName: m.displayName ?? m.accountId })),
    }),
    addSurveyRequestType: async ({ serviceDeskId }) => {
      const type = await ensureSurveyRequestType(serviceDeskId);
      return { requestType: { id: type.id, name: type.name } };
    },
    startCampaign: async ({ setup }, { accountId }) => {
      const started = await startCampaign(setup, signedIn(accountId), clock);
      return { campaign: await campaignDetailOf(started.id) };
    },
    getCampaign: async ({ id }) => ({ campaign: await campaignDetailOf(id) }),
    setCampaignRepeat: async ({ id, everyMonths }, { accountId }) => {
      await setCampaignRepeat(id, everyMonths, signedIn(accountId), new Date((clock.now ?? Date.now)()));
      return { campaign: await campaignDetailOf(id) };
    },
  };
}
