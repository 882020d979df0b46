import { z } from 'zod';
import type { PlanItem } from './domain/steps';
import { itemStatus } from './domain/steps';
import { itemOutcome, type ProvisioningReport, type RunItemView } from './contract';
import { JiraError, UnexpectedJiraResponse } from '#platform/jira/jira-error';

/** The provisioning report: each plan item with what became of it, and the counts. */

export type ItemOutcome = RunItemView['outcome'];

/** What became of one item, as a run's checkpoint keeps it (the item itself is in the plan beside it). */
export const itemResult = z.object({ outcome: itemOutcome, reason: z.string().optional(), note: z.string().optional() });
export type ItemResult = z.infer<typeof itemResult>;

/** An item with what became of it, as the report shows it. */
export function itemView(item: PlanItem, projectKeyOf: (id: string) => string, result: ItemResult): RunItemView {
  const { outcome } = result;
  return {
    id: item.id,
    area: item.area,
    summary: item.summary,
    projectKeys: item.projectIds.map(projectKeyOf),
    outcome,
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    ...(result.note === undefined ? {} : { note: result.note }),
    ...(item.adminAction && (outcome === 'needsAdmin' || outcome === 'notAttempted') ? { adminAction: item.adminAction } : {}),
  };
}

/**
 * What each item is before anything runs: blocked ones have failed (with their reason), those in
 * place are skipped, those that only an admin can do need an admin, the rest are not attempted yet.
 */
export function initialResult(item: PlanItem): ItemResult {
  switch (itemStatus(item)) {
    case 'blocked':
      return { outcome: 'failed', reason: item.blocked ?? '' };
    case 'inPlace':
      return { outcome: 'skipped' };
    case 'needsAdmin':
      return { outcome: 'needsAdmin' };
    case 'todo':
      return { outcome: 'notAttempted' };
  }
}

/** The outcome of an item whose steps all ran: done, or waiting for an admin to finish it. */
export const finishedOutcome = (item: PlanItem): ItemOutcome => (item.adminAction ? 'needsAdmin' : 'done');

/** Why a step failed, for the admin. */
export function describeFailure(error: unknown): string {
  if (error instanceof JiraError) {
    if (error.status === 429) return `Jira is busy (429 Too Many Requests) and asked the app to slow down: ${error.reason}`;
    return `Jira answered ${error.status}: ${error.reason}`;
  }
  if (error instanceof UnexpectedJiraResponse) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function countOutcomes(items: readonly RunItemView[]): ProvisioningReport['counts'] {
  const counts = { done: 0, skipped: 0, failed: 0, notAttempted: 0, needsAdmin: 0 };
  for (const item of items) counts[item.outcome] += 1;
  return counts;
}

export interface ReportContext {
  startedBy: string;
  projectIds: string[];
  startedAt: string;
}

export function buildReport(context: ReportContext, finishedAt: string, items: RunItemView[], writes: number): ProvisioningReport {
  const counts = countOutcomes(items);
  return {
    startedAt: context.startedAt,
    finishedAt,
    startedBy: context.startedBy,
    projectIds: context.projectIds,
    complete: counts.failed === 0 && counts.notAttempted === 0,
    items,
    counts,
    writes,
  };
}
