/**
 * The Jira emulator's data model: what the store keeps, in the emulator's own terms.
 * REST routes map it to Atlassian's documented shapes; the JQL engine reads it.
 */

export type UserKind = 'agent' | 'customer' | 'admin';

export interface JiraUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  /** Atlassian accounts are staff (agents, admins); `customer` accounts are portal-only. */
  accountType: 'atlassian' | 'customer';
  kind: UserKind;
  active: boolean;
  timeZone: string;
  locale: string;
}

export interface StatusCategory {
  id: number;
  key: 'new' | 'indeterminate' | 'done';
  name: 'To Do' | 'In Progress' | 'Done';
  colorName: string;
}

export interface JiraStatus {
  id: string;
  name: string;
  categoryKey: StatusCategory['key'];
}

export interface JiraResolution {
  id: string;
  name: string;
}

export interface JiraPriority {
  id: string;
  name: string;
  statusColor: string;
}

export interface JiraIssueType {
  id: string;
  name: string;
  description: string;
  iconUrl: string;
  subtask: boolean;
  hierarchyLevel: number;
  /** Project-scoped (team-managed) types belong to one project; global types have none. */
  scopeProjectId?: string;
  /** The issue-type avatar set with Update issue type; absent: Jira's default for new types. */
  avatarId?: number;
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'service_desk' | 'software' | 'business';
  style: 'classic' | 'next-gen';
  leadAccountId: string;
  /** The issue type scheme of a company-managed project; team-managed projects use scoped types. */
  issueTypeSchemeId?: string;
  /** The issue type screen scheme of a company-managed project (Jira's default one when absent). */
  issueTypeScreenSchemeId?: string;
  /** Agents of the project's service desk (staff who can see and work its issues). */
  agentIds: string[];
}

export interface IssueTypeScheme {
  id: string;
  name: string;
  description: string;
  defaultIssueTypeId?: string;
  issueTypeIds: string[];
}

/** A custom field. `schemaCustom` is Jira's `schema.custom` (for Forge fields, the field's type key). */
export interface JiraField {
  id: string;
  name: string;
  description: string;
  custom: boolean;
  /** JQL value type: how the field compares and which operators it takes. */
  schemaType: 'string' | 'number' | 'date' | 'datetime' | 'option' | 'user' | 'array' | 'object' | 'any';
  schemaCustom?: string;
  searcherKey?: string;
  /** For a Forge `jira:customField` of type `object`: the manifest's `schema` (JSON schema; see fields/forge-object-schema.ts). */
  forgeSchema?: Record<string, unknown>;
  /** For a Forge `jira:customField`: `view.formatter.expression`, the Jira expression that renders a value as text. */
  formatter?: string;
  /** For Forge `jira:customField`: the manifest's `validation` (a Jira expression over `value`). */
  validation?: FieldValidation;
  /**
   * For a Forge `jira:customField` whose manifest translates its `description` (`{ i18n }`): the
   * description by Forge locale code where it differs from `description` (runtime/manifest-texts.ts).
   */
  descriptionByLocale?: Readonly<Record<string, string>>;
}

/** A `jira:customField` module's `validation`: values for which `expression` is false are refused with `errorMessage`. */
export interface FieldValidation {
  expression: string;
  errorMessage: string;
  /** The message by Forge locale code, where the manifest translates it and a language differs. */
  errorMessageByLocale?: Readonly<Record<string, string>>;
}

export interface FieldContext {
  id: string;
  fieldId: string;
  name: string;
  description: string;
  isGlobalContext: boolean;
  isAnyIssueType: boolean;
  projectIds: string[];
  issueTypeIds: string[];
}

export interface ServiceDesk {
  id: string;
  projectId: string;
  /** Customers added to the desk one by one (members of its organizations are customers too). */
  customerIds: string[];
}

export interface RequestType {
  id: string;
  serviceDeskId: string;
  issueTypeId: string;
  name: string;
  description: string;
  helpText: string;
  groupIds: string[];
}

/**
 * A request type group of a service desk: the portal shows request types by group, in the groups'
 * order, and does not show a request type that is in no group.
 */
export interface RequestTypeGroup {
  id: string;
  serviceDeskId: string;
  name: string;
  /** Position on the portal, lowest first. */
  order: number;
}

export interface Organization {
  id: string;
  name: string;
  memberIds: string[];
  /** Service desks the organization is added to. */
  serviceDeskIds: string[];
  properties: Record<string, unknown>;
}

