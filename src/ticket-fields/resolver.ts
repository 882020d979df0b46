import { defineHandlers } from '#kernel/contract';
import { requireAgentOf } from '#platform/access';
import { listServices, serviceViewOf } from '#catalogue/catalogue-service';
import { ticketFieldsContract } from './contract';
import { listCustomers, setCustomer, setService } from './issue-fields';

/**
 * The Customer and Service handlers of the issue surfaces. Each checks the caller's own permission
 * on the issue named in the payload before anything is read or written as the app.
 */
export const ticketFieldsHandlers = defineHandlers(ticketFieldsContract, {
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
