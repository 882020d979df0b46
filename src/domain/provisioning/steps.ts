import type { AppFieldKey } from '../brm/app-fields';
import type { BrmTypeKey } from '../brm/issue-types';
import type { BrmRequestTypeKey } from '../brm/request-types';

/** Creates a BRM issue type: global, or scoped to one team-managed project when `projectId` is set. */
export interface CreateIssueTypeStep {
  kind: 'createIssueType';
  /** Placeholder id later steps use for the new type. */
  ref: string;
  brmType: BrmTypeKey;
  projectId?: string;
}

/** Gives an existing BRM issue type its icon, which it lacks (Jira kept another). */
export interface SetIssueTypeAvatarStep {
  kind: 'setIssueTypeAvatar';
  issueTypeId: string;
  brmType: BrmTypeKey;
}

/** Adds issue types to a company-managed project's issue type scheme. */
export interface AddIssueTypesToSchemeStep {
  kind: 'addIssueTypesToScheme';
  schemeId: string;
  issueTypeIds: string[];
}

export interface CreateFieldContextStep {
  kind: 'createFieldContext';
  ref: string;
  fieldKey: AppFieldKey;
  fieldId: string;
  name: string;
  projectIds: string[];
  issueTypeIds: string[];
}

export interface AddProjectsToFieldContextStep {
  kind: 'addProjectsToFieldContext';
  fieldKey: AppFieldKey;
  fieldId: string;
  contextId: string;
  projectIds: string[];
}

export interface AddIssueTypesToFieldContextStep {
  kind: 'addIssueTypesToFieldContext';
  fieldKey: AppFieldKey;
  fieldId: string;
  contextId: string;
  issueTypeIds: string[];
}

/** Creates a portal request type on a project's service desk. */
export interface CreateRequestTypeStep {
  kind: 'createRequestType';
  ref: string;
  projectId: string;
  serviceDeskId: string;
  requestType: BrmRequestTypeKey;
  issueTypeId: string;
}

/** One write provisioning makes. Each is planned only when a fresh read shows it is needed. */
export type ProvisioningStep =
  | CreateIssueTypeStep
  | SetIssueTypeAvatarStep
  | AddIssueTypesToSchemeStep
  | CreateFieldContextStep
  | AddProjectsToFieldContextStep
  | AddIssueTypesToFieldContextStep
  | CreateRequestTypeStep;

export type PlanArea = 'issueType' | 'scheme' | 'field' | 'requestType';

/**
 * One thing the app needs in Jira (an issue type, a scheme's content, a field's context on a project,
 * a request type). `steps` is empty when it is already in place; `blocked` says why it cannot be done.
 */
export interface PlanItem {
  /** Stable across runs, e.g. `issuetype:complaint` or `field:brm-customer:10001`. */
  id: string;
  area: PlanArea;
  /** A sentence for the admin: what will be done, or what is already there. */
  summary: string;
  projectIds: string[];
  steps: ProvisioningStep[];
  blocked?: string;
}

export interface ProvisioningPlan {
  items: PlanItem[];
}

export const stepsOf = (plan: ProvisioningPlan): ProvisioningStep[] => plan.items.flatMap((item) => item.steps);

/** True when nothing is left to write and nothing is blocked. */
export const isComplete = (plan: ProvisioningPlan): boolean => plan.items.every((item) => item.steps.length === 0 && !item.blocked);
