import { LOCALES, SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { callerLocale } from '#platform/jira/locales';
import { jobError, type Job } from '#platform/jobs/job-record';

/**
 * A job as the admin page follows it; `result` is the job's result, or its summary so far while it
 * runs. Why it stopped is written in the reader's language, which Jira gives (`locale`) only for a
 * failure that reads differently by language.
 */
export async function jobViewOf<R>(job: Job, result: R | null, locale: () => Promise<Locale> = callerLocale) {
  const error = jobError(job);
  const sameEverywhere = error === undefined || LOCALES.every((l) => error.in(l) === error.english);
  return {
    jobId: job.id,
    status: job.status,
    progress: job.progress,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt ?? null,
    error: error === undefined ? null : error.in(sameEverywhere ? SOURCE_LOCALE : await locale()),
    result,
  };
}
