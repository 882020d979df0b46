import { z } from 'zod';
import { issueContract } from '../contract/issue';
import { requireAgentOf } from '../services/access';
import { listServices, serviceViewOf } from '../services/catalogue/catalogue-service';
import { getFeedbackState } from '../services/feedback/feedback-state';
import { fieldDisplay, listCustomers, setCustomer, setService } from '../services/feedback/issue-fields';
import { tagFeedback } from '../services/feedback/tag-feedback';
import { contractResolver } from './define-resolver';

/** The part of a module's Forge context that says which issue it is shown on (`extension.issue`). */
const issueContext = z.object({ issue: z.object({ key: z.string().min(1).optional(), id: z.string().min(1).optional() }) });

/** The key (or id) of the issue a module is shown on, from its context; undefined elsewhere. */
function issueShownOn(extension: Record<string, unknown>): string | undefined {
  const parsed = issueContext.safeParse(extension);
  return parsed.success ? (parsed.data.issue.key ?? parsed.data.issue.id) : undefined;
}

/**
 * The resolver of the issue surfaces (panel, "Customer feedback…" action, badge context, Customer
 * and Service fields). Each service checks the caller's own permission on the issue named in the
 * payload before anything is read or written as the app.
 */
export const issueResolver = contractResolver(issueContract, {
  getFeedbackState: ({ issueKey }, { accountId }) => getFeedbackState(accountId, issueKey),
  tagFeedback: (input, { accountId }) => tagFeedback(accountId, input),
  listCustomers: async ({ issueKey, query }, { accountId }) => ({ customers: (await listCustomers(accountId, issueKey, query)).map(({ id, name }) => ({ id, name })) }),
  listServices: async ({ issueKey }, { accountId }) => {
    await requireAgentOf(accountId, issueKey);
    return { services: (await listServices(false)).map(serviceViewOf) };
  },
  getFieldDisplay: ({ fieldKey, value }, { accountId, extension }) => fieldDisplay(accountId, fieldKey, value, issueShownOn(extension)),
  setCustomer: async ({ issueKey, customerId }, { accountId }) => ({ customer: await setCustomer(accountId, issueKey, customerId) }),
  setService: async ({ issueKey, serviceId }, { accountId }) => ({ service: await setService(accountId, issueKey, serviceId) }),
});
