import { z } from 'zod';
import { booleanValue, optionalText, requiredText, stringValue } from '#kernel/input-schemas';
import { defineContract } from '#kernel/contract';
import { SERVICE_DESCRIPTION_MAX_LENGTH, SERVICE_ID_MAX_LENGTH, SERVICE_NAME_MAX_LENGTH, SERVICE_STATUSES } from './domain';

/**
 * The service catalogue's calls on the admin page (jira:adminPage `brm-admin-page`, behind the
 * Jira-admin guard), and the service as every surface shows it. The limits come from the domain;
 * the admin page checks them as the admin types.
 */
export { SERVICE_DESCRIPTION_MAX_LENGTH, SERVICE_NAME_MAX_LENGTH } from './domain';

export const serviceId = stringValue().trim().min(1, { error: 'must be a service id' }).max(SERVICE_ID_MAX_LENGTH, { error: 'is not a service id' });

/** A service of the catalogue, as both the admin page and the issue surfaces show it. */
export const serviceView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(SERVICE_STATUSES),
  ownerAccountId: z.string().nullable(),
  updatedAt: z.string(),
});
export type ServiceView = z.infer<typeof serviceView>;

export const saveServiceInput = z.object({
  /** Absent to create a service. */
  id: serviceId.optional(),
  name: requiredText(SERVICE_NAME_MAX_LENGTH),
  description: optionalText(SERVICE_DESCRIPTION_MAX_LENGTH).default(''),
  ownerAccountId: stringValue().trim().min(1, { error: 'is not an account id' }).max(128, { error: 'is not an account id' }).nullable().default(null),
});

export const catalogueContract = defineContract({
  listServices: { input: z.object({ includeArchived: booleanValue().default(true) }), output: z.object({ services: z.array(serviceView) }) },
  saveService: { input: saveServiceInput, output: z.object({ service: serviceView }) },
  archiveService: { input: z.object({ id: serviceId }), output: z.object({ service: serviceView }) },
  restoreService: { input: z.object({ id: serviceId }), output: z.object({ service: serviceView }) },
});
export type CatalogueContract = typeof catalogueContract;
