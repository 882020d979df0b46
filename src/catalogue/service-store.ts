import { createHash } from 'node:crypto';
import { z } from 'zod';
import { entityStore, transact } from '#platform/kvs/entity-store';
import { catalogueService, normaliseServiceName, type CatalogueService } from './domain';

/**
 * The service catalogue: KVS custom entity `service` (manifest.yml `app.storage.entities`), keyed by
 * service id, and entity `service-name`: one claim per service name, keyed by a hash of the name as
 * it compares (normaliseServiceName), holding the id of the service that has it.
 */
const services = entityStore('service', catalogueService);
const claims = entityStore('service-name', z.object({ serviceId: z.string() }));

/** The claim key of a name: names hold characters KVS keys may not, so the key is their hash. */
const claimKey = (name: string): string => createHash('sha256').update(normaliseServiceName(name)).digest('hex');

/** Every service, in name order (the `name` index). Unreadable records are left out. */
export async function listAllServices(): Promise<CatalogueService[]> {
  return (await services.listByIndex('name')).map(({ key, value }) => ({ id: key, ...value }));
}

export async function findService(id: string): Promise<CatalogueService | undefined> {
  const value = await services.get(id);
  return value === undefined ? undefined : { id, ...value };
}

/** Writes a service whose name does not change (archive, restore). */
export async function putService(service: CatalogueService): Promise<void> {
  const { id, ...stored } = service;
  await services.set(id, stored);
}

/** The id of the service that holds `name`, if one does. */
export async function nameHolder(name: string): Promise<string | undefined> {
  return (await claims.get(claimKey(name)))?.serviceId;
}

export type SaveOutcome = { saved: true } | { saved: false; reason: 'name-taken' | 'changed-meanwhile' };

/**
 * Saves a service and claims its name in one KVS transaction: the claim is set only if no other
 * service holds the name, a rename gives the old name's claim back, and an update commits only if
 * the service is still as it was read (`previous.updatedAt`). Of two saves that race for one name,
 * one commits and the other learns the name is taken; nothing is half written.
 */
export async function saveServiceClaimingName(service: CatalogueService, previous?: CatalogueService): Promise<SaveOutcome> {
  const { id, ...stored } = service;
  // A service saved before names were claimed has no claim to give back.
  const giveBack = previous !== undefined && claimKey(previous.name) !== claimKey(service.name) && (await nameHolder(previous.name)) === id;
  const committed = await transact((transaction) => {
    transaction.set(
      services,
      id,
      stored,
      previous ? { all: [{ attribute: 'updatedAt', equals: previous.updatedAt }] } : { all: [{ attribute: 'name', absent: true }] },
    );
    transaction.set(
      claims,
      claimKey(service.name),
      { serviceId: id },
      {
        any: [
          { attribute: 'serviceId', absent: true },
          { attribute: 'serviceId', equals: id },
        ],
      },
    );
    if (previous && giveBack) transaction.delete(claims, claimKey(previous.name), { all: [{ attribute: 'serviceId', equals: id }] });
  });
  if (committed) return { saved: true };
  const holder = await nameHolder(service.name);
  return { saved: false, reason: holder !== undefined && holder !== id ? 'name-taken' : 'changed-meanwhile' };
}
