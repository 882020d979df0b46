import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '#kernel/app-error';
import { isTypeNamed } from '#provisioning/domain/names';
import { readFeedbackLabels } from '#feedback/domain/feedback';
import { asAppJira, type JiraClient } from '#platform/jira/client';
import { findIssue, findIssueProperty, setIssueProperty } from '#platform/jira/issues';
import { acquireLock, releaseLock } from '#platform/kvs/locks';
import { COMPLAINT_PROPERTY_KEY, readRecord, type ComplaintRecord } from '#register/domain/complaint-record';
import type { OperationOutcome } from '#register/domain/operations';
import { aboutField } from '#kernel/texts';
import { REGISTER_TEXTS } from '#register/texts';

/** A Complaint issue with what the register and the panel need of it. */
export interface ComplaintIssue {
  id: string;
  key: string;
  projectId: string;
  projectKey: string;
  summary: string;
  isComplaint: boolean;
  statusCategory: 'new' | 'indeterminate' | 'done';
  createdMs: number;
  assigneeId: string | null;
  labels: string[];
}

export const COMPLAINT_ISSUE_FIELDS = ['summary', 'issuetype', 'project', 'status', 'created', 'assignee', 'labels'] as const;

const extraFields = z.object({ created: z.string().optional(), assignee: z.object({ accountId: z.string() }).nullable().optional() });

/** Whether an issue type is the app's Complaint type (by its name in any of the app's languages). */
export const isComplaintType = (typeName: string): boolean => isTypeNamed('complaint', typeName);

/** Reads an issue as a complaint, with its stored `brm-complaint` value, or undefined when the client cannot see it. */
export async function readComplaintIssue(client: JiraClient, issueIdOrKey: string): Promise<{ issue: ComplaintIssue; stored: unknown } | undefined> {
  const read = await findIssue(client, issueIdOrKey, COMPLAINT_ISSUE_FIELDS, [COMPLAINT_PROPERTY_KEY]);
  if (!read) return undefined;
  const extra = extraFields.parse(read.fields);
  return {
    issue: {
      id: read.id,
      key: read.key,
      projectId: read.core.project?.id ?? '',
      projectKey: read.core.project?.key ?? read.key.split('-')[0] ?? '',
      summary: read.core.summary ?? '',
      isComplaint: isComplaintType(read.core.issuetype?.name ?? ''),
      statusCategory: read.core.status?.statusCategory?.key ?? 'indeterminate',
      createdMs: extra.created ? Date.parse(extra.created) : Number.NaN,
      assigneeId: extra.assignee?.accountId ?? null,
      labels: read.core.labels ?? [],
    },
    stored: read.properties[COMPLAINT_PROPERTY_KEY],
  };
}

export const severityOf = (issue: Pick<ComplaintIssue, 'labels'>) => readFeedbackLabels(issue.labels).severity;

/** A stored value as a record, or the error that says it cannot be read (nothing may overwrite it). */
export function recordOrError(issueKey: string, stored: unknown): ComplaintRecord {
  const read = readRecord(stored);
  if (!read.ok) throw new AppError('CONFLICT', REGISTER_TEXTS.text('error.unreadable', { key: issueKey, problem: read.problem }));
  return read.record;
}

/**
 * How long a change may hold a complaint's lease. Longer than Forge lets a resolver or a trigger
 * run (25 s), so a lease never runs out while its holder can still write; a holder that died
 * leaves it for at most this long.
 */
const LEASE_SECONDS = 30;
/** Waits between attempts to take a lease another change holds: a change takes well under a second. */
const LEASE_WAITS_MS = [100, 200, 300, 400, 600, 800, 1000, 1500];

export interface LeaseOptions {
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/** Another change held the complaint's lease for longer than a change waits: try again later. */
export class ComplaintBusy extends AppError {
  constructor(issueKey: string) {
    super('CONFLICT', aboutField('issueKey', REGISTER_TEXTS.text('error.busy', { key: issueKey })), 'issueKey');
  }
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const leaseKey = (issueId: string): string => `register:complaint-lease:${issueId}`;

/**
 * Applies a change to the complaint's latest stored record under a short per-issue lease in KVS:
 * take the lease (waiting a little while someone else holds it), read the property as it is now,
 * apply the operation, write the property if it changed, give the lease back. So two agents who
 * change the same complaint at once both keep their change, one after the other; the operation
 * itself decides what truly conflicts.
 */
export async function updateComplaint(
  issue: { id: string; key: string },
  apply: (record: ComplaintRecord) => OperationOutcome,
  options: LeaseOptions = {},
): Promise<OperationOutcome> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  const holder = randomUUID();
  let taken = await acquireLock(leaseKey(issue.id), holder, LEASE_SECONDS, now());
  for (const wait of LEASE_WAITS_MS) {
    if (taken.acquired) break;
    await sleep(wait);
    taken = await acquireLock(leaseKey(issue.id), holder, LEASE_SECONDS, now());
  }
  if (!taken.acquired) throw new ComplaintBusy(issue.key);
  try {
    const app = asAppJira();
    const record = recordOrError(issue.key, await findIssueProperty(app, issue.id, COMPLAINT_PROPERTY_KEY));
    const outcome = apply(record);
    if (outcome.outcome === 'applied') await setIssueProperty(app, issue.id, COMPLAINT_PROPERTY_KEY, outcome.record);
    return outcome;
  } finally {
    await releaseLock(leaseKey(issue.id)).catch(() => undefined);
  }
}
