import { placeholderCreatedBy, resolveStep } from '../../domain/provisioning/placeholders';
import type { PlanItem, ProvisioningPlan } from '../../domain/provisioning/steps';
import type { ProvisioningReport, RunItemView } from '../../contract/admin';
import type { JiraClient } from '../../platform/jira/client';
import { JiraError, UnexpectedJiraResponse } from '../../platform/jira/jira-error';
import { executeStep } from './execute-step';

export interface RunContext {
  client: JiraClient;
  startedBy: string;
  projectIds: string[];
  projectKeyOf: (projectId: string) => string;
  now: () => Date;
  /** Called after every item that wrote something (or failed), with the report so far. */
  onProgress: (report: ProvisioningReport) => Promise<void>;
}

export function itemView(item: PlanItem, projectKeyOf: (id: string) => string, outcome: RunItemView['outcome'], extra: { reason?: string; note?: string } = {}): RunItemView {
  return { id: item.id, area: item.area, summary: item.summary, projectKeys: item.projectIds.map(projectKeyOf), outcome, ...extra };
}

function describeFailure(error: unknown): string {
  if (error instanceof JiraError) {
    if (error.status === 429) return `Jira is busy (429 Too Many Requests) and asked the app to slow down: ${error.reason}`;
    return `Jira answered ${error.status}: ${error.reason}`;
  }
  if (error instanceof UnexpectedJiraResponse) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function countOutcomes(items: readonly RunItemView[]): ProvisioningReport['counts'] {
  const counts = { done: 0, skipped: 0, failed: 0, notAttempted: 0 };
  for (const item of items) counts[item.outcome] += 1;
  return counts;
}

export function buildReport(context: Pick<RunContext, 'startedBy' | 'projectIds'>, startedAt: Date, finishedAt: Date, items: RunItemView[], writes: number): ProvisioningReport {
  const counts = countOutcomes(items);
  return {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    startedBy: context.startedBy,
    projectIds: context.projectIds,
    complete: counts.failed === 0 && counts.notAttempted === 0,
    items,
    counts,
    writes,
  };
}

/**
 * Carries out a plan item by item, in order. Items already in place are skipped; blocked items fail
 * with their reason without stopping the others. The first Jira failure stops the run, since later
 * items may build on the failed one: they stay "not attempted", and the next run, planned from a
 * fresh read, starts where this one stopped.
 */
export async function runPlan(plan: ProvisioningPlan, context: RunContext): Promise<ProvisioningReport> {
  const startedAt = context.now();
  const items: RunItemView[] = plan.items.map((item) =>
    item.blocked !== undefined
      ? itemView(item, context.projectKeyOf, 'failed', { reason: item.blocked })
      : itemView(item, context.projectKeyOf, item.steps.length === 0 ? 'skipped' : 'notAttempted'),
  );
  const created = new Map<string, string>();
  let writes = 0;
  let last: ProvisioningReport | undefined;

  for (const [index, item] of plan.items.entries()) {
    if (item.blocked !== undefined || item.steps.length === 0) continue;
    const notes: string[] = [];
    let failure: string | undefined;
    for (const step of item.steps) {
      try {
        const outcome = await executeStep(context.client, resolveStep(step, created));
        writes += outcome.writes;
        const placeholder = placeholderCreatedBy(step);
        if (placeholder !== undefined && outcome.createdId !== undefined) created.set(placeholder, outcome.createdId);
        if (outcome.note) notes.push(outcome.note);
      } catch (error) {
        failure = describeFailure(error);
        break;
      }
    }
    const note = notes.length > 0 ? { note: notes.join(' ') } : {};
    items[index] = itemView(item, context.projectKeyOf, failure === undefined ? 'done' : 'failed', failure === undefined ? note : { reason: failure, ...note });
    last = buildReport(context, startedAt, context.now(), items, writes);
    await context.onProgress(last);
    if (failure !== undefined) break;
  }
  // The last recorded report is the run's report, so the page shows the same thing after a reload.
  return last ?? buildReport(context, startedAt, context.now(), items, writes);
}
