import { issueContract } from '../contract/issue';
import { requireAgentOf } from '../services/access';
import { listServices, serviceViewOf } from '../services/catalogue/catalogue-service';
import { getFeedbackState } from '../services/feedback/feedback-state';
import { listCustomers, setCustomer, setService } from '../services/feedback/issue-fields';
import { tagFeedback } from '../services/feedback/tag-feedback';
import { contractResolver } from './define-resolver';

/**
 * The resolver of the issue surfaces (panel, "Customer feedback…" action, badge context, Customer
 * and Service fields). Each service checks the caller's own permission on the issue named in the
 * payload before anything is read or written as the app.
 */
export const issueResolver = contractResolver(issueContract, {
  getFeedbackState: ({ issueKey }, { accountId }) => getFeedbackState(accountId, issueKey),
  tagFeedback: (input, { accountId }) => tagFeedback(accountId, input),
  listCustomers: async ({ issueKey, query }, { accountId }) => ({
    customers: (await listCustomers(accountId, issueKey, query)).map(({ id, name }) => ({ id, name })),
  }),
  listServices: async ({ issueKey }, { accountId }) => {
    await requireAgentOf(accountId, issueKey);
    return { services: (await listServices(false)).map(serviceViewOf) };
  },
  setCustomer: async ({ issueKey, customerId }, { accountId }) => ({ customer: await setCustomer(accountId, issueKey, customerId) }),
  setService: async ({ issueKey, serviceId }, { accountId }) => ({ service: await setService(accountId, issueKey, serviceId) }),
});
