import type { JiraUser } from '../jira/model';
import { DEMO_USERS } from '../seed/demo-users';
import type { SwitchableUser } from './pages/page-context';

/**
 * The header's user switcher: the demo tenant's named users (admin, agents, BRM, customers) that
 * exist in this tenant, rather than every generated customer of a large one.
 */
export function demoSwitcherUsers(store: { user(accountId: string): JiraUser | undefined }): SwitchableUser[] {
  return DEMO_USERS.flatMap((demo) => {
    const user = store.user(demo.accountId);
    return user?.active ? [{ accountId: user.accountId, displayName: user.displayName, email: user.emailAddress, kind: demo.kind }] : [];
  });
}
