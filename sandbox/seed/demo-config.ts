import type { JiraIssueType, JiraProject, JiraUser, Organization, RequestType, RequestTypeGroup } from '../jira/model';
import type { JiraStore } from '../jira/store/jira-store';
import { seedFieldLayouts, seedServiceProjectScreens } from './demo-screens';
import { DEMO_ORGANIZATIONS, DEMO_USERS, FIELD_ORGANIZATIONS, demoUser, DEMO_ADMIN_EMAIL, DEMO_AGENT2_EMAIL, DEMO_AGENT_EMAIL } from './demo-users';

/** What the seeder built, by name, for the issue generator and for tests. */
export interface DemoConfig {
  acme: JiraProject;
  field: JiraProject;
  acmeDeskId: string;
  fieldDeskId: string;
  /** ACME's issue types by name. */
  acmeTypes: Record<'Service Request' | 'Incident' | 'Problem' | 'Change' | 'Task', JiraIssueType>;
  /** FIELD's own (team-managed) issue types. */
  fieldTypes: Record<'Request' | 'Task', JiraIssueType>;
  requestTypes: Record<'Get IT help' | 'Report an incident' | 'Request access' | 'Request a site visit', RequestType>;
  /** The portal groups of each desk, by name. */
  acmeGroups: Record<'Get help' | 'Report a problem' | 'Feedback', RequestTypeGroup>;
  fieldGroups: Record<'Get help' | 'Feedback', RequestTypeGroup>;
  organizations: Organization[];
}

function issueType(store: JiraStore, name: string, description: string, iconUrl: string, scopeProjectId?: string): JiraIssueType {
  const existing = store.issueTypes().find((t) => t.name === name && t.scopeProjectId === scopeProjectId);
  if (existing) return existing;
  const type: JiraIssueType = {
    id: store.nextId('issueType'),
    name,
    description,
    iconUrl,
    subtask: false,
    hierarchyLevel: 0,
    ...(scopeProjectId ? { scopeProjectId } : {}),
  };
  store.docs.issueTypes.put(type);
  if (!scopeProjectId) {
    const scheme = store.defaultScheme();
    store.docs.issueTypeSchemes.put({ ...scheme, issueTypeIds: [...scheme.issueTypeIds, type.id] });
  }
  return type;
}

function requestType(store: JiraStore, group: RequestTypeGroup, issueTypeId: string, name: string, description: string, helpText: string): RequestType {
  const type: RequestType = {
    id: store.nextId('requestType'),
    serviceDeskId: group.serviceDeskId,
    issueTypeId,
    name,
    description,
    helpText,
    groupIds: [group.id],
  };
  store.docs.requestTypes.put(type);
  return type;
}

/** A portal group of a desk; `order` places it on the portal. */
function group(store: JiraStore, serviceDeskId: string, name: string, order: number): RequestTypeGroup {
  return store.docs.requestTypeGroups.put({ id: store.nextId('requestTypeGroup'), serviceDeskId, name, order });
}

function users(store: JiraStore): void {
  for (const u of DEMO_USERS) {
    const user: JiraUser = {
      accountId: u.accountId,
      displayName: u.displayName,
      emailAddress: u.email,
      accountType: u.kind === 'customer' ? 'customer' : 'atlassian',
      kind: u.kind,
      active: true,
      timeZone: 'UTC',
      locale: 'en_US',
    };
    store.docs.users.put(user);
  }
}

