import { invalidInput, notFound } from '#kernel/app-error';
import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { aboutField } from '#kernel/texts';
import { APP_FIELD_KEYS, APP_FIELD_NAMES, APP_FIELD_SCOPES } from './domain/app-fields';
import { brmIssueTypes } from './domain/issue-types';
import { issueTypeNaming, requestTypeNaming } from './domain/names';
import { BRM_REQUEST_TYPE_KEYS, BRM_REQUEST_TYPES } from './domain/request-types';
import { teamManagedSteps } from './domain/manual-steps';
import { planProvisioning } from './domain/plan';
import { isComplete, itemStatus, nothingToWrite, stepsOf, writesOf, type ProvisioningPlan } from './domain/steps';
import type { AdminOverview, ProjectChecklist, ProvisionableProject, ProvisioningPlanView, ProvisioningRunView } from './contract';
import type { ProvisioningSnapshot } from './domain/snapshot';
import { PROVISIONING_TEXTS } from './domain/texts';
import { asAppJira, type JiraClient } from '#platform/jira/client';
import { cancelJob, findJob, JobTooLargeError, latestJob, resumeIfStalled, startJob, typedJob, type JobClock } from '#platform/jobs/jobs';
import type { Job } from '#platform/jobs/job-record';
import { chosenProjects, freshPlan } from './planning';
import { progressOf, reportOf, startCheckpoint, type ProvisioningParams } from './provisioning-checkpoint';
import { PROVISIONING_SCOPE, provisioningJob } from './provisioning-job';
import { readServiceProjects, readSnapshot, type ServiceProject } from './read-snapshot';
import { readNamesLanguage, recordTypeNames, writeNamesLanguage } from './names-store';

/**
 * Provisioning from the admin page. The resolver has checked that the caller is a Jira admin; the
 * reads and writes then go as the app, because the writes run in the job runner's consumer, which
 * has no user (Forge invokes consumers as the app). Plans, checklists and the overview are written
 * in the caller's `locale`; a run, and its report, in the locale of the admin who started it. What
 * provisioning creates is named in the names language an admin chose (English until then).
 */

const client = (): JiraClient => asAppJira();

const keyLookup =
  (projects: readonly ServiceProject[]) =>
  (id: string): string =>
    projects.find((p) => p.id === id)?.key ?? id;

function planView(plan: ProvisioningPlan, projects: readonly ServiceProject[]): ProvisioningPlanView {
  const keyOf = keyLookup(projects);
  return {
    projects: projects.map(({ id, key, name, style }) => ({ id, key, name, style })),
    items: plan.items.map((item) => ({
      id: item.id,
      area: item.area,
      summary: item.summary,
      projectKeys: item.projectIds.map(keyOf),
      status: itemStatus(item),
      writes: item.steps.reduce((n, step) => n + writesOf(step), 0),
      ...(item.blocked === undefined ? {} : { blockedReason: item.blocked }),
      ...(item.adminAction === undefined ? {} : { adminAction: item.adminAction }),
    })),
    writes: stepsOf(plan).reduce((n, step) => n + writesOf(step), 0),
    complete: isComplete(plan),
  };
}

/** A provisioning job as the page shows it: its progress, and the report so far (all of it once ended). */
function runView(job: Job, alreadyRunning: boolean): ProvisioningRunView {
  const typed = typedJob(provisioningJob, job);
  const params: ProvisioningParams = typed.params ?? { projectIds: [], projectKeys: {} };
  // A run that ended without a result (cancelled) reports from its last checkpoint.
  const ended = job.finishedAt !== undefined;
  const report = typed.result ?? (ended && typed.checkpoint ? reportOf(typed.checkpoint, params, job.startedBy, job.finishedAt ?? job.updatedAt) : null);
  return {
    jobId: job.id,
    status: job.status,
    projectIds: params.projectIds,
    projectKeys: params.projectIds.map((id) => params.projectKeys[id] ?? id),
    progress: job.progress,
    startedBy: job.startedBy,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt ?? null,
    error: job.error ?? null,
    cancelRequested: job.cancelRequested,
    alreadyRunning,
    report,
  };
}

