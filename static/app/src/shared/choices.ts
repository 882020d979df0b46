import type { NamedRef } from '#kernel/input-schemas';
import type { CallError } from '#kernel/contract';
import { useCall } from './bridge-client';
import { issueClient } from './issue-client';

/** The options of a customer or service choice, while they load, or why they could not. */
export interface Choices {
  choices: NamedRef[];
  loading: boolean;
  error?: CallError;
  reload: () => void;
}

/** The customers (JSM organizations) a ticket can be for, as the caller may see them, by name. */
export function useCustomerChoices(issueKey: string): Choices {
  const call = useCall(issueClient, 'listCustomers', { issueKey });
  return { choices: call.data?.customers ?? [], loading: call.loading, error: call.error, reload: call.reload };
}

/** The active services of the catalogue, by name, for an agent of the ticket's project. */
export function useServiceChoices(issueKey: string): Choices {
  const call = useCall(issueClient, 'listServices', { issueKey });
  const choices = (call.data?.services ?? []).filter((s) => s.status === 'active').map(({ id, name }) => ({ id, name }));
  return { choices, loading: call.loading, error: call.error, reload: call.reload };
}
