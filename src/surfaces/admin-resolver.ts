import { adminContract } from '#provisioning/contract';
import { forbidden } from '#kernel/app-error';
import { requireJiraAdmin } from '#platform/access';
import { listServices, saveService, serviceViewOf, setArchived } from '#catalogue/catalogue-service';
import { cancelRun, checklistFor, getOverview, planFor, runFor, runStatus } from '#provisioning/provisioning-service';
import { contractResolver } from '#platform/resolver/contract-resolver';

/** The admin page's resolver. Every call is refused unless Jira says the caller is a Jira admin. */
export const adminResolver = contractResolver(
  adminContract,
  {
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
