import { defineHandlers } from '#kernel/contract';
import { listServices, saveService, serviceViewOf, setArchived } from './catalogue-service';
import { catalogueContract } from './contract';

/**
 * The catalogue's handlers on the admin page. The admin surface (surfaces/admin-resolver.ts) runs
 * them behind its guard: every call is refused unless Jira says the caller is a Jira admin.
 */
export const catalogueHandlers = defineHandlers(catalogueContract, {
  listServices: async ({ includeArchived }) => ({ services: (await listServices(includeArchived)).map(serviceViewOf) }),
  saveService: async (input) => ({ service: serviceViewOf(await saveService(input)) }),
  archiveService: async ({ id }) => ({ service: serviceViewOf(await setArchived(id, true)) }),
  restoreService: async ({ id }) => ({ service: serviceViewOf(await setArchived(id, false)) }),
});
