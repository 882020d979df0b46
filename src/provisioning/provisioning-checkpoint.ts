import { z } from 'zod';
import { LOCALES, SOURCE_LOCALE, type Locale } from '#kernel/locales';
import type { ProvisioningReport } from './contract';
import { planItem, stepsOf, type PlanItem, type ProvisioningPlan, type ProvisioningStep } from './domain/steps';
import { PROVISIONING_TEXTS } from './domain/texts';
import { buildReport, finishedOutcome, initialResult, itemResult, itemView, type ItemResult } from './run-report';

/**
 * Where a provisioning run stands between two steps of its job: the plan, the next step, the ids of
 * what it has created so far, and each item's outcome. Pure functions over it; the job (I/O) is in
 * provisioning-job.ts.
 */

export const provisioningParams = z.object({
  projectIds: z.array(z.string()),
  /** Project keys by id, for the report. */
  projectKeys: z.record(z.string(), z.string()),
  /** The language of the admin who started the run: its plan, progress and report are written in it (English when absent). */
  locale: z.enum(LOCALES).optional(),
  /** The names language when the run started: a resumed run plans with it again (English when absent). */
  names: z.enum(LOCALES).optional(),
});
export type ProvisioningParams = z.infer<typeof provisioningParams>;

export const provisioningCheckpoint = z.object({
  items: z.array(planItem),
  /** The item being carried out and its next step; `itemIndex === items.length` when all are. */
  itemIndex: z.number().int().nonnegative(),
  stepIndex: z.number().int().nonnegative(),
  /** Real ids of what this run created, by placeholder. */
  created: z.record(z.string(), z.string()),
  /** What became of each item so far, beside it. */
  outcomes: z.array(itemResult),
  /** Notes of the item being carried out, so far. */
  notes: z.array(z.string()),
  writes: z.number().int().nonnegative(),
  stepsDone: z.number().int().nonnegative(),
  stepsTotal: z.number().int().nonnegative(),
  startedAt: z.string(),
});
export type ProvisioningCheckpoint = z.infer<typeof provisioningCheckpoint>;

const keyLookup =
  (params: ProvisioningParams) =>
  (id: string): string =>
    params.projectKeys[id] ?? id;

const withNotes = (result: ItemResult, notes: readonly string[]): ItemResult => (notes.length > 0 ? { ...result, note: notes.join(' ') } : result);

/** The first item at or after `from` that has steps to run and is not blocked. */
function nextItemWithSteps(items: readonly PlanItem[], from: number): number {
  let index = from;
  while (index < items.length && (items[index]?.blocked !== undefined || (items[index]?.steps.length ?? 0) === 0)) index += 1;
  return index;
}

/** A run about to start: every item with its outcome before anything is written. */
export function startCheckpoint(plan: ProvisioningPlan, params: ProvisioningParams, startedAt: string): ProvisioningCheckpoint {
  return {
    items: plan.items,
    itemIndex: nextItemWithSteps(plan.items, 0),
    stepIndex: 0,
    created: {},
    outcomes: plan.items.map(initialResult),
    notes: [],
    writes: 0,
    stepsDone: 0,
    stepsTotal: stepsOf(plan).length,
    startedAt,
  };
}

/** The step to run next, or undefined when the run has carried out every item. */
export function nextStep(checkpoint: ProvisioningCheckpoint): { item: PlanItem; step: ProvisioningStep } | undefined {
  const item = checkpoint.items[checkpoint.itemIndex];
  const step = item?.steps[checkpoint.stepIndex];
  return item && step ? { item, step } : undefined;
}

export const progressOf = (checkpoint: ProvisioningCheckpoint, locale: Locale = SOURCE_LOCALE): { done: number; total: number; label: string } => ({
  done: checkpoint.stepsDone,
  total: checkpoint.stepsTotal,
  label: nextStep(checkpoint)?.item.summary ?? PROVISIONING_TEXTS.in(locale, 'run.allCarriedOut'),
});

