import { z } from 'zod';
import { emptyInput, numericId, requiredText } from '#kernel/input-schemas';
import { LOCALES } from '#kernel/locales';
import { defineContract } from '#kernel/contract';
import { PROJECT_STYLES } from './domain/snapshot';
import { adminAction, MANUAL_STEP_AREAS, PLAN_AREAS, PLAN_ITEM_STATUSES, PROJECTS_PER_CALL_MAX, settingsLink } from './domain/steps';

/** Provisioning's calls on the admin page (jira:adminPage `brm-admin-page`, behind the Jira-admin guard). */

export const projectStyle = z.enum(PROJECT_STYLES);

const projectIds = z
  .array(numericId('a project'), { error: 'must be a list of project ids' })
  .min(1, { error: 'choose at least one project' })
  .max(PROJECTS_PER_CALL_MAX, { error: `choose at most ${PROJECTS_PER_CALL_MAX} projects at a time` });

/** What only a Jira admin can do, by hand, and the settings page where (the UI builds its address from the site URL: kernel/settings-pages.ts). */
export const adminActionView = adminAction;
export type AdminActionView = z.infer<typeof adminActionView>;

/** Something in a project that waits for an admin: what it is about, and what to do. */
export const attentionItem = z.object({ id: z.string(), summary: z.string(), adminAction: adminActionView });

