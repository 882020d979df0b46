import { forbidden, notFound } from '#kernel/app-error';
import type { CallHandlers } from '#kernel/contract';
import { asUserJira } from '#platform/jira/client';
import { resumeIfStalled, typedJob } from '#platform/jobs/jobs';
import type { Job } from '#platform/jobs/job-record';
import type { PortfolioAdminContract } from './contract';
import { DEFAULT_HEALTH_SETTINGS } from './domain/health-settings';
import { backfillJob, cancelBackfill, findBackfill, latestBackfill, startBackfill } from './services/backfill-job';
import { exportPortfolio } from './services/exports';
import { healthJob, latestHealthAssessment, startHealthAssessment } from './services/health-job';
import { checkImport, findImport, importJob, latestImport, runImport } from './services/import';
import { jobViewOf } from './services/job-views';
import { readHealthSettings, saveHealthSettings } from './services/settings';
import { dateOf } from './domain/dates';

/**
 * The portfolio's admin page calls. The admin resolver's guard has checked that the caller is a
 * Jira admin before any of these runs; imports and the backfill then write as the app, in jobs.
 */

const signedIn = (accountId: string | undefined): string => {
  if (!accountId) throw forbidden('You need to be signed in to Jira to do this.');
  return accountId;
};

function importRunOf(job: Job) {
  const typed = typedJob(importJob, job);
  return jobViewOf(job, typed.result ?? typed.checkpoint?.result ?? null);
}

function backfillRunOf(job: Job) {
  const typed = typedJob(backfillJob, job);
  return { ...jobViewOf(job, typed.result ?? typed.checkpoint?.summary ?? null), projectIds: typed.params?.projectIds ?? [] };
}

function healthRunOf(job: Job) {
  const typed = typedJob(healthJob, job);
  return jobViewOf(job, typed.result ?? (typed.checkpoint ? { assessed: typed.checkpoint.assessed } : null));
}

/** A job the page polls: one whose delivery was lost gets another. */
async function polled(job: Job | undefined): Promise<Job | undefined> {
  if (job) await resumeIfStalled(job);
  return job;
}

export const portfolioAdminHandlers: CallHandlers<PortfolioAdminContract> = {
  getHealthSettings: async () => ({ settings: await readHealthSettings(), defaults: DEFAULT_HEALTH_SETTINGS }),
  saveHealthSettings: async ({ settings }) => ({ settings: await saveHealthSettings(settings) }),
  previewPortfolioImport: async ({ csv, createMissing }) => (await checkImport(asUserJira(), csv, createMissing, dateOf(new Date()))).preview,
  runPortfolioImport: async ({ csv, createMissing }, { accountId }) => {
    const started = await runImport(asUserJira(), csv, createMissing, signedIn(accountId));
    const job = started.jobId === null ? undefined : await findImport(started.jobId);
    return { preview: started.preview, run: job ? importRunOf(job) : null };
  },
  getPortfolioImport: async ({ jobId }) => {
    const job = await polled(jobId === null ? await latestImport() : await findImport(jobId));
    if (jobId !== null && !job) throw notFound(`jobId: there is no import ${jobId}.`, 'jobId');
    return { run: job ? importRunOf(job) : null };
  },
  exportPortfolio: () => exportPortfolio(asUserJira()),
  startCustomerBackfill: async ({ projectIds }, { accountId }) => ({ run: backfillRunOf((await startBackfill(projectIds, signedIn(accountId))).job) }),
  getCustomerBackfill: async ({ jobId }) => {
    const job = await polled(jobId === null ? await latestBackfill() : await findBackfill(jobId));
    if (jobId !== null && !job) throw notFound(`jobId: there is no backfill ${jobId}.`, 'jobId');
    return { run: job ? backfillRunOf(job) : null };
  },
  cancelCustomerBackfill: async ({ jobId }) => {
    const job = await cancelBackfill(jobId);
    if (!job) throw notFound(`jobId: there is no backfill ${jobId}.`, 'jobId');
    return { run: backfillRunOf(job) };
  },
  assessPortfolioHealth: async (_input, { accountId }) => ({ run: healthRunOf((await startHealthAssessment(signedIn(accountId))).job) }),
  getHealthAssessment: async () => {
    const job = await polled(await latestHealthAssessment());
    return { run: job ? healthRunOf(job) : null };
  },
};
