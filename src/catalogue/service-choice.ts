import { invalidInput } from '#kernel/app-error';
import type { CatalogueService } from './domain';
import { findService } from './service-store';

/** An active catalogue service, or an error naming `field`. */
export async function requireActiveService(serviceId: string, field = 'serviceId'): Promise<CatalogueService> {
  const service = await findService(serviceId);
  if (!service) throw invalidInput(field, `there is no service ${serviceId} in the catalogue.`);
  if (service.status !== 'active') throw invalidInput(field, `the service “${service.name}” is archived; choose an active one.`);
  return service;
}
