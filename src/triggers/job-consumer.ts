import { jobConsumer } from '#platform/jobs/runner';
import { backfillJob } from '#portfolio/services/backfill-job';
import { healthJob } from '#portfolio/services/health-job';
import { importJob } from '#portfolio/services/import';
import { servedSyncJob } from '#portfolio/services/served-sync-job';
import { provisioningJob } from '#provisioning/provisioning-job';
import { campaignJob } from '#surveys/services/campaigns';
import { rebuildJob } from '#surveys/services/rebuild';
import { sweepJob } from '#surveys/services/sweep-job';
import { escalationJob } from '#register/services/escalation/escalation-run';

/**
 * The job queue's consumer (manifest.yml `consumer` `job-consumer`, function `job-runner`): every
 * long job of the app, by kind. Deliveries run as the app, with no user: a job's writes were
 * authorised when the resolver that started it checked its caller.
 */
export const runJobs = jobConsumer({
  jobs: [provisioningJob, backfillJob, importJob, healthJob, servedSyncJob, rebuildJob, campaignJob, sweepJob, escalationJob],
});
