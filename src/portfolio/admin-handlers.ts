import { forbidden, notFound } from '#kernel/app-error';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { SOURCE_LOCALE } from '#kernel/locales';
import { aboutField } from '#kernel/texts';
import type { CallHandlers } from '#kernel/contract';
import { asUserJira } from '#platform/jira/client';
import { callerLocale } from '#platform/jira/locales';
import { resumeIfStalled, typedJob } from '#platform/jobs/jobs';
import type { Job } from '#platform/jobs/job-record';
import type { PortfolioAdminContract } from './contract';
import { DEFAULT_HEALTH_SETTINGS } from './domain/health-settings';
import { backfillJob, cancelBackfill, findBackfill, latestBackfill, startBackfill } from './services/backfill-job';
import { exportPortfolio } from './services/exports';
import { healthJob, latestHealthAssessment, startHealthAssessment } from './services/health-job';
import { checkImport, findImport, importJob, latestImport, previewIn, runImport } from './services/import';
import { jobViewOf } from './services/job-views';
import { readHealthSettings, saveHealthSettings } from './services/settings';
import { dateOf } from './domain/dates';
import { PORTFOLIO_TEXTS } from './domain/texts';

/**
 * The portfolio's admin page calls. The admin resolver's guard has checked that the caller is a
 * Jira admin before any of these runs; imports and the backfill then write as the app, in jobs.
 * What they write for the admin (the import's problems, the CSV's headers and words, a job's
 * failures) is in the admin's language, which Jira gives (GET myself): asked by a preview only when
 * the file has problems, once when an import or an export starts, and when a job has stopped.
 */

const signedIn = (accountId: string | undefined): string => {
  if (!accountId) throw forbidden(KERNEL_TEXTS.text('error.notSignedIn'));
  return accountId;
};

function importRunOf(job: Job) {
  const typed = typedJob(importJob, job);
  return jobViewOf(job, typed.result ?? typed.checkpoint?.result ?? null);
}

async function backfillRunOf(job: Job) {
  const typed = typedJob(backfillJob, job);
  return { ...(await jobViewOf(job, typed.result ?? typed.checkpoint?.summary ?? null)), projectIds: typed.params?.projectIds ?? [] };
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
  previewPortfolioImport: async ({ csv, createMissing }) => {
    const { preview } = await checkImport(asUserJira(), csv, createMissing, dateOf(new Date()));
    return previewIn(preview, preview.problems.length > 0 ? await callerLocale() : SOURCE_LOCALE);
  },
  runPortfolioImport: async ({ csv, createMissing }, { accountId }) => {
    const started = await runImport(asUserJira(), csv, createMissing, signedIn(accountId), new Date(), await callerLocale());
    const job = started.jobId === null ? undefined : await findImport(started.jobId);
    return { preview: started.preview, run: job ? await importRunOf(job) : null };
  },
  getPortfolioImport: async ({ jobId }) => {
    const job = await polled(jobId === null ? await latestImport() : await findImport(jobId));
    if (jobId !== null && !job) throw notFound(aboutField('jobId', PORTFOLIO_TEXTS.text('job.noImport', { jobId })), 'jobId');
    return { run: job ? await importRunOf(job) : null };
  },
  exportPortfolio: async () => exportPortfolio(asUserJira(), new Date(), await callerLocale()),
  startCustomerBackfill: async ({ projectIds }, { accountId }) => ({
    run: await backfillRunOf((await startBackfill(projectIds, signedIn(accountId))).job),
  }),
  getCustomerBackfill: async ({ jobId }) => {
    const job = await polled(jobId === null ? await latestBackfill() : await findBackfill(jobId));
    if (jobId !== null && !job) throw notFound(aboutField('jobId', PORTFOLIO_TEXTS.text('job.noBackfill', { jobId })), 'jobId');
    return { run: job ? await backfillRunOf(job) : null };
  },
  cancelCustomerBackfill: async ({ jobId }) => {
    const job = await cancelBackfill(jobId);
    if (!job) throw notFound(aboutField('jobId', PORTFOLIO_TEXTS.text('job.noBackfill', { jobId })), 'jobId');
    return { run: await backfillRunOf(job) };
  },
  assessPortfolioHealth: async (_input, { accountId }) => ({ run: await healthRunOf((await startHealthAssessment(signedIn(accountId))).job) }),
  getHealthAssessment: async () => {
    const job = await polled(await latestHealthAssessment());
    return { run: job ? await healthRunOf(job) : null };
  },
};