export interface IssueLinkType {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

export interface IssueLink {
  id: string;
  typeId: string;
  inwardIssueId: string;
  outwardIssueId: string;
}

/** An issue as the store keeps it. Dates are ISO 8601 strings in UTC. */
export interface StoredIssue {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  resolutionId: string | null;
  summary: string;
  /** Atlassian Document Format, or null. */
  description: unknown;
  created: string;
  updated: string;
  resolutiondate: string | null;
  reporterId: string | null;
  assigneeId: string | null;
  labels: string[];
  priorityId: string | null;
  /** Custom field values by field id (`customfield_10050`), in the shape the REST API returns. */
  customFields: Record<string, unknown>;
  /** JSM: the request type, the organizations it is shared with and its participants. */
  requestTypeId: string | null;
  organizationIds: string[];
  participantIds: string[];
  /** Issue entity properties by key. */
  properties: Record<string, unknown>;
}

/** An indexed entity property, as a `jira:entityProperty` module declares it. */
export interface EntityPropertyIndex {
  propertyKey: string;
  path: string;
  type: 'number' | 'string' | 'text' | 'user' | 'date';
  /** Optional alias usable as a JQL field name. */
  searchAlias?: string;
}

/** A tab of a screen, with its fields in the order the screen shows them. */
export interface ScreenTab {
  id: string;
  name: string;
  fieldIds: string[];
}

/** A screen of company-managed projects: the fields a create, edit or view of an issue offers, by tab. */
export interface Screen {
  id: string;
  name: string;
  description: string;
  tabs: ScreenTab[];
}

/** The issue operations a screen scheme gives a screen to. */
export type ScreenOperation = 'create' | 'edit' | 'view';

/** Which screen each operation uses; an operation without its own screen uses `default`. */
export interface ScreenScheme {
  id: string;
  name: string;
  description: string;
  screens: { default: string } & Partial<Record<ScreenOperation, string>>;
}

/** The `default` entry of an issue type screen scheme covers every issue type without its own. */
export const DEFAULT_MAPPING = 'default';

/** Which screen scheme each issue type of a company-managed project uses. */
export interface IssueTypeScreenScheme {
  id: string;
  name: string;
  description: string;
  /** `issueTypeId` is an issue type's id or `default`; there is always one `default` entry. */
  mappings: { issueTypeId: string; screenSchemeId: string }[];
}

/**
 * A team-managed project's fields of one of its issue types: create, edit and view all use it.
 * Keyed by the issue type's id, since team-managed types belong to one project.
 */
/** A gadget on a dashboard: an app's `jira:dashboardGadget` module, with the configuration its edit view submitted (null until then). */
export interface DashboardGadget {
  id: string;
  moduleKey: string;
  configuration: Record<string, unknown> | null;
}

/** A dashboard and its gadgets, in the order they show. */
export interface Dashboard {
  id: string;
  name: string;
  /** Who created it; null for the site's default dashboard. */
  ownerId: string | null;
  gadgets: DashboardGadget[];
}

export interface FieldLayout {
  id: string;
  projectId: string;
  fieldIds: string[];
}

/**
 * A Forge app's workflow validator (`jira:workflowValidator`) added to transitions of the workflow
 * a company-managed project uses for one issue type, as an admin adds it in Jira's workflow editor.
 * The sandbox keeps one workflow (workflow.ts); a rule names the transitions it guards.
 */
export interface WorkflowRule {
  id: string;
  projectId: string;
  issueTypeId: string;
  transitionIds: string[];
  /** The `jira:workflowValidator` module's key. */
  moduleKey: string;
  /** What the validator's configuration page saved (`configuration` in the function's payload). */
  configuration: Record<string, unknown>;
}

/** A comment on an issue: JSM's customer-visible (public) replies and internal notes. */
export interface IssueComment {
  id: string;
  issueId: string;
  authorId: string;
  /** Plain text, as JSM's request comments take it. */
  body: string;
  /** Public comments show on the customer portal; internal ones only to agents. */
  public: boolean;
  created: string;
}

/** An email notification queued with Notify (POST /rest/api/3/issue/{issueIdOrKey}/notify): the sandbox keeps it instead of sending mail. */
export interface IssueNotification {
  id: string;
  issueId: string;
  senderId: string;
  subject: string;
  textBody: string;
  /** The account ids it goes to. */
  recipientIds: string[];
  created: string;
}
