import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { asAppJira } from '#platform/jira/client';
import { searchIssues } from '#platform/jira/issue-search';
import { localesOfRun, type RunLocales } from '#platform/jira/locales';
import { notifyAboutIssue } from '#platform/jira/notify';
import { siteBaseUrl } from '#platform/jira/server-info';
import { claimOnce, completeClaim, releaseClaim } from '#platform/kvs/once-claims';
import { localDate } from '#register/domain/calendar';
import { APP_ACTOR, COMPLAINT_PROPERTY_KEY, readRecord } from '#register/domain/complaint-record';
import { overdueAlerts, smallestThreshold, stalledAlert, type Alert } from '#register/domain/escalation';
import { applyOperation } from '#register/domain/operations';
import type { RegisterSettings } from '#register/domain/settings';
import { COMPLAINT_ISSUE_FIELDS, readComplaintIssue, severityOf, updateComplaint, type ComplaintIssue } from '#register/services/complaint-store';
import { agedComplaintsJql, overdueComplaintsJql } from '#register/services/register-jql';
import { readTypeNames } from '#provisioning/names-store';
import { readRegisterSettings } from '#register/services/settings-store';
import { alertEmail } from './alert-email';

/**
 * One step of the daily escalation run: one page of one of its two searches (open complaints with
 * an overdue measure, then open complaints old enough to stall), and each alert found there sent
 * once. "Once" holds across runs and duplicate deliveries: an alert is claimed in KVS (entity
 * `register-alert`, keyed by the alert's stable id) before its email, recorded on the complaint
 * after it, and marked done; a claim left by a run that died is taken over after half an hour,
 * and if the complaint already records the alert, it is marked done without a second email. Each
 * email is written in its addressee's language, asked of Jira once per person for the run
 * (`RunLocales`; a run that continues as a job asks again in each of the job's steps).
 */

export const ALERT_ENTITY = 'register-alert';
/** Complaints per page of the run's searches. */
export const ESCALATION_PAGE_SIZE = 50;
/** A claim older than this belongs to a run that died: another run takes it over. */
const STALE_CLAIM_MS = 30 * 60_000;

const counts = z.object({ sent: z.number().int(), recorded: z.number().int(), skipped: z.number().int(), failed: z.number().int() });
export type EscalationCounts = z.infer<typeof counts>;

export const escalationCheckpoint = z.object({
  /** Who claims the alerts of this run. */
  runId: z.string(),
  /** The day the run is for, in the register's time zone. */
  day: z.string(),
  phase: z.enum(['overdue', 'stalled', 'done']),
  nextPageToken: z.string().optional(),
  pages: z.number().int(),
  counts,
});
export type EscalationCheckpoint = z.infer<typeof escalationCheckpoint>;

export function firstCheckpoint(settings: Pick<RegisterSettings, 'timeZone'>, nowMs: number): EscalationCheckpoint {
  return { runId: randomUUID(), day: localDate(nowMs, settings.timeZone), phase: 'overdue', pages: 0, counts: { sent: 0, recorded: 0, skipped: 0, failed: 0 } };
}

type Tally = keyof EscalationCounts;

/** Who an alert goes to: a measure's owner; for a stalled complaint the escalation contact, else its assignee. */
const recipientOf = (alert: Alert, issue: ComplaintIssue, settings: RegisterSettings): string | null =>
  alert.kind === 'measure-overdue' ? (alert.measure?.ownerAccountId ?? null) : (settings.escalationContactAccountId ?? issue.assigneeId);

