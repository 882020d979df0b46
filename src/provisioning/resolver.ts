import { forbidden } from '#kernel/app-error';
import { defineHandlers } from '#kernel/contract';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { callerLocale } from '#platform/jira/locales';
import { provisioningContract } from './contract';
import { cancelRun, checklistFor, chooseNamesLanguage, getOverview, planFor, runFor, runStatus } from './provisioning-service';

/**
 * Provisioning's handlers on the admin page. The admin surface (surfaces/admin-resolver.ts) runs them
 * behind its guard: every call is refused unless Jira says the caller is a Jira admin. What the page
 * shows of a plan, a checklist or the overview is written in the caller's language; a run's report
 * in the language of the admin who started it.
 */
export const provisioningHandlers = defineHandlers(provisioningContract, {
  getOverview: async () => getOverview(await callerLocale()),
  planProvisioning: async ({ projectIds }) => planFor(projectIds, await callerLocale()),
  runProvisioning: async ({ projectIds }, { accountId }) => {
    if (!accountId) throw forbidden(KERNEL_TEXTS.text('error.notSignedIn'));
    return runFor(projectIds, accountId, await callerLocale());
  },
  getProvisioningRun: ({ jobId }) => runStatus(jobId),
  cancelProvisioning: ({ jobId }) => cancelRun(jobId),
  getChecklist: async ({ projectIds }) => ({ projects: await checklistFor(projectIds, await callerLocale()) }),
  setNamesLanguage: ({ locale }) => chooseNamesLanguage(locale),
});
