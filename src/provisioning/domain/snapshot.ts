import type { AppFieldKey } from './app-fields';

/**
 * What exists in Jira that provisioning cares about, read before planning. Ids of things the plan
 * will create are placeholders (see placeholders.ts) until the step that creates them has run.
 */
export const PROJECT_STYLES = ['company-managed', 'team-managed'] as const;
export type ProjectStyle = (typeof PROJECT_STYLES)[number];

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
  /** Jira's default issue type scheme: every new global issue type joins it by itself. */
  isDefault?: boolean;
}

export interface SnapshotRequestType {
  id: string;
  name: string;
  issueTypeId: string;
  /** The portal groups it is in; in none, customers do not see it. */
  groupIds: string[];
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
  /** The issue type screen scheme of a company-managed project. */
  issueTypeScreenSchemeId?: string;
  requestTypes: SnapshotRequestType[];
  /**
   * Team-managed: the fields each of the project's issue types offers on create (issue type id ->
   * field ids), for the types provisioning looks at. A type absent here was not read.
   */
  layouts?: Record<string, string[]>;
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

/** The key an issue type screen scheme uses for the issue types it does not map. */
export const DEFAULT_MAPPING = 'default';

/** Which screen scheme each issue type of the projects using it gets (`default` for the rest). */
export interface SnapshotIssueTypeScreenScheme {
  id: string;
  mappings: { issueTypeId: string; screenSchemeId: string }[];
}

/** The screens of a screen scheme, by operation; an operation without one uses `default`. */
export interface SnapshotScreenScheme {
  id: string;
  screens: { default: string; create?: string; edit?: string; view?: string };
}

export interface SnapshotScreen {
  id: string;
  tabs: { id: string; fieldIds: string[] }[];
}

/** How company-managed projects reach their screens: project -> issue type screen scheme -> screen scheme -> screens. */
export interface SnapshotScreens {
  issueTypeScreenSchemes: SnapshotIssueTypeScreenScheme[];
  screenSchemes: SnapshotScreenScheme[];
  screens: SnapshotScreen[];
}

export interface ProvisioningSnapshot {
  /** Global types and the project-scoped types of the snapshot's projects. */
  issueTypes: SnapshotIssueType[];
  schemes: SnapshotScheme[];
  projects: SnapshotProject[];
  /** The app's fields Jira knows; a field missing here cannot be provisioned. */
  fields: SnapshotField[];
  screens: SnapshotScreens;
}

export const noScreens = (): SnapshotScreens => ({ issueTypeScreenSchemes: [], screenSchemes: [], screens: [] });
