import type { Job } from '#platform/jobs/job-record';

/** A job as the admin page follows it; `result` is the job's result, or its summary so far while it runs. */
export function jobViewOf<R>(job: Job, result: R | null) {
  return {
    jobId: job.id,
    status: job.status,
    progress: job.progress,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt ?? null,
    error: job.error ?? null,
    result,
  };
}