/** The checkpoint once the next step succeeded: its created id and note recorded, the item finished when it was its last step. */
export function afterStep(
  checkpoint: ProvisioningCheckpoint,
  result: { placeholder?: string; createdId?: string; note?: string; writes: number },
): ProvisioningCheckpoint {
  const current = nextStep(checkpoint);
  if (!current) return checkpoint;
  const created =
    result.placeholder !== undefined && result.createdId !== undefined ? { ...checkpoint.created, [result.placeholder]: result.createdId } : checkpoint.created;
  const notes = result.note ? [...checkpoint.notes, result.note] : checkpoint.notes;
  const base = { ...checkpoint, created, writes: checkpoint.writes + result.writes, stepsDone: checkpoint.stepsDone + 1 };
  if (checkpoint.stepIndex + 1 < current.item.steps.length) return { ...base, stepIndex: checkpoint.stepIndex + 1, notes };
  const outcomes = [...checkpoint.outcomes];
  outcomes[checkpoint.itemIndex] = withNotes({ outcome: finishedOutcome(current.item) }, notes);
  return { ...base, outcomes, notes: [], stepIndex: 0, itemIndex: nextItemWithSteps(checkpoint.items, checkpoint.itemIndex + 1) };
}

/** The checkpoint once the next step failed: that item failed with `reason`; the items after it stay not attempted. */
export function afterFailure(checkpoint: ProvisioningCheckpoint, reason: string): ProvisioningCheckpoint {
  const current = nextStep(checkpoint);
  if (!current) return checkpoint;
  const outcomes = [...checkpoint.outcomes];
  outcomes[checkpoint.itemIndex] = withNotes({ outcome: 'failed', reason }, checkpoint.notes);
  return { ...checkpoint, outcomes, notes: [] };
}

/**
 * A run taken over after its delivery stopped mid-step, planned again from a fresh snapshot: the
 * items already carried out keep their outcomes; the item that was cut short and those after it
 * are replaced by the fresh plan's (which plans nothing for what the cut-short step did write), so
 * no write is repeated. The fresh plan refers to what exists by real ids, so no placeholder of the
 * old plan is needed any more.
 */
export function replan(checkpoint: ProvisioningCheckpoint, fresh: ProvisioningPlan): ProvisioningCheckpoint {
  const finished = checkpoint.items.slice(0, checkpoint.itemIndex);
  const finishedIds = new Set(finished.map((item) => item.id));
  const cutShort = checkpoint.items[checkpoint.itemIndex];
  const rest = fresh.items.filter((item) => !finishedIds.has(item.id));
  const items = [...finished, ...rest];
  const outcomes = [
    ...checkpoint.outcomes.slice(0, checkpoint.itemIndex),
    ...rest.map((item) => {
      // The item that was cut short and now needs nothing more was written by this run.
      if (item.id === cutShort?.id && item.steps.length === 0 && item.blocked === undefined)
        return withNotes({ outcome: finishedOutcome(item) }, checkpoint.notes);
      return initialResult(item);
    }),
  ];
  const remaining = rest.reduce((n, item) => n + (item.blocked === undefined ? item.steps.length : 0), 0);
  return {
    ...checkpoint,
    items,
    outcomes,
    itemIndex: nextItemWithSteps(items, finished.length),
    stepIndex: 0,
    created: {},
    notes: [],
    stepsTotal: checkpoint.stepsDone + remaining,
  };
}

export function reportOf(checkpoint: ProvisioningCheckpoint, params: ProvisioningParams, startedBy: string, finishedAt: string): ProvisioningReport {
  const keyOf = keyLookup(params);
  const items = checkpoint.items.map((item, index) => itemView(item, keyOf, checkpoint.outcomes[index] ?? initialResult(item)));
  return buildReport({ startedBy, projectIds: params.projectIds, startedAt: checkpoint.startedAt }, finishedAt, items, checkpoint.writes);
}
