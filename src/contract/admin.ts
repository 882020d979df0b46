import { z } from 'zod';
import { booleanValue, emptyInput, numericId, optionalText, requiredText, serviceId, serviceView, stringValue } from './common';
import { defineContract } from './define';

/** The admin page (jira:adminPage `brm-admin-page`). Every call needs Jira's ADMINISTER permission. */

export const projectStyle = z.enum(['company-managed', 'team-managed']);

const projectIds = z
  .array(numericId('a project'), { error: 'must be a list of project ids' })
  .min(1, { error: 'choose at least one project' })
  .max(50, { error: 'choose at most 50 projects at a time' });

export const provisionableProject = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  style: projectStyle,
  /** True when provisioning this project alone would change nothing. */
  provisioned: z.boolean(),
  /** Writes still needed for this project. */
  pendingWrites: z.number().int().nonnegative(),
});
export type ProvisionableProject = z.infer<typeof provisionableProject>;

export const planArea = z.enum(['issueType', 'scheme', 'field', 'requestType']);

export const planItemView = z.object({
  id: z.string(),
  area: planArea,
  summary: z.string(),
  projectKeys: z.array(z.string()),
  status: z.enum(['inPlace', 'todo', 'blocked']),
  /** Jira writes this item takes. */
  writes: z.number().int().nonnegative(),
  blockedReason: z.string().optional(),
});
export type PlanItemView = z.infer<typeof planItemView>;

export const issueTypeView = z.object({ key: z.string(), name: z.string(), description: z.string(), avatarId: z.number() });
export const requestTypeView = z.object({ key: z.string(), name: z.string(), description: z.string(), issueTypeName: z.string() });
export const appFieldView = z.object({ key: z.string(), name: z.string(), fieldId: z.string().nullable(), brmTypes: z.array(z.string()), onRequestTypes: z.boolean() });

export const provisioningPlanView = z.object({
  projects: z.array(provisionableProject.pick({ id: true, key: true, name: true, style: true })),
  items: z.array(planItemView),
  writes: z.number().int().nonnegative(),
  /** Nothing to do and nothing blocked. */
  complete: z.boolean(),
});
export type ProvisioningPlanView = z.infer<typeof provisioningPlanView>;

export const itemOutcome = z.enum(['done', 'skipped', 'failed', 'notAttempted']);
export const runItemView = z.object({
  id: z.string(),
  area: planArea,
  summary: z.string(),
  projectKeys: z.array(z.string()),
  /** done: written now; skipped: already in place; failed: see reason; notAttempted: the run stopped before it. */
  outcome: itemOutcome,
  reason: z.string().optional(),
  /** Something worth knowing that did not fail the item (e.g. Jira refused the icon). */
  note: z.string().optional(),
});
export type RunItemView = z.infer<typeof runItemView>;

export const provisioningReport = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  startedBy: z.string(),
  projectIds: z.array(z.string()),
  /** Every item is in place. When false, running again picks up where this run stopped. */
  complete: z.boolean(),
  items: z.array(runItemView),
  counts: z.object({ done: z.number(), skipped: z.number(), failed: z.number(), notAttempted: z.number() }),
  writes: z.number().int().nonnegative(),
});
export type ProvisioningReport = z.infer<typeof provisioningReport>;

export const adminOverview = z.object({
  projects: z.array(provisionableProject),
  issueTypes: z.array(issueTypeView),
  requestTypes: z.array(requestTypeView),
  fields: z.array(appFieldView),
  /** The last run that wrote something, if any. */
  lastRun: provisioningReport.nullable(),
});
export type AdminOverview = z.infer<typeof adminOverview>;

/** The longest service name and description the catalogue keeps; the admin page checks them as the admin types. */
export const SERVICE_NAME_MAX = 100;
export const SERVICE_DESCRIPTION_MAX = 1000;

const serviceName = requiredText(SERVICE_NAME_MAX);

export const saveServiceInput = z.object({
  /** Absent to create a service. */
  id: serviceId.optional(),
  name: serviceName,
  description: optionalText(SERVICE_DESCRIPTION_MAX).default(''),
  ownerAccountId: stringValue().trim().min(1, { error: 'is not an account id' }).max(128, { error: 'is not an account id' }).nullable().default(null),
});

export const adminContract = defineContract({
  getOverview: { input: emptyInput, output: adminOverview },
  planProvisioning: { input: z.object({ projectIds }), output: provisioningPlanView },
  runProvisioning: { input: z.object({ projectIds }), output: provisioningReport },
  listServices: { input: z.object({ includeArchived: booleanValue().default(true) }), output: z.object({ services: z.array(serviceView) }) },
  saveService: { input: saveServiceInput, output: z.object({ service: serviceView }) },
  archiveService: { input: z.object({ id: serviceId }), output: z.object({ service: serviceView }) },
  restoreService: { input: z.object({ id: serviceId }), output: z.object({ service: serviceView }) },
});
export type AdminContract = typeof adminContract;
