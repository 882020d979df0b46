import { z } from 'zod';
import { conflict } from '#kernel/app-error';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { storedText, storeText } from '#kernel/texts';
import { JiraError, UnexpectedJiraResponse } from '#platform/jira/jira-error';
import { defineJob, describeJobError, JobDataError } from '#platform/jobs/define-job';
import { failureOf, jobError, storedJob } from '#platform/jobs/job-record';
import { PLATFORM_TEXTS } from '#platform/platform-texts';

/** Why a job stopped: kept in every language when the job stops, written in each reader's when read. */

describe('a stored sentence', () => {
  it('keeps every language and reads English where a language is missing', () => {
    const stored = storeText(KERNEL_TEXTS.text('error.jiraBusy'));
    expect(Object.keys(stored).sort()).toEqual(['de', 'en', 'es', 'id', 'zh-CN']);
    expect(storedText(stored).in('de')).toBe(KERNEL_TEXTS.in('de', 'error.jiraBusy'));
    expect(storedText({ en: 'Jira is busy.' }).in('id')).toBe('Jira is busy.');
  });
});

describe('why a step stopped', () => {
  it('is the app’s own refusal, Jira’s reason or the unexpected error’s message, each in every language', () => {
    expect(describeJobError(conflict(PLATFORM_TEXTS.text('job.notQueued'))).in('es')).toBe(PLATFORM_TEXTS.in('es', 'job.notQueued'));
    const jira = new JiraError(500, 'GET', '/rest/servicedeskapi/organization', ['Internal server error.'], {});
    expect(describeJobError(jira).in('de')).toBe('Jira konnte dies nicht ausführen (500): Internal server error.');
    expect(describeJobError(new JiraError(429, 'GET', '/rest/api/3/myself', [], {})).in('en')).toBe(KERNEL_TEXTS.in('en', 'error.jiraBusy'));
    expect(describeJobError(new UnexpectedJiraResponse('GET', '/rest/api/3/myself', 'no accountId')).in('zh-CN')).toBe(
      KERNEL_TEXTS.in('zh-CN', 'error.jiraUnexpected'),
    );
    expect(describeJobError(new Error('the disk is full')).in('id')).toBe('Tugas terhenti karena kesalahan yang tidak terduga: the disk is full');
  });

  it('says so when this version of the app cannot read what the job saved', async () => {
    const job = defineJob({
      kind: 'count',
      params: z.object({ steps: z.number() }),
      checkpoint: z.object({ next: z.number() }),
      result: z.object({}),
      step: () => Promise.resolve({ status: 'done', result: {}, progress: { done: 1, total: 1, label: '' } }),
    });
    const thrown = await job
      .runStep({ steps: 'three' }, { next: 0 }, { jobId: 'j', startedBy: 'a', now: () => new Date(), resumed: false })
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(JobDataError);
    const text = job.describeError(thrown);
    if (typeof text === 'string') throw new Error('expected a Text');
    expect(text.in('de')).toMatch(/^Diese Version der App kann nicht lesen, was der Job gespeichert hat \(params: steps: .+\)\. Starten Sie ihn erneut\.$/);
  });
});

describe('a failed job as its record keeps it', () => {
  const base = storedJob.parse({
    kind: 'count',
    scope: 'site',
    status: 'failed',
    params: {},
    progress: { done: 0, total: 1, label: '' },
    startedBy: 'a',
    startedAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    stepCount: 1,
    leaseHolder: '',
    leaseUntil: 0,
    cancelRequested: false,
  });

  it('reads in its reader’s language, through a KVS round trip', () => {
    const kept = storedJob.parse(JSON.parse(JSON.stringify({ ...base, ...failureOf(PLATFORM_TEXTS.text('job.unknownKind', { kind: 'count' })) })));
    expect(kept.error).toBe('This version of the app has no job of kind count, so the job cannot go on. Start it again.');
    expect(jobError(kept)?.in('es')).toBe(
      'Esta versión de la aplicación no tiene ninguna tarea de tipo count, así que la tarea no puede continuar. Vuelva a iniciarla.',
    );
  });

  it('finds a sentence recorded before jobs kept every language by its English, and shows one a job kind wrote as it is', () => {
    expect(jobError({ ...base, error: PLATFORM_TEXTS.in('en', 'job.notQueued') })?.in('zh-CN')).toBe(PLATFORM_TEXTS.in('zh-CN', 'job.notQueued'));
    expect(failureOf('Abgebrochen bei Schritt 3')).toEqual({ error: 'Abgebrochen bei Schritt 3' });
    expect(jobError({ ...base, error: 'Abgebrochen bei Schritt 3' })?.in('en')).toBe('Abgebrochen bei Schritt 3');
    expect(jobError(base)).toBeUndefined();
  });
});
