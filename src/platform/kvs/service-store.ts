import { createHash } from 'node:crypto';
import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import { catalogueService, normaliseServiceName, type CatalogueService, type StoredService } from '../../domain/catalogue/service';

/**
 * The service catalogue: KVS custom entity `service` (manifest.yml `app.storage.entities`), keyed by
 * service id, and entity `service-name`: one claim per service name, keyed by a hash of the name as
 * it compares (normaliseServiceName), holding the id of the service that has it.
 */
const ENTITY = 'service';
const NAME_ENTITY = 'service-name';
const PAGE = 100;

interface NameClaim {
  serviceId: string;
}

const services = () => kvs.entity<StoredService>(ENTITY);
const claims = () => kvs.entity<NameClaim>(NAME_ENTITY);

/** The claim key of a name: names hold characters KVS keys may not, so the key is their hash. */
const claimKey = (name: string): string => createHash('sha256').update(normaliseServiceName(name)).digest('hex');

function toService(id: string, value: unknown): CatalogueService | undefined {
  const parsed = catalogueService.safeParse(value);
  return parsed.success ? { id, ...parsed.data } : undefined;
}

/** Every service, in name order (the `name` index). Unreadable records are left out. */
export async function listAllServices(): Promise<CatalogueService[]> {
  const all: CatalogueService[] = [];
  let cursor: string | undefined;
  do {
    let query = services().query().index('name').limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    for (const result of page.results) {
      const service = toService(result.key, result.value);
      if (service) all.push(service);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

export async function findService(id: string): Promise<CatalogueService | undefined> {
  const value = await services().get(id);
  return value === undefined ? undefined : toService(id, value);
}

/** Writes a service whose name does not change (archive, restore). */
export async function putService(service: CatalogueService): Promise<void> {
  const { id, ...stored } = service;
  await services().set(id, stored);
}

/** The id of the service that holds `name`, if one does. */
export async function nameHolder(name: string): Promise<string | undefined> {
  return (await claims().get(claimKey(name)))?.serviceId;
}

export type SaveOutcome = { saved: true } | { saved: false; reason: 'name-taken' | 'changed-meanwhile' };

/**
 * Saves a service and claims its name in one KVS transaction (`kvs.transact()`): the claim is set
 * only if no other service holds the name, a rename gives the old name's claim back, and an update
 * commits only if the service is still as it was read (`previous.updatedAt`). Of two saves that race
 * for one name, one commits and the other learns the name is taken; nothing is half written.
 */
export async function saveServiceClaimingName(service: CatalogueService, previous?: CatalogueService): Promise<SaveOutcome> {
  const { id, ...stored } = service;
  const free = new Filter<NameClaim>().or('serviceId', FilterConditions.notExists()).or('serviceId', FilterConditions.equalTo(id));
  const transaction = kvs.transact();
  if (previous) {
    transaction.set(id, stored, { entityName: ENTITY, conditions: new Filter<StoredService>().and('updatedAt', FilterConditions.equalTo(previous.updatedAt)) });
  } else {
    transaction.set(id, stored, { entityName: ENTITY, conditions: new Filter<StoredService>().and('name', FilterConditions.notExists()) });
  }
  transaction.set(claimKey(service.name), { serviceId: id }, { entityName: NAME_ENTITY, conditions: free });
  // A service saved before names were claimed has no claim to give back.
  if (previous && claimKey(previous.name) !== claimKey(service.name) && (await nameHolder(previous.name)) === id) {
    transaction.delete(claimKey(previous.name), {
      entityName: NAME_ENTITY,
      conditions: new Filter<NameClaim>().and('serviceId', FilterConditions.equalTo(id)),
    });
  }
  try {
    await transaction.execute();
    return { saved: true };
  } catch (error) {
    if (!(error instanceof ForgeKvsAPIError) || error.code !== 'CONDITIONAL_CHECK_FAILED') throw error;
    const holder = await nameHolder(service.name);
    return { saved: false, reason: holder !== undefined && holder !== id ? 'name-taken' : 'changed-meanwhile' };
  }
}
