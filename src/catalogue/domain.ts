import { z } from 'zod';

/** A service in the app's catalogue. Ids never change: tickets keep them in the Service field. */
export const SERVICE_STATUSES = ['active', 'archived'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** The longest service name and description the catalogue keeps. */
export const SERVICE_NAME_MAX_LENGTH = 100;
export const SERVICE_DESCRIPTION_MAX_LENGTH = 1000;
/** Service ids are UUIDs; a longer one cannot be a service's. */
export const SERVICE_ID_MAX_LENGTH = 64;

/** The stored shape (KVS entity `service`). */
export const catalogueService = z.object({
  name: z.string(),
  description: z.string(),
  status: z.enum(SERVICE_STATUSES),
  ownerAccountId: z.string(),
  updatedAt: z.string(),
});
export type StoredService = z.infer<typeof catalogueService>;

export interface CatalogueService extends StoredService {
  id: string;
}

/** Service names compare without regard to case or surrounding spaces. */
export const normaliseServiceName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

export const byServiceName = (a: CatalogueService, b: CatalogueService): number => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

export type ServiceProblem = 'not-in-catalogue' | 'archived';

/**
 * Whether a ticket may hold this Service value: it must name a service of the catalogue, and one
 * that is active when it is newly set (a ticket keeps a service that was archived after it was set).
 */
export function judgeServiceValue(
  serviceId: string,
  service: CatalogueService | undefined,
  newlySet: boolean,
): { ok: true } | { ok: false; problem: ServiceProblem } {
  if (!service) return { ok: false, problem: 'not-in-catalogue' };
  if (newlySet && service.status !== 'active') return { ok: false, problem: 'archived' };
  return { ok: true };
}

/** A sentence for agents saying why the Service was cleared. */
export function serviceCorrectionReason(serviceId: string, service: CatalogueService | undefined, problem: ServiceProblem): string {
  return problem === 'not-in-catalogue'
    ? `there is no service ${serviceId} in the service catalogue; it was cleared for an agent to choose.`
    : `the service ${service?.name ?? serviceId} is archived and cannot be chosen any more; it was cleared for an agent to choose.`;
}
