import { kvs } from '@forge/kvs';
import { catalogueService, type CatalogueService, type StoredService } from '../../domain/catalogue/service';

/** The service catalogue: KVS custom entity `service` (manifest.yml `app.storage.entities`), keyed by service id. */
const ENTITY = 'service';
const PAGE = 100;

const services = () => kvs.entity<StoredService>(ENTITY);

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

export async function putService(service: CatalogueService): Promise<void> {
  const { id, ...stored } = service;
  await services().set(id, stored);
}
