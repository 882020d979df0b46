import { adminContract } from '../contract/admin';
import { forbidden } from '../domain/app-error';
import { requireJiraAdmin } from '../services/access';
import { listServices, saveService, serviceViewOf, setArchived } from '../services/catalogue/catalogue-service';
import { cancelRun, checklistFor, getOverview, planFor, runFor, runStatus } from '../services/provisioning/provisioning-service';
import { portfolioAdminContract } from '../portfolio/admin-contract';
import { portfolioAdminHandlers } from '../portfolio/admin-handlers';
import { contractResolver } from './define-resolver';

/** The admin page's resolver. Every call is refused unless Jira says the caller is a Jira admin. */
export const adminResolver = contractResolver(
  { ...adminContract, ...portfolioAdminContract },
  {
    ...portfolioAdminHandlers,
    getOverview: () => getOverview(),
    planProvisioning: ({ projectIds }) => planFor(projectIds),
    runProvisioning: ({ projectIds }, { accountId }) => {
      if (!accountId) throw forbidden('You need to be signed in to Jira to do this.');
      return runFor(projectIds, accountId);
    },
    getProvisioningRun: ({ jobId }) => runStatus(jobId),
    cancelProvisioning: ({ jobId }) => cancelRun(jobId),
    getChecklist: async ({ projectIds }) => ({ projects: await checklistFor(projectIds) }),
    listServices: async ({ includeArchived }) => ({ services: (await listServices(includeArchived)).map(serviceViewOf) }),
    saveService: async (input) => ({ service: serviceViewOf(await saveService(input)) }),
    archiveService: async ({ id }) => ({ service: serviceViewOf(await setArchived(id, true)) }),
    restoreService: async ({ id }) => ({ service: serviceViewOf(await setArchived(id, false)) }),
  },
  { guard: ({ accountId }) => requireJiraAdmin(accountId) },
);
