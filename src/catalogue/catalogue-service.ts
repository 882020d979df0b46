import { randomUUID } from 'node:crypto';
import { conflict, notFound } from '#kernel/app-error';
import { byServiceName, normaliseServiceName, type CatalogueService } from './domain';
import type { ServiceView } from './contract';
import { findService, listAllServices, putService, saveServiceClaimingName } from './service-store';

/** The service catalogue the Service field draws on. Services are archived, never deleted: tickets keep their ids. */

export const serviceViewOf = (service: CatalogueService): ServiceView => ({
  id: service.id,
  name: service.name,
  description: service.description,
  status: service.status,
  ownerAccountId: service.ownerAccountId === '' ? null : service.ownerAccountId,
  updatedAt: service.updatedAt,
});

export async function listServices(includeArchived: boolean): Promise<CatalogueService[]> {
  const all = await listAllServices();
  return all.filter((s) => includeArchived || s.status === 'active').sort(byServiceName);
}

export async function getService(id: string, field = 'id'): Promise<CatalogueService> {
  const service = await findService(id);
  if (!service) throw notFound(`${field}: there is no service ${id} in the catalogue.`, field);
  return service;
}

export interface ServiceChanges {
  id?: string;
  name: string;
  description: string;
  ownerAccountId: string | null;
}

/**
 * Creates or renames/describes a service. Names are unique without regard to case: the list read
 * gives a clear message for a name in use (archived services keep theirs), and the name claim saved
 * with the service in one KVS transaction keeps two saves that race from both taking one name.
 */
export async function saveService(changes: ServiceChanges, now: Date = new Date()): Promise<CatalogueService> {
  const existing = changes.id === undefined ? undefined : await getService(changes.id);
  const name = changes.name.trim().replace(/\s+/g, ' ');
  const clash = (await listAllServices()).find((s) => s.id !== changes.id && normaliseServiceName(s.name) === normaliseServiceName(name));
  if (clash)
    throw conflict(`name: a service named “${clash.name}” already exists${clash.status === 'archived' ? ' (archived; restore it instead)' : ''}.`, 'name');
  const service: CatalogueService = {
    id: existing?.id ?? randomUUID(),
    name,
    description: changes.description.trim(),
    status: existing?.status ?? 'active',
    ownerAccountId: changes.ownerAccountId ?? '',
    updatedAt: now.toISOString(),
  };
  const outcome = await saveServiceClaimingName(service, existing);
  if (!outcome.saved) {
    if (outcome.reason === 'name-taken') throw conflict(`name: a service named “${name}” was saved by someone else just now.`, 'name');
    throw conflict(`${existing ? `The service “${existing.name}”` : 'The service'} was changed by someone else just now. Reload the catalogue and try again.`);
  }
  return service;
}

export async function setArchived(id: string, archived: boolean, now: Date = new Date()): Promise<CatalogueService> {
  const service = await getService(id);
  const status = archived ? 'archived' : 'active';
  if (service.status === status) return service;
  const changed: CatalogueService = { ...service, status, updatedAt: now.toISOString() };
  await putService(changed);
  return changed;
}
