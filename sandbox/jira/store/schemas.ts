import { z } from 'zod';
import type {
  Dashboard,
  EntityPropertyIndex,
  FieldContext,
  FieldLayout,
  IssueComment,
  IssueLink,
  IssueLinkType,
  IssueNotification,
  IssueTypeScheme,
  IssueTypeScreenScheme,
  JiraField,
  JiraIssueType,
  JiraPriority,
  JiraProject,
  JiraResolution,
  JiraStatus,
  JiraUser,
  Organization,
  RequestType,
  RequestTypeGroup,
  Screen,
  ScreenScheme,
  ServiceDesk,
  StoredIssue,
  WorkflowRule,
} from '../model';

/**
 * Zod schemas for every document the store keeps. Rows read back from SQLite are parsed with
 * these, so a hand-edited or stale database fails loudly at start instead of deep in a request.
 */

const id = z.string().min(1);

export const userSchema: z.ZodType<JiraUser> = z.object({
  accountId: id,
  displayName: z.string(),
  emailAddress: z.string(),
  accountType: z.enum(['atlassian', 'customer']),
  kind: z.enum(['agent', 'customer', 'admin']),
  active: z.boolean(),
  timeZone: z.string(),
  locale: z.string(),
});

export const statusSchema: z.ZodType<JiraStatus> = z.object({
  id,
  name: z.string(),
  categoryKey: z.enum(['new', 'indeterminate', 'done']),
});

export const resolutionSchema: z.ZodType<JiraResolution> = z.object({ id, name: z.string() });

export const prioritySchema: z.ZodType<JiraPriority> = z.object({ id, name: z.string(), statusColor: z.string() });

export const issueTypeSchema: z.ZodType<JiraIssueType> = z.object({
  id,
  name: z.string(),
  description: z.string(),
  iconUrl: z.string(),
  subtask: z.boolean(),
  hierarchyLevel: z.number().int(),
  scopeProjectId: z.string().optional(),
  avatarId: z.number().optional(),
});

export const projectSchema: z.ZodType<JiraProject> = z.object({
  id,
  key: z.string(),
  name: z.string(),
  projectTypeKey: z.enum(['service_desk', 'software', 'business']),
  style: z.enum(['classic', 'next-gen']),
  leadAccountId: z.string(),
  issueTypeSchemeId: z.string().optional(),
  issueTypeScreenSchemeId: z.string().optional(),
  agentIds: z.array(z.string()),
});

export const issueTypeSchemeSchema: z.ZodType<IssueTypeScheme> = z.object({
  id,
  name: z.string(),
  description: z.string(),
  defaultIssueTypeId: z.string().optional(),
  issueTypeIds: z.array(z.string()),
});

export const fieldSchema: z.ZodType<JiraField> = z.object({
  id,
  name: z.string(),
  description: z.string(),
  custom: z.boolean(),
  schemaType: z.enum(['string', 'number', 'date', 'datetime', 'option', 'user', 'array', 'object', 'any']),
  schemaCustom: z.string().optional(),
  searcherKey: z.string().optional(),
  forgeSchema: z.record(z.string(), z.unknown()).optional(),
  formatter: z.string().optional(),
  validation: z.object({ expression: z.string(), errorMessage: z.string(), errorMessageByLocale: z.record(z.string(), z.string()).optional() }).optional(),
  descriptionByLocale: z.record(z.string(), z.string()).optional(),
});

export const fieldContextSchema: z.ZodType<FieldContext> = z.object({
  id,
  fieldId: z.string(),
  name: z.string(),
  description: z.string(),
  isGlobalContext: z.boolean(),
  isAnyIssueType: z.boolean(),
  projectIds: z.array(z.string()),
  issueTypeIds: z.array(z.string()),
});

export const serviceDeskSchema: z.ZodType<ServiceDesk> = z.object({ id, projectId: z.string(), customerIds: z.array(z.string()) });

export const requestTypeSchema: z.ZodType<RequestType> = z.object({
  id,
  serviceDeskId: z.string(),
  issueTypeId: z.string(),
  name: z.string(),
  description: z.string(),
  helpText: z.string(),
  groupIds: z.array(z.string()),
});

