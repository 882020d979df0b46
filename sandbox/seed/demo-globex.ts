import type { JiraProject, Organization, RequestType, RequestTypeGroup } from '../jira/model';
import type { JiraStore } from '../jira/store/jira-store';
import type { DemoConfig } from './demo-config';
import { DAY, creationTimes, draft, type IssueDraft, type Kind } from './demo-issues';
import { seedServiceProjectScreens } from './demo-screens';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT_EMAIL, DEMO_USERS, demoUser } from './demo-users';
import type { Prng } from './prng';

/**
 * The Globex Service Desk: a second company-managed service project, set up as JSM sets one up
 * (its own issue type scheme, JSM screens, a desk with portal groups and request types, three of the
 * customer organizations, Sam Agent and Ada Admin as agents) and with some months of ordinary
 * requests, but without BRM: it is the project the README's walkthrough sets BRM up in.
 */

export const GLOBEX_KEY = 'GLOBEX';
/** How many requests GLOBEX holds, over the last six months. */
export const GLOBEX_ISSUES = 40;
const GLOBEX_SPAN = 182 * DAY;

/** The organizations added to GLOBEX's desk. */
export const GLOBEX_ORGANIZATIONS: readonly string[] = ['Contoso Pharmaceuticals', 'Tailspin Airlines', 'Litware Health'];

const SUMMARIES = {
  'Ask a question': [
    'How do I share a folder with an external partner?',
    'Which browser should we use for the lab system?',
    'Can the meeting room screens show two laptops at once?',
    'Where do I find the travel expense template?',
  ],
  'Request new hardware': [
    'A docking station for a new starter',
    'Replacement headset for the call centre',
    'Two monitors for the planning office',
    'A rugged tablet for the hangar crew',
  ],
  'Report an outage': [
    'Lab results system is down',
    'Check-in kiosks show a blank screen',
    'Shared drive not reachable from the clinic',
    'Booking website answers very slowly',
    'Printers in building B are offline',
  ],
  Problem: ['Kiosks lose their network lease overnight', 'Slow booking pages at peak times'],
  Change: ['Move the lab system to the new database cluster', 'Renew the kiosk certificates'],
  Task: ['Review the guest Wi-Fi policy', 'Clean up unused distribution lists'],
} as const;

export interface GlobexConfig {
  project: JiraProject;
  deskId: string;
  groups: Record<'Get help' | 'Report a problem' | 'Feedback', RequestTypeGroup>;
  requestTypes: Record<'Ask a question' | 'Request new hardware' | 'Report an outage', RequestType>;
  organizations: Organization[];
}

/**
 * Creates GLOBEX after the rest of the tenant's configuration: it uses the site's JSM issue types,
 * and adds its desk to three organizations (`config.organizations` keeps them as they were before).
 */
export function seedGlobexConfig(store: JiraStore, config: DemoConfig): GlobexConfig {
  const admin = demoUser(DEMO_ADMIN_EMAIL);
  const sam = demoUser(DEMO_AGENT_EMAIL);
  const t = config.acmeTypes;
  const types = [t['Service Request'], t.Incident, t.Problem, t.Change, t.Task];
  const scheme = store.docs.issueTypeSchemes.put({
    id: store.nextId('issueTypeScheme'),
    name: 'GLOBEX: Jira Service Management Issue Type Scheme',
    description: 'Issue types of the Globex Service Desk.',
    defaultIssueTypeId: t['Service Request'].id,
    issueTypeIds: types.map((type) => type.id),
  });
  const created = store.docs.projects.put({
    id: store.nextId('project'),
    key: GLOBEX_KEY,
    name: 'Globex Service Desk',
    projectTypeKey: 'service_desk',
    style: 'classic',
    leadAccountId: admin.accountId,
    issueTypeSchemeId: scheme.id,
    agentIds: [sam.accountId, admin.accountId],
  });
  const project = seedServiceProjectScreens(store, created, types);
  const deskId = store.nextId('serviceDesk');
  store.docs.serviceDesks.put({ id: deskId, projectId: project.id, customerIds: [] });
  const group = (name: string, order: number): RequestTypeGroup =>
    store.docs.requestTypeGroups.put({ id: store.nextId('requestTypeGroup'), serviceDeskId: deskId, name, order });
  const groups = { 'Get help': group('Get help', 0), 'Report a problem': group('Report a problem', 1), Feedback: group('Feedback', 2) };
  const requestType = (groupOf: RequestTypeGroup, issueTypeId: string, name: string, description: string, helpText: string): RequestType =>
    store.docs.requestTypes.put({ id: store.nextId('requestType'), serviceDeskId: deskId, issueTypeId, name, description, helpText, groupIds: [groupOf.id] });
  const requestTypes = {
    'Ask a question': requestType(
      groups['Get help'],
      t['Service Request'].id,
      'Ask a question',
      'Ask the Globex IT team anything.',
      'Tell us what you would like to know.',
    ),
    'Request new hardware': requestType(
      groups['Get help'],
      t['Service Request'].id,
      'Request new hardware',
      'Order a device or an accessory.',
      'Say what you need, for whom and by when.',
    ),
    'Report an outage': requestType(
      groups['Report a problem'],
      t.Incident.id,
      'Report an outage',
      'Tell us about a system that stopped working.',
      'Say what stopped, where, and since when.',
    ),
  };
  const organizations = store
    .organizations()
    .filter((o) => GLOBEX_ORGANIZATIONS.includes(o.name))
    .map((o) => store.docs.organizations.put({ ...o, serviceDeskIds: [...o.serviceDeskIds, deskId] }));
  return { project, deskId, groups, requestTypes, organizations };
}

/** GLOBEX's requests: mostly portal requests from its organizations' customers, some internal work. */
export function globexIssues(rng: Prng, config: DemoConfig, globex: GlobexConfig, count: number, now: Date): IssueDraft[] {
  const t = config.acmeTypes;
  const r = globex.requestTypes;
  const kinds: (readonly [Kind, number])[] = [
    [{ issueTypeId: t['Service Request'].id, requestTypeId: r['Ask a question'].id, summaries: SUMMARIES['Ask a question'], fromCustomer: true }, 30],
    [
      { issueTypeId: t['Service Request'].id, requestTypeId: r['Request new hardware'].id, summaries: SUMMARIES['Request new hardware'], fromCustomer: true },
      20,
    ],
    [{ issueTypeId: t.Incident.id, requestTypeId: r['Report an outage'].id, summaries: SUMMARIES['Report an outage'], fromCustomer: true }, 30],
    [{ issueTypeId: t.Problem.id, requestTypeId: null, summaries: SUMMARIES.Problem, fromCustomer: false }, 7],
    [{ issueTypeId: t.Change.id, requestTypeId: null, summaries: SUMMARIES.Change, fromCustomer: false }, 7],
    [{ issueTypeId: t.Task.id, requestTypeId: null, summaries: SUMMARIES.Task, fromCustomer: false }, 6],
  ];
  const customers = DEMO_USERS.filter((u) => u.kind === 'customer' && u.organization !== null && GLOBEX_ORGANIZATIONS.includes(u.organization));
  const nowMs = now.getTime();
  return creationTimes(rng, count, nowMs, GLOBEX_SPAN).map((created) =>
    draft(rng, config, globex.project.id, rng.weighted(kinds), created, nowMs, globex.project.agentIds, customers),
  );
}