/** The language of the names provisioning gives what it creates (issue types, request types). */
export const namesLanguage = z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` });

export const provisionableProject = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  style: projectStyle,
  /** True when everything is in place: nothing to write and nothing left for an admin. */
  provisioned: z.boolean(),
  /** Writes still needed for this project. */
  pendingWrites: z.number().int().nonnegative(),
  /** What waits for an admin in this project (request types in no portal group, team-managed steps). */
  attention: z.array(attentionItem),
});
export type ProvisionableProject = z.infer<typeof provisionableProject>;

export const planArea = z.enum(PLAN_AREAS);

export const planItemView = z.object({
  id: z.string(),
  area: planArea,
  summary: z.string(),
  projectKeys: z.array(z.string()),
  /** needsAdmin: the app cannot write it; `adminAction` says what an admin does, and where. */
  status: z.enum(PLAN_ITEM_STATUSES),
  /** Jira writes this item takes. */
  writes: z.number().int().nonnegative(),
  blockedReason: z.string().optional(),
  /** What an admin must do by hand (for a `todo` item: once the app has written it). */
  adminAction: adminActionView.optional(),
});
export type PlanItemView = z.infer<typeof planItemView>;

export const issueTypeView = z.object({ key: z.string(), name: z.string(), description: z.string(), avatarId: z.number() });
export const requestTypeView = z.object({ key: z.string(), name: z.string(), description: z.string(), issueTypeName: z.string() });
export const appFieldView = z.object({
  key: z.string(),
  name: z.string(),
  fieldId: z.string().nullable(),
  brmTypes: z.array(z.string()),
  onRequestTypes: z.boolean(),
});

export const provisioningPlanView = z.object({
  projects: z.array(provisionableProject.pick({ id: true, key: true, name: true, style: true })),
  items: z.array(planItemView),
  writes: z.number().int().nonnegative(),
  /** Nothing to do and nothing blocked. */
  complete: z.boolean(),
});
export type ProvisioningPlanView = z.infer<typeof provisioningPlanView>;

export const itemOutcome = z.enum(['done', 'skipped', 'failed', 'notAttempted', 'needsAdmin']);
export const runItemView = z.object({
  id: z.string(),
  area: planArea,
  summary: z.string(),
  projectKeys: z.array(z.string()),
  /**
   * done: written now; skipped: already in place; failed: see reason; notAttempted: the run stopped
   * before it; needsAdmin: what the app could write is written, and an admin must finish it by hand.
   */
  outcome: itemOutcome,
  reason: z.string().optional(),
  /** Something worth knowing that did not fail the item (e.g. Jira refused the icon). */
  note: z.string().optional(),
  adminAction: adminActionView.optional(),
});
export type RunItemView = z.infer<typeof runItemView>;

export const provisioningReport = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  startedBy: z.string(),
  projectIds: z.array(z.string()),
  /**
   * Nothing failed and nothing was left unattempted: the app wrote everything it can. Items that
   * need an admin may remain (see counts.needsAdmin). When false, running again picks up where this
   * run stopped.
   */
  complete: z.boolean(),
  items: z.array(runItemView),
  counts: z.object({ done: z.number(), skipped: z.number(), failed: z.number(), notAttempted: z.number(), needsAdmin: z.number() }),
  writes: z.number().int().nonnegative(),
});
export type ProvisioningReport = z.infer<typeof provisioningReport>;

export const runStatus = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);
export type RunStatus = z.infer<typeof runStatus>;

/** A provisioning run: a job the app's job runner carries out step by step, which the page polls. */
export const provisioningRunView = z.object({
  /** The job's id; null when nothing needed writing, so no job was started. */
  jobId: z.string().nullable(),
  status: runStatus,
  projectIds: z.array(z.string()),
  projectKeys: z.array(z.string()),
  progress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative(), label: z.string() }),
  /** Account id of the admin who started it. */
  startedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Why it failed or stopped, in words. */
  error: z.string().nullable(),
  cancelRequested: z.boolean(),
  /** True when this call found a run already going (maybe for other projects) and answers that one. */
  alreadyRunning: z.boolean(),
  /** Item by item, once the run has ended (or when nothing needed writing); null while it runs. */
  report: provisioningReport.nullable(),
});
export type ProvisioningRunView = z.infer<typeof provisioningRunView>;

export const checklistStep = z.object({
  id: z.string(),
  area: z.enum(MANUAL_STEP_AREAS),
  /** What to do, as an instruction. */
  task: z.string(),
  done: z.boolean(),
  /** What is still missing, or what must come first. */
  detail: z.string().optional(),
  link: settingsLink,
});
export type ChecklistStep = z.infer<typeof checklistStep>;

/** The steps an admin does by hand in a team-managed project, each checked against Jira now. */
export const projectChecklist = z.object({ id: z.string(), key: z.string(), name: z.string(), steps: z.array(checklistStep) });
export type ProjectChecklist = z.infer<typeof projectChecklist>;

export const adminOverview = z.object({
  projects: z.array(provisionableProject),
  /** The language chosen for the names of what provisioning creates; the issue and request types below are named in it. */
  namesLanguage,
  issueTypes: z.array(issueTypeView),
  requestTypes: z.array(requestTypeView),
  fields: z.array(appFieldView),
  /** The last run that has ended, if any. */
  lastRun: provisioningReport.nullable(),
  /** The run going on now, or else the last one: the page shows its progress or report again after a reload. */
  run: provisioningRunView.nullable(),
});
export type AdminOverview = z.infer<typeof adminOverview>;

export const provisioningContract = defineContract({
  getOverview: { input: emptyInput, output: adminOverview },
  planProvisioning: { input: z.object({ projectIds }), output: provisioningPlanView },
  runProvisioning: { input: z.object({ projectIds }), output: provisioningRunView },
  getProvisioningRun: { input: z.object({ jobId: requiredText(64) }), output: provisioningRunView },
  cancelProvisioning: { input: z.object({ jobId: requiredText(64) }), output: provisioningRunView },
  getChecklist: { input: z.object({ projectIds }), output: z.object({ projects: z.array(projectChecklist) }) },
  /** Chooses the names language: the next plan renames the BRM issue types into it and creates what is missing in it. */
  setNamesLanguage: { input: z.object({ locale: namesLanguage }), output: z.object({ namesLanguage }) },
});
export type ProvisioningContract = typeof provisioningContract;
