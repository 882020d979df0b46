import { Queue } from '@forge/events';

/**
 * The one `@forge/events` queue of the job runner; manifest.yml's `consumer` module `job-consumer`
 * listens to it. Each event says only which job to work on: everything else is in the job's record.
 */
export const JOB_QUEUE = 'brm-jobs';

/** Queues a delivery for `jobId`. */
export async function pushJobEvent(jobId: string): Promise<void> {
  await new Queue({ key: JOB_QUEUE }).push({ body: { jobId } });
}
