import { listAllServices } from '#catalogue/service-store';

/** The app's service catalogue as the portfolio reads it: names by id, and the active services to choose from. */
export interface CatalogueNames {
  nameOf: (serviceId: string) => string;
  has: (serviceId: string) => boolean;
  active: { id: string; name: string }[];
  byName: (name: string) => { id: string; name: string } | undefined;
}

export async function readCatalogue(): Promise<CatalogueNames> {
  const services = await listAllServices();
  const byId = new Map(services.map((s) => [s.id, s]));
  const byName = new Map(services.map((s) => [s.name.trim().toLocaleLowerCase('en'), s]));
  return {
    nameOf: (id) => byId.get(id)?.name ?? id,
    has: (id) => byId.has(id),
    active: services.filter((s) => s.status === 'active').map(({ id, name }) => ({ id, name })),
    byName: (name) => {
      const service = byName.get(name.trim().toLocaleLowerCase('en'));
      return service ? { id: service.id, name: service.name } : undefined;
    },
  };
}