/** Creates the demo tenant's users, projects, issue types, desks, request types and organizations. */
export function seedDemoConfig(store: JiraStore): DemoConfig {
  users(store);
  const admin = demoUser(DEMO_ADMIN_EMAIL);
  const sam = demoUser(DEMO_AGENT_EMAIL);
  const kim = demoUser(DEMO_AGENT2_EMAIL);

  const icon = (name: string): string => `/images/icons/issuetypes/${name}.svg`;
  const task = store.issueTypes().find((t) => t.name === 'Task' && !t.scopeProjectId);
  if (!task) throw new Error('The baseline Task issue type is missing.');
  const acmeTypes = {
    'Service Request': issueType(store, 'Service Request', 'A request for help, information or access from a customer.', icon('servicerequest')),
    Incident: issueType(store, 'Incident', 'An unplanned interruption to a service or a reduction in its quality.', icon('incident')),
    Problem: issueType(store, 'Problem', 'The cause of one or more incidents, to be investigated.', icon('problem')),
    Change: issueType(store, 'Change', 'A planned addition, modification or removal of something that affects services.', icon('change')),
    Task: task,
  };
  const scheme = {
    id: store.nextId('issueTypeScheme'),
    name: 'ACME: Jira Service Management Issue Type Scheme',
    description: 'Issue types of the Acme Service Desk.',
    defaultIssueTypeId: acmeTypes['Service Request'].id,
    issueTypeIds: Object.values(acmeTypes).map((t) => t.id),
  };
  store.docs.issueTypeSchemes.put(scheme);

  const acmeProject: JiraProject = {
    id: store.nextId('project'),
    key: 'ACME',
    name: 'Acme Service Desk',
    projectTypeKey: 'service_desk',
    style: 'classic',
    leadAccountId: admin.accountId,
    issueTypeSchemeId: scheme.id,
    agentIds: [sam.accountId, kim.accountId],
  };
  store.docs.projects.put(acmeProject);
  const acme = seedServiceProjectScreens(store, acmeProject, Object.values(acmeTypes));
  const field: JiraProject = {
    id: store.nextId('project'),
    key: 'FIELD',
    name: 'Field Services',
    projectTypeKey: 'service_desk',
    style: 'next-gen',
    leadAccountId: sam.accountId,
    agentIds: [sam.accountId],
  };
  store.docs.projects.put(field);
  const fieldTypes = {
    Request: issueType(store, 'Request', 'A request for an on-site visit or repair.', icon('servicerequest'), field.id),
    Task: issueType(store, 'Task', 'Work the field team plans for itself.', icon('task'), field.id),
  };
  seedFieldLayouts(store, field, Object.values(fieldTypes));

  const acmeDeskId = store.nextId('serviceDesk');
  store.docs.serviceDesks.put({ id: acmeDeskId, projectId: acme.id, customerIds: [] });
  const fieldDeskId = store.nextId('serviceDesk');
  store.docs.serviceDesks.put({ id: fieldDeskId, projectId: field.id, customerIds: [] });

  const acmeGroups = {
    'Get help': group(store, acmeDeskId, 'Get help', 0),
    'Report a problem': group(store, acmeDeskId, 'Report a problem', 1),
    Feedback: group(store, acmeDeskId, 'Feedback', 2),
  };
  const fieldGroups = { 'Get help': group(store, fieldDeskId, 'Get help', 0), Feedback: group(store, fieldDeskId, 'Feedback', 1) };
  const requestTypes = {
    'Get IT help': requestType(
      store,
      acmeGroups['Get help'],
      acmeTypes['Service Request'].id,
      'Get IT help',
      'Get assistance for general IT problems and questions.',
      'Tell us what is wrong and how it affects your work.',
    ),
    'Report an incident': requestType(
      store,
      acmeGroups['Report a problem'],
      acmeTypes.Incident.id,
      'Report an incident',
      'Report a system outage or something that stopped working.',
      'Say what stopped working, since when, and how many people it affects.',
    ),
    'Request access': requestType(
      store,
      acmeGroups['Get help'],
      acmeTypes['Service Request'].id,
      'Request access',
      'Request access to an application, a shared folder or a system.',
      'Name the system and the access level you need.',
    ),
    'Request a site visit': requestType(
      store,
      fieldGroups['Get help'],
      fieldTypes.Request.id,
      'Request a site visit',
      'Ask a technician to come on site.',
      'Give the site address and the times that suit you.',
    ),
  };

  const organizations = DEMO_ORGANIZATIONS.map((name) => {
    const organization: Organization = {
      id: store.nextId('organization'),
      name,
      memberIds: DEMO_USERS.filter((u) => u.organization === name).map((u) => u.accountId),
      serviceDeskIds: FIELD_ORGANIZATIONS.includes(name) ? [acmeDeskId, fieldDeskId] : [acmeDeskId],
      properties: {},
    };
    store.docs.organizations.put(organization);
    return organization;
  });

  return { acme, field, acmeDeskId, fieldDeskId, acmeTypes, fieldTypes, requestTypes, acmeGroups, fieldGroups, organizations };
}