export const requestTypeGroupSchema: z.ZodType<RequestTypeGroup> = z.object({ id, serviceDeskId: z.string(), name: z.string(), order: z.number().int() });

export const organizationSchema: z.ZodType<Organization> = z.object({
  id,
  name: z.string(),
  memberIds: z.array(z.string()),
  serviceDeskIds: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});

export const issueLinkTypeSchema: z.ZodType<IssueLinkType> = z.object({ id, name: z.string(), inward: z.string(), outward: z.string() });

export const issueLinkSchema: z.ZodType<IssueLink> = z.object({ id, typeId: z.string(), inwardIssueId: z.string(), outwardIssueId: z.string() });

export const issueSchema: z.ZodType<StoredIssue> = z.object({
  id,
  key: z.string(),
  projectId: z.string(),
  issueTypeId: z.string(),
  statusId: z.string(),
  resolutionId: z.string().nullable(),
  summary: z.string(),
  description: z.unknown(),
  created: z.string(),
  updated: z.string(),
  resolutiondate: z.string().nullable(),
  reporterId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  labels: z.array(z.string()),
  priorityId: z.string().nullable(),
  customFields: z.record(z.string(), z.unknown()),
  requestTypeId: z.string().nullable(),
  organizationIds: z.array(z.string()),
  participantIds: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});

export const screenSchema: z.ZodType<Screen> = z.object({
  id,
  name: z.string(),
  description: z.string(),
  tabs: z.array(z.object({ id, name: z.string(), fieldIds: z.array(z.string()) })),
});

export const screenSchemeSchema: z.ZodType<ScreenScheme> = z.object({
  id,
  name: z.string(),
  description: z.string(),
  screens: z.object({ default: z.string(), create: z.string().optional(), edit: z.string().optional(), view: z.string().optional() }),
});

export const issueTypeScreenSchemeSchema: z.ZodType<IssueTypeScreenScheme> = z.object({
  id,
  name: z.string(),
  description: z.string(),
  mappings: z.array(z.object({ issueTypeId: z.string(), screenSchemeId: z.string() })),
});

export const fieldLayoutSchema: z.ZodType<FieldLayout> = z.object({ id, projectId: z.string(), fieldIds: z.array(z.string()) });

/** An entity property index as an installed app declared it; `id` is `<moduleKey>:<path>`. */
export interface InstalledPropertyIndex extends EntityPropertyIndex {
  id: string;
  moduleKey: string;
}

export const propertyIndexSchema: z.ZodType<InstalledPropertyIndex> = z.object({
  id,
  moduleKey: z.string(),
  propertyKey: z.string(),
  path: z.string(),
  type: z.enum(['number', 'string', 'text', 'user', 'date']),
  searchAlias: z.string().optional(),
});

export const dashboardSchema: z.ZodType<Dashboard> = z.object({
  id,
  name: z.string(),
  ownerId: z.string().nullable(),
  gadgets: z.array(z.object({ id, moduleKey: z.string(), configuration: z.record(z.string(), z.unknown()).nullable() })),
});

/** A named counter that hands out ids and issue numbers. */
export interface Sequence {
  id: string;
  value: number;
}

export const sequenceSchema: z.ZodType<Sequence> = z.object({ id, value: z.number().int() });

export const workflowRuleSchema: z.ZodType<WorkflowRule> = z.object({
  id,
  projectId: z.string(),
  issueTypeId: z.string(),
  transitionIds: z.array(z.string()),
  moduleKey: z.string(),
  configuration: z.record(z.string(), z.unknown()),
});

export const commentSchema: z.ZodType<IssueComment> = z.object({
  id,
  issueId: z.string(),
  authorId: z.string(),
  body: z.string(),
  public: z.boolean(),
  created: z.string(),
});

export const notificationSchema: z.ZodType<IssueNotification> = z.object({
  id,
  issueId: z.string(),
  senderId: z.string(),
  subject: z.string(),
  textBody: z.string(),
  recipientIds: z.array(z.string()),
  created: z.string(),
});
