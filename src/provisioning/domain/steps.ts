import { z } from 'zod';
import { LOCALES, SOURCE_LOCALE } from '#kernel/locales';
import { SETTINGS_PAGES } from '#kernel/settings-pages';
import { APP_FIELD_KEYS } from './app-fields';
import { BRM_TYPE_KEYS } from './issue-types';
import { BRM_REQUEST_TYPE_KEYS } from './request-types';

/**
 * The writes provisioning makes, and the plan that orders them. Zod schemas, because a plan lives
 * in the provisioning job's checkpoint (KVS) between steps and is read back through them.
 */

const brmType = z.enum(BRM_TYPE_KEYS);
const fieldKey = z.enum(APP_FIELD_KEYS);
/** The language of the names a step gives (names.ts); English in a step planned before there was a choice. */
const names = z.enum(LOCALES).default(SOURCE_LOCALE);

/**
 * Creates a global BRM issue type. Jira adds it to the default issue type scheme by itself. A
 * team-managed project's own types cannot be created through REST (POST /issuetype has no project
 * scope): an admin adds them in the project's settings.
 */
export const createIssueTypeStep = z.object({
  kind: z.literal('createIssueType'),
  /** Placeholder id later steps use for the new type. */
  ref: z.string(),
  brmType,
  names,
});

/**
 * Renames an existing BRM issue type (and rewrites its description) into the names language, with
 * Update issue type (PUT /rest/api/3/issuetype/{id}). Its issues, schemes and screens stay as they are.
 */
export const renameIssueTypeStep = z.object({ kind: z.literal('renameIssueType'), issueTypeId: z.string(), brmType, names: z.enum(LOCALES) });

/** Gives an existing BRM issue type its icon, which it lacks (Jira kept another). */
export const setIssueTypeAvatarStep = z.object({ kind: z.literal('setIssueTypeAvatar'), issueTypeId: z.string(), brmType, names });

/** Adds issue types to a company-managed project's issue type scheme. */
export const addIssueTypesToSchemeStep = z.object({ kind: z.literal('addIssueTypesToScheme'), schemeId: z.string(), issueTypeIds: z.array(z.string()) });

export const createFieldContextStep = z.object({
  kind: z.literal('createFieldContext'),
  ref: z.string(),
  fieldKey,
  fieldId: z.string(),
  name: z.string(),
  projectIds: z.array(z.string()),
  issueTypeIds: z.array(z.string()),
});

export const addProjectsToFieldContextStep = z.object({
  kind: z.literal('addProjectsToFieldContext'),
  fieldKey,
  fieldId: z.string(),
  contextId: z.string(),
  projectIds: z.array(z.string()),
});

export const addIssueTypesToFieldContextStep = z.object({
  kind: z.literal('addIssueTypesToFieldContext'),
  fieldKey,
  fieldId: z.string(),
  contextId: z.string(),
  issueTypeIds: z.array(z.string()),
});

/** Puts one of the app's fields on a tab of a screen (company-managed projects), through the screens REST. */
export const addFieldToScreenStep = z.object({
  kind: z.literal('addFieldToScreen'),
  fieldKey,
  fieldId: z.string(),
  screenId: z.string(),
  tabId: z.string(),
});

/** Creates a portal request type on a project's service desk (JSM puts it in no portal group). */
export const createRequestTypeStep = z.object({
  kind: z.literal('createRequestType'),
  ref: z.string(),
  projectId: z.string(),
  serviceDeskId: z.string(),
  requestType: z.enum(BRM_REQUEST_TYPE_KEYS),
  issueTypeId: z.string(),
  names,
});

/** One write provisioning makes. Each is planned only when a fresh read shows it is needed. */
export const provisioningStep = z.discriminatedUnion('kind', [
  createIssueTypeStep,
  renameIssueTypeStep,
  setIssueTypeAvatarStep,
  addIssueTypesToSchemeStep,
  createFieldContextStep,
  addProjectsToFieldContextStep,
  addIssueTypesToFieldContextStep,
  addFieldToScreenStep,
  createRequestTypeStep,
]);
export type ProvisioningStep = z.infer<typeof provisioningStep>;
export type CreateIssueTypeStep = z.infer<typeof createIssueTypeStep>;
export type AddFieldToScreenStep = z.infer<typeof addFieldToScreenStep>;

/** The most projects one plan or run takes (the admin chooses fewer at a time beyond it). */
export const PROJECTS_PER_CALL_MAX = 50;

/** What an admin does by hand (manual-steps.ts): a team-managed type, a type's fields, a request type's portal group. */
export const MANUAL_STEP_AREAS = ['issueType', 'fields', 'portalGroup'] as const;
export type ManualStepArea = (typeof MANUAL_STEP_AREAS)[number];

export const PLAN_AREAS = ['issueType', 'scheme', 'field', 'screen', 'requestType'] as const;
export type PlanArea = (typeof PLAN_AREAS)[number];

/** A Jira settings page of a project, where an admin does what the app cannot. */
export const settingsLink = z.object({ page: z.enum(SETTINGS_PAGES), projectKey: z.string(), issueTypeId: z.string().optional() });

/** Something only a Jira admin can do, by hand, in the project's settings: what, and where. */
export const adminAction = z.object({ message: z.string(), link: settingsLink });
export type AdminAction = z.infer<typeof adminAction>;

/**
 * One thing the app needs in Jira (an issue type, a scheme's content, a field's context or screens
 * in a project, a request type). `steps` is empty when it is in place or cannot be written by the
 * app; `blocked` says why it cannot be done at all; `adminAction` says what an admin must still do
 * by hand (after the steps, if there are any).
 */
export const planItem = z.object({
  /** Stable across runs, e.g. `issuetype:complaint` or `screen:brm-customer:10001`. */
  id: z.string(),
  area: z.enum(PLAN_AREAS),
  /** A sentence for the admin: what will be done, or what is already there. */
  summary: z.string(),
  projectIds: z.array(z.string()),
  steps: z.array(provisioningStep),
  blocked: z.string().optional(),
  adminAction: adminAction.optional(),
});
export type PlanItem = z.infer<typeof planItem>;

export interface ProvisioningPlan {
  items: PlanItem[];
}

export const stepsOf = (plan: ProvisioningPlan): ProvisioningStep[] => plan.items.flatMap((item) => item.steps);

/** True when the app has nothing left to write and nothing is blocked. An admin may still have work. */
export const nothingToWrite = (plan: ProvisioningPlan): boolean => plan.items.every((item) => item.steps.length === 0 && !item.blocked);

/** True when everything is in place: nothing to write, nothing blocked, nothing left for an admin. */
export const isComplete = (plan: ProvisioningPlan): boolean => nothingToWrite(plan) && plan.items.every((item) => item.adminAction === undefined);

/** How an item stands before a run: in place, to be written, blocked, or waiting for an admin. */
export const PLAN_ITEM_STATUSES = ['inPlace', 'todo', 'blocked', 'needsAdmin'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

export function itemStatus(item: PlanItem): PlanItemStatus {
  if (item.blocked !== undefined) return 'blocked';
  if (item.steps.length > 0) return 'todo';
  return item.adminAction === undefined ? 'inPlace' : 'needsAdmin';
}

/** Jira writes a step takes: creating a type sets its icon too. */
export const writesOf = (step: ProvisioningStep): number => (step.kind === 'createIssueType' ? 2 : 1);
