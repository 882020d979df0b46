import type { AppFieldKey } from '../brm/app-fields';

/**
 * What exists in Jira that provisioning cares about, read before planning. Ids of things the plan
 * will create are placeholders (see placeholders.ts) until the step that creates them has run.
 */
export type ProjectStyle = 'company-managed' | 'team-managed';

export interface SnapshotIssueType {
  id: string;
  name: string;
  /** Set for a team-managed project's own (project-scoped) type; absent for global types. */
  projectId?: string;
  /** The type's icon (Jira's `avatarId`); absent when Jira does not say. */
  avatarId?: number;
}

export interface SnapshotScheme {
  id: string;
  name: string;
  issueTypeIds: string[];
}

export interface SnapshotRequestType {
  id: string;
  name: string;
  issueTypeId: string;
}

export interface SnapshotProject {
  id: string;
  key: string;
  name: string;
  style: ProjectStyle;
  /** The project's JSM service desk, when it is a service project. */
  serviceDeskId?: string;
  /** The issue type scheme of a company-managed project. */
  schemeId?: string;
  requestTypes: SnapshotRequestType[];
}

/**
 * A custom field context. Jira applies a field to (project, issue type) pairs: the context that
 * lists the project, or else the global context; within it, every issue type or the listed ones.
 */
export interface SnapshotFieldContext {
  id: string;
  name: string;
  isGlobal: boolean;
  isAnyIssueType: boolean;
  projectIds: string[];
  issueTypeIds: string[];
}

export interface SnapshotField {
  key: AppFieldKey;
  fieldId: string;
  contexts: SnapshotFieldContext[];
}

export interface ProvisioningSnapshot {
  /** Global types and the project-scoped types of the snapshot's projects. */
  issueTypes: SnapshotIssueType[];
  schemes: SnapshotScheme[];
  projects: SnapshotProject[];
  /** The app's fields Jira knows; a field missing here cannot be provisioned. */
  fields: SnapshotField[];
}
