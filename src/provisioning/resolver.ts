import { forbidden } from '#kernel/app-error';
import { defineHandlers } from '#kernel/contract';
import { provisioningContract } from './contract';
import { cancelRun, checklistFor, getOverview, planFor, runFor, runStatus } from './provisioning-service';

/**
 * Provisioning's handlers on the admin page. The admin surface (surfaces/admin-resolver.ts) runs them
 * behind its guard: every call is refused unless Jira says the caller is a Jira admin.
 */
export const provisioningHandlers = defineHandlers(provisioningContract, {
  getOverview: () => getOverview(),
  planProvisioning: ({ projectIds }) => planFor(projectIds),
  runProvisioning: ({ projectIds }, { accountId }) => {
    if (!accountId) throw forbidden('You need to be signed in to Jira to do this.');
    return runFor(projectIds, accountId);
  },
  getProvisioningRun: ({ jobId }) => runStatus(jobId),
  cancelProvisioning: ({ jobId }) => cancelRun(jobId),
  getChecklist: async ({ projectIds }) => ({ projects: await checklistFor(projectIds) }),
});