/** Sends one alert once; answers how it went. */
async function handleAlert(
  alert: Alert,
  issue: ComplaintIssue,
  settings: RegisterSettings,
  runId: string,
  siteUrl: () => Promise<string>,
  languages: RunLocales,
  nowMs: number,
): Promise<Tally> {
  const claim = await claimOnce(ALERT_ENTITY, alert.id, runId, issue.id, nowMs, STALE_CLAIM_MS);
  if (claim.kind !== 'claimed') return 'skipped';
  const to = recipientOf(alert, issue, settings);
  try {
    if (claim.tookOver) {
      // The run that held the claim may have sent the email and recorded it before it died.
      const fresh = await readComplaintIssue(asAppJira(), issue.id);
      const record = readRecord(fresh?.stored);
      if (record.ok && record.record.escalations.some((e) => e.id === alert.id)) {
        await completeClaim(ALERT_ENTITY, alert.id, runId, nowMs, issue.id, nowMs);
        return 'recorded';
      }
    }
    if (to !== null)
      await notifyAboutIssue(
        asAppJira(),
        issue.key,
        alertEmail(alert, { key: issue.key, summary: issue.summary, severity: severityOf(issue) }, to, await siteUrl(), await languages.user(to)),
      );
  } catch (error) {
    // Nothing went out: give the alert back, so that the next run tries again; this run goes on.
    await releaseClaim(ALERT_ENTITY, alert.id, runId, nowMs).catch(() => undefined);
    if (!(error instanceof Error)) throw error;
    console.error(`Escalation alert ${alert.id} was not sent: ${error.message}`);
    return 'failed';
  }
  // The email is out: from here on the alert counts as sent even if recording it fails.
  try {
    const at = new Date(nowMs).toISOString();
    await updateComplaint(issue, (record) =>
      applyOperation(
        record,
        { kind: 'escalate', escalationId: alert.id, escalationKind: alert.kind, toAccountId: to, ...(alert.measure ? { measureId: alert.measure.id } : {}) },
        { accountId: APP_ACTOR, at },
      ),
    );
  } catch (error) {
    console.error(`Escalation alert ${alert.id} was sent but not recorded on ${issue.key}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await completeClaim(ALERT_ENTITY, alert.id, runId, nowMs, issue.id, nowMs);
  return to === null ? 'recorded' : 'sent';
}

const complaintOf = (issue: { id: string; key: string; fields: Record<string, unknown>; properties?: Record<string, unknown> }) => {
  const fields = z
    .object({
      summary: z.string().default(''),
      project: z.object({ id: z.string(), key: z.string() }),
      status: z.object({ statusCategory: z.object({ key: z.enum(['new', 'indeterminate', 'done']).catch('indeterminate') }).optional() }).optional(),
      created: z.string(),
      assignee: z.object({ accountId: z.string() }).nullish(),
      labels: z.array(z.string()).default([]),
    })
    .parse(issue.fields);
  const complaint: ComplaintIssue = {
    id: issue.id,
    key: issue.key,
    projectId: fields.project.id,
    projectKey: fields.project.key,
    summary: fields.summary,
    isComplaint: true,
    statusCategory: fields.status?.statusCategory?.key ?? 'indeterminate',
    createdMs: Date.parse(fields.created),
    assigneeId: fields.assignee?.accountId ?? null,
    labels: fields.labels,
  };
  return { complaint, record: readRecord(issue.properties?.[COMPLAINT_PROPERTY_KEY]) };
};

/** Runs one page of the run and answers the next checkpoint (`phase: done` when the run is over). */
export async function escalationStep(
  checkpoint: EscalationCheckpoint,
  now: () => Date = () => new Date(),
  languages: RunLocales = localesOfRun(),
): Promise<EscalationCheckpoint> {
  if (checkpoint.phase === 'done') return checkpoint;
  const [settings, typeNames] = await Promise.all([readRegisterSettings(), readTypeNames()]);
  const nowMs = now().getTime();
  const jql =
    checkpoint.phase === 'overdue'
      ? overdueComplaintsJql(checkpoint.day, typeNames.complaint)
      : agedComplaintsJql(smallestThreshold(settings), typeNames.complaint);
  const page = await searchIssues(asAppJira(), {
    jql,
    fields: COMPLAINT_ISSUE_FIELDS,
    properties: [COMPLAINT_PROPERTY_KEY],
    maxResults: ESCALATION_PAGE_SIZE,
    ...(checkpoint.nextPageToken ? { nextPageToken: checkpoint.nextPageToken } : {}),
  });
  let site: string | undefined;
  const siteUrl = async (): Promise<string> => (site ??= await siteBaseUrl(asAppJira()));
  const tally = { ...checkpoint.counts };
  for (const found of page.issues) {
    const { complaint, record } = complaintOf(found);
    const alerts =
      checkpoint.phase === 'overdue'
        ? record.ok
          ? overdueAlerts(complaint.id, record.record, nowMs, settings.timeZone)
          : []
        : [
            stalledAlert(
              { issueId: complaint.id, createdMs: complaint.createdMs, ...(severityOf(complaint) ? { severity: severityOf(complaint) } : {}) },
              settings,
              nowMs,
            ),
          ].filter((a): a is Alert => a !== undefined);
    // An alert the complaint already records went out before (in an earlier run, or by hand): not again.
    const recorded = new Set(record.ok ? record.record.escalations.map((e) => e.id) : []);
    for (const alert of alerts)
      tally[recorded.has(alert.id) ? 'skipped' : await handleAlert(alert, complaint, settings, checkpoint.runId, siteUrl, languages, nowMs)] += 1;
  }
  const pages = checkpoint.pages + 1;
  if (page.nextPageToken) return { ...checkpoint, nextPageToken: page.nextPageToken, pages, counts: tally };
  const { nextPageToken: _done, ...rest } = checkpoint;
  return { ...rest, phase: checkpoint.phase === 'overdue' ? 'stalled' : 'done', pages, counts: tally };
}