/**
 * What waits for an admin in a project, for the overview: each item of a company-managed project
 * (request types in no portal group); for a team-managed project, its checklist in one line that
 * names the first step not done (the plan review lists them all).
 */
function attentionOf(
  snapshot: ProvisioningSnapshot,
  plan: ProvisioningPlan,
  project: ServiceProject,
  locale: Locale,
  names: Locale,
): ProvisionableProject['attention'] {
  if (project.style === 'team-managed') {
    const steps = snapshot.projects.filter((p) => p.id === project.id).flatMap((p) => teamManagedSteps(snapshot, p, locale, names));
    const open = steps.filter((s) => !s.done);
    const first = open[0];
    if (!first) return [];
    return [
      {
        id: `checklist:${project.id}`,
        summary: PROVISIONING_TEXTS.in(locale, 'overview.checklistOpen', { open: open.length, total: steps.length, projectKey: project.key }),
        adminAction: { message: first.task, link: first.link },
      },
    ];
  }
  return plan.items.flatMap((item) =>
    item.adminAction && itemStatus(item) === 'needsAdmin' ? [{ id: item.id, summary: item.summary, adminAction: item.adminAction }] : [],
  );
}

/**
 * The admin page's overview. It also records the names the BRM issue types have in Jira now (a
 * KVS write only when they changed), so that the register, the portfolio and the KPIs find types
 * an admin renamed or added by hand once the page has been opened.
 */
export async function getOverview(locale: Locale = SOURCE_LOCALE, clock: JobClock = {}): Promise<AdminOverview> {
  const jira = client();
  const [projects, latest, names] = await Promise.all([readServiceProjects(jira), latestJob(provisioningJob, PROVISIONING_SCOPE), readNamesLanguage()]);
  const desks = projects.filter((p) => p.serviceDeskId !== undefined);
  const snapshot = await readSnapshot(jira, desks);
  await recordTypeNames(snapshot.issueTypes);
  const fieldIds = new Map(snapshot.fields.map((f) => [f.key, f.fieldId]));
  const run = latest ? runView(latest, false) : null;
  if (latest) await resumeIfStalled(latest, clock);
  return {
    projects: desks.map((p) => {
      const plan = planProvisioning(snapshot, [p.id], locale, names);
      return {
        id: p.id,
        key: p.key,
        name: p.name,
        style: p.style,
        provisioned: isComplete(plan),
        pendingWrites: planView(plan, [p]).writes,
        attention: attentionOf(snapshot, plan, p, locale, names),
      };
    }),
    namesLanguage: names,
    issueTypes: brmIssueTypes().map(({ key, avatarId }) => ({ key, ...issueTypeNaming(key, names), avatarId })),
    requestTypes: BRM_REQUEST_TYPE_KEYS.map((key) => {
      const { name, description } = requestTypeNaming(key, names);
      return { key, name, description, issueTypeName: issueTypeNaming(BRM_REQUEST_TYPES[key].issueType, names).name };
    }),
    fields: APP_FIELD_KEYS.map((key) => ({
      key,
      name: APP_FIELD_NAMES[key],
      fieldId: fieldIds.get(key) ?? null,
      brmTypes: APP_FIELD_SCOPES[key].brmTypes.map((t) => issueTypeNaming(t, names).name),
      onRequestTypes: APP_FIELD_SCOPES[key].includeRequestTypes,
    })),
    lastRun: run?.report ?? null,
    run,
  };
}

/** What provisioning would do for these projects; writes nothing. */
export async function planFor(projectIds: readonly string[], locale: Locale = SOURCE_LOCALE): Promise<ProvisioningPlanView> {
  const jira = client();
  const [{ chosen }, names] = await Promise.all([chosenProjects(jira, projectIds), readNamesLanguage()]);
  return planView(await freshPlan(jira, chosen, locale, names), chosen);
}

/**
 * Starts provisioning the projects as a job and answers at once with its progress. When a run is
 * going on already (for any projects: provisioning changes configuration projects share), answers
 * that run instead. When a fresh plan has nothing to write, no job starts and nothing at all is
 * written (neither to Jira nor to KVS): the answer is the report of what is in place. The run
 * writes its report in `locale`, the starting admin's.
 */
