import { z } from 'zod';
import { asAppJira } from '#platform/jira/client';
import { organizationsPage } from '#platform/jira/organizations';
import { defineJob } from '#platform/jobs/define-job';
import { latestJob, startJob, type StartOutcome } from '#platform/jobs/jobs';
import { readTypeNames } from '#provisioning/names-store';
import { listAgreements, readProfiles, writeHealth } from '#portfolio/portfolio-store';
import { dateOf } from '#portfolio/domain/dates';
import { assessHealth, csatPercent, npsScore } from '#portfolio/domain/health';
import type { StoredHealth } from '#portfolio/domain/health-snapshot';
import { HEALTH_SNAPSHOT_MAX_AGE_HOURS } from '#portfolio/domain/health-snapshot';
import { sortNameOf } from '#portfolio/domain/profile';
import { readHealthInputs, trendWindow } from './health-inputs';
import { readHealthSettings } from './settings';
import { customerSurveyRows } from './survey-source';

/**
 * The health assessment of every customer, as a job of the job runner: it walks JSM's
 * organizations a page at a time, as the app, and keeps each customer's status and key figures
 * (entity `customer-health`) for the portfolio page and the ticket glance. Assessing a customer
 * again overwrites its snapshot, so a repeated or resumed step changes nothing twice. It runs daily
 * (scheduled trigger) and when the portfolio page finds snapshots older than a day.
 */

const PAGE = 10;
export const HEALTH_JOB_SCOPE = 'site';

const tally = z.object({ healthy: z.number().int(), watch: z.number().int(), 'at-risk': z.number().int() });

export const healthJob = defineJob({
  kind: 'customer-health',
  params: z.object({}),
  checkpoint: z.object({ start: z.number().int().nonnegative(), assessed: tally }),
  result: z.object({ assessed: tally }),
  step: async (_params, checkpoint, context) => {
    const app = asAppJira();
    const now = context.now();
    const today = dateOf(now);
    const [page, settings, typeNames] = await Promise.all([organizationsPage(app, checkpoint.start, PAGE), readHealthSettings(), readTypeNames()]);
    const profiles = await readProfiles(page.values.map((o) => o.id));
    const assessed = { ...checkpoint.assessed };
    for (const organization of page.values) {
      const window = trendWindow(organization.id, today, settings);
      const [agreements, rows] = await Promise.all([listAgreements(organization.id), customerSurveyRows(organization.id, window.months)]);
      const reading = await readHealthInputs(app, organization.id, today, settings, agreements, rows, typeNames);
      const assessment = assessHealth(reading.inputs, settings);
      const counted = (reading.inputs.csat?.months ?? []).filter((m) => m.answered >= settings.minResponses);
      const last = counted[counted.length - 1];
      const first = counted[0];
      const nps = reading.inputs.nps;
      const snapshot: StoredHealth = {
        status: assessment.status,
        sortName: profiles.get(organization.id)?.sortName ?? sortNameOf(organization.name),
        computedAt: now.toISOString(),
        reasons: assessment.reasons.map(({ code, severity }) => ({ code, severity })),
        ...(last ? { csat: csatPercent(last) } : {}),
        ...(first && first !== last ? { csatPrevious: csatPercent(first) } : {}),
        ...(nps && nps.answered >= settings.minResponses ? { nps: npsScore(nps) } : {}),
        ...(reading.counts.open ? { openComplaints: reading.counts.open.count } : {}),
      };
      await writeHealth(organization.id, snapshot);
      assessed[assessment.status] += 1;
    }
    const done = checkpoint.start + page.values.length;
    const progress = { done, total: page.isLastPage ? done : done + PAGE, label: `Assessed ${done} customers` };
    if (page.isLastPage || page.values.length === 0) return { status: 'done', result: { assessed }, progress };
    return { status: 'continue', checkpoint: { start: done, assessed }, progress };
  },
});

const emptyTally = { healthy: 0, watch: 0, 'at-risk': 0 };

/** Starts an assessment of every customer, or answers the one under way. */
export function startHealthAssessment(startedBy: string, clock?: { now?: () => number }): Promise<StartOutcome> {
  return startJob(
    healthJob,
    { scope: HEALTH_JOB_SCOPE, params: {}, checkpoint: { start: 0, assessed: emptyTally }, progress: { done: 0, total: 0, label: 'Starting' }, startedBy },
    clock,
  );
}

/** The assessment under way or the last one. */
export const latestHealthAssessment = () => latestJob(healthJob, HEALTH_JOB_SCOPE);

/** Whether a snapshot taken at `computedAt` is too old to show without a fresh assessment. */
export const isStale = (computedAt: string, now: Date): boolean => now.getTime() - Date.parse(computedAt) > HEALTH_SNAPSHOT_MAX_AGE_HOURS * 3_600_000;
