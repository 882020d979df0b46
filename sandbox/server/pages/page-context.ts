import type { JiraUser } from '../../jira/model';
import type { Sandbox } from '../../sandbox';
import type { ColorMode } from '../browser/protocol';
import type { DashboardStore } from '../dashboards';
import type { JiraReads } from '../jira-reads';

/** A user the header's switcher offers. */
export interface SwitchableUser {
  accountId: string;
  displayName: string;
  email: string;
  kind: string;
}

/** Everything a host page needs to render: who looks, in which theme, and how to read Jira as them. */
export interface PageContext {
  sandbox: Sandbox;
  user: JiraUser;
  switchableUsers: SwitchableUser[];
  colorMode: ColorMode;
  url: URL;
  reads: JiraReads;
  dashboards: DashboardStore;
}