export async function runFor(
  projectIds: readonly string[],
  accountId: string,
  locale: Locale = SOURCE_LOCALE,
  clock: JobClock = {},
): Promise<ProvisioningRunView> {
  const jira = client();
  const { chosen } = await chosenProjects(jira, projectIds);
  const running = await latestJob(provisioningJob, PROVISIONING_SCOPE);
  if (running && (running.status === 'queued' || running.status === 'running')) {
    await resumeIfStalled(running, clock);
    return runView(running, true);
  }
  const names = await readNamesLanguage();
  const plan = await freshPlan(jira, chosen, locale, names);
  const params: ProvisioningParams = {
    projectIds: chosen.map((p) => p.id),
    projectKeys: Object.fromEntries(chosen.map((p) => [p.id, p.key])),
    locale,
    names,
  };
  const now = new Date((clock.now ?? Date.now)()).toISOString();
  const checkpoint = startCheckpoint(plan, params, now);
  if (nothingToWrite(plan)) {
    return {
      jobId: null,
      status: 'done',
      projectIds: params.projectIds,
      projectKeys: chosen.map((p) => p.key),
      progress: { done: 0, total: 0, label: PROVISIONING_TEXTS.in(locale, 'run.nothingToWrite') },
      startedBy: accountId,
      startedAt: now,
      finishedAt: now,
      error: null,
      cancelRequested: false,
      alreadyRunning: false,
      report: reportOf(checkpoint, params, accountId, now),
    };
  }
  try {
    const outcome = await startJob(
      provisioningJob,
      { scope: PROVISIONING_SCOPE, params, checkpoint, progress: progressOf(checkpoint, locale), startedBy: accountId },
      clock,
    );
    return runView(outcome.job, !outcome.started);
  } catch (error) {
    if (error instanceof JobTooLargeError) {
      throw invalidInput('projectIds', PROVISIONING_TEXTS.text('run.tooLarge', { count: chosen.length, items: plan.items.length }));
    }
    throw error;
  }
}

async function jobOr404(jobId: string): Promise<Job> {
  const job = await findJob(provisioningJob, jobId);
  if (!job) throw notFound(aboutField('jobId', PROVISIONING_TEXTS.text('run.notFound', { jobId })), 'jobId');
  return job;
}

/** A run's progress, for the page's polls; a run that stalled gets another delivery. */
export async function runStatus(jobId: string, clock: JobClock = {}): Promise<ProvisioningRunView> {
  const job = await jobOr404(jobId);
  await resumeIfStalled(job, clock);
  return runView(job, false);
}

/** Cancels a run: it stops after the write it is on; what it wrote stays and shows in the report. */
export async function cancelRun(jobId: string, clock: JobClock = {}): Promise<ProvisioningRunView> {
  await jobOr404(jobId);
  return runView((await cancelJob(provisioningJob, jobId, clock)) ?? (await jobOr404(jobId)), false);
}

/** The manual steps of the chosen team-managed projects, each checked against Jira now. */
export async function checklistFor(projectIds: readonly string[], locale: Locale = SOURCE_LOCALE): Promise<ProjectChecklist[]> {
  const jira = client();
  const { chosen } = await chosenProjects(jira, projectIds);
  const teamManaged = chosen.filter((p) => p.style === 'team-managed');
  if (teamManaged.length === 0) return [];
  const [snapshot, names] = await Promise.all([readSnapshot(jira, teamManaged), readNamesLanguage()]);
  return snapshot.projects.map((project) => ({
    id: project.id,
    key: project.key,
    name: project.name,
    steps: teamManagedSteps(snapshot, project, locale, names),
  }));
}

/** Chooses the language of the names provisioning gives what it creates; the next run renames the BRM issue types into it. */
export async function chooseNamesLanguage(names: Locale): Promise<{ namesLanguage: Locale }> {
  await writeNamesLanguage(names);
  return { namesLanguage: names };
}
