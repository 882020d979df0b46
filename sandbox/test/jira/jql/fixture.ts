import type { JqlEnvironment, JqlTenant } from '#sandbox/jira/jql/context';
import type {
  EntityPropertyIndex,
  JiraField,
  JiraIssueType,
  JiraProject,
  JiraResolution,
  JiraStatus,
  JiraUser,
  Organization,
  StoredIssue,
} from '#sandbox/jira/model';

/**
 * A small JSM tenant for the JQL engine's tests: three projects, a handful of statuses, users,
 * organizations, custom fields and indexed properties, and 24 issues whose expected search results
 * are worked out by hand in the tests.
 */

/** Wednesday 18 March 2026, noon UTC. */
export const NOW = new Date('2026-03-18T12:00:00.000Z');

const project = (id: string, key: string, name: string, projectTypeKey: JiraProject['projectTypeKey']): JiraProject => ({
  id,
  key,
  name,
  projectTypeKey,
  style: 'classic',
  leadAccountId: 'u-alice',
  agentIds: ['u-alice', 'u-bob'],
});

export const projects: JiraProject[] = [
  project('10000', 'SUP', 'Support Desk', 'service_desk'),
  project('10001', 'BIZ', 'Business Relations', 'service_desk'),
  project('10002', 'DEV', 'Development', 'software'),
];

const issueType = (id: string, name: string, scopeProjectId?: string): JiraIssueType => ({
  id,
  name,
  description: '',
  iconUrl: '',
  subtask: false,
  hierarchyLevel: 0,
  ...(scopeProjectId ? { scopeProjectId } : {}),
});

export const issueTypes: JiraIssueType[] = [
  issueType('1', 'Complaint'),
  issueType('2', 'Compliment'),
  issueType('3', 'Service Requirement'),
  issueType('4', 'Business Case'),
  issueType('5', 'Task'),
  // A team-managed project's own "Task": `type = Task` means both.
  issueType('6', 'Task', '10002'),
];

export const statuses: JiraStatus[] = [
  { id: '10', name: 'Open', categoryKey: 'new' },
  { id: '11', name: 'In Progress', categoryKey: 'indeterminate' },
  { id: '12', name: 'Waiting for customer', categoryKey: 'indeterminate' },
  { id: '13', name: 'Resolved', categoryKey: 'done' },
  { id: '14', name: 'Closed', categoryKey: 'done' },
];

export const resolutions: JiraResolution[] = [
  { id: '1', name: 'Done' },
  { id: '2', name: "Won't Do" },
  { id: '3', name: 'Duplicate' },
];

const user = (accountId: string, displayName: string, emailAddress: string, kind: JiraUser['kind']): JiraUser => ({
  accountId,
  displayName,
  emailAddress,
  kind,
  accountType: kind === 'customer' ? 'customer' : 'atlassian',
  active: true,
  timeZone: 'UTC',
  locale: 'en_US',
});

export const users: JiraUser[] = [
  user('u-alice', 'Alice Agent', 'alice@example.com', 'agent'),
  user('u-bob', 'Bob Agent', 'bob@example.com', 'agent'),
  user('u-carol', 'Carol Customer', 'carol@acme.test', 'customer'),
  user('u-dave', 'Dave Customer', 'dave@globex.test', 'customer'),
];

export const organizations: Organization[] = [
  { id: '1', name: 'Acme Corp', memberIds: ['u-carol'], serviceDeskIds: ['1'], properties: {} },
  { id: '2', name: 'Globex', memberIds: ['u-dave'], serviceDeskIds: ['1'], properties: {} },
  { id: '3', name: 'Initech', memberIds: [], serviceDeskIds: ['2'], properties: {} },
];

const field = (id: string, name: string, schemaType: JiraField['schemaType'], extra: Partial<JiraField> = {}): JiraField => ({
  id,
  name,
  description: '',
  custom: id.startsWith('customfield_'),
  schemaType,
  ...extra,
});

export const fields: JiraField[] = [
  field('summary', 'Summary', 'string'),
  field('customfield_10050', 'Customer', 'string', { schemaCustom: 'ari:cloud:ecosystem::extension/app/static/brm-customer' }),
  field('customfield_10051', 'Service', 'string'),
  field('customfield_10052', 'Planned cost', 'number'),
  field('customfield_10053', 'Actual cost', 'number'),
  // A second, older field also named "Customer": a name shared by two fields searches both.
  field('customfield_10054', 'Customer', 'option', { schemaCustom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' }),
  field('customfield_10055', 'Review date', 'date'),
  field('customfield_10056', 'Notes', 'string', { searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:textsearcher' }),
  field('customfield_10057', 'Tiers', 'array', { schemaCustom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiselect' }),
  field('customfield_10058', 'Account manager', 'user'),
  field('customfield_10059', 'Organizations', 'array', { schemaCustom: 'com.atlassian.servicedesk:sd-customer-organizations' }),
];

export const propertyIndexes: EntityPropertyIndex[] = [
  { propertyKey: 'brm-feedback', path: 'kind', type: 'string', searchAlias: 'brmFeedbackKind' },
  { propertyKey: 'brm-feedback', path: 'feedbackIssueKey', type: 'string', searchAlias: 'brmFeedbackIssue' },
  { propertyKey: 'brm-survey', path: 'score.overall', type: 'number', searchAlias: 'surveyScore' },
  { propertyKey: 'brm-survey', path: 'comment', type: 'text' },
  { propertyKey: 'brm-survey', path: 'answeredAt', type: 'date', searchAlias: 'surveyAnsweredAt' },
  { propertyKey: 'brm-survey', path: 'answeredBy', type: 'user' },
];

export function tenantOf(data: { issueTypes?: JiraIssueType[]; fields?: JiraField[] } = {}): JqlTenant {
  return {
    projects: () => projects,
    issueTypes: () => data.issueTypes ?? issueTypes,
    statuses: () => statuses,
    resolutions: () => resolutions,
    users: () => users,
    organizations: () => organizations,
    fields: () => data.fields ?? fields,
    entityPropertyIndexes: () => propertyIndexes,
  };
}

export function environment(overrides: Partial<JqlEnvironment> = {}): JqlEnvironment {
  return { tenant: tenantOf(), currentUserId: 'u-bob', now: NOW, ...overrides };
}

const PROJECT_IDS: Record<string, string> = { SUP: '10000', BIZ: '10001', DEV: '10002' };
const TYPE = { complaint: '1', compliment: '2', requirement: '3', businessCase: '4', task: '5', devTask: '6' } as const;
const STATUS = { open: '10', inProgress: '11', waiting: '12', resolved: '13', closed: '14' } as const;
const RESOLUTION = { done: '1', wontDo: '2', duplicate: '3' } as const;

function adf(...paragraphs: string[]): unknown {
  return { type: 'doc', version: 1, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

interface IssueSpec {
  key: string;
  id: string;
  type: string;
  status: string;
  resolution?: string;
  created: string;
  resolved?: string;
  updated?: string;
  reporter: string | null;
  assignee: string | null;
  orgs?: string[];
  labels?: string[];
  summary: string;
  description?: unknown;
  custom?: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

export function makeIssue(spec: IssueSpec): StoredIssue {
  const projectKey = spec.key.slice(0, spec.key.indexOf('-'));
  return {
    id: spec.id,
    key: spec.key,
    projectId: PROJECT_IDS[projectKey] ?? '0',
    issueTypeId: spec.type,
    statusId: spec.status,
    resolutionId: spec.resolution ?? null,
    summary: spec.summary,
    description: spec.description ?? null,
    created: spec.created,
    updated: spec.updated ?? spec.resolved ?? spec.created,
    resolutiondate: spec.resolved ?? null,
    reporterId: spec.reporter,
    assigneeId: spec.assignee,
    labels: spec.labels ?? [],
    priorityId: null,
    customFields: spec.custom ?? {},
    requestTypeId: null,
    organizationIds: spec.orgs ?? [],
    participantIds: [],
    properties: spec.properties ?? {},
  };
}

const survey = (overall: number, comment: string, answeredAt: string, answeredBy: string) => ({ score: { overall }, comment, answeredAt, answeredBy });

export const issues: StoredIssue[] = [
  makeIssue({
    key: 'SUP-1',
    id: '20001',
    type: TYPE.complaint,
    status: STATUS.open,
    created: '2026-01-05T09:00:00.000Z',
    updated: '2026-03-17T12:00:00.000Z',
    reporter: 'u-carol',
    assignee: 'u-alice',
    orgs: ['1'],
    labels: ['vip', 'billing'],
    summary: 'Invoice total is wrong',
    description: adf('The total on invoice 4711 does not add up.'),
    custom: { customfield_10050: '1' },
    properties: { 'brm-feedback': { kind: 'complaint' } },
  }),
  makeIssue({
    key: 'SUP-2',
    id: '20002',
    type: TYPE.compliment,
    status: STATUS.resolved,
    resolution: RESOLUTION.done,
    created: '2026-01-10T10:00:00.000Z',
    resolved: '2026-01-12T10:00:00.000Z',
    reporter: 'u-carol',
    assignee: 'u-bob',
    orgs: ['1'],
    labels: ['praise'],
    summary: 'Great support from Bob',
    properties: { 'brm-feedback': { kind: 'compliment' }, 'brm-survey': survey(5, 'Very helpful team', '2026-01-13T08:00:00.000Z', 'u-carol') },
  }),
  makeIssue({
    key: 'SUP-3',
    id: '20003',
    type: TYPE.task,
    status: STATUS.inProgress,
    created: '2026-02-01T08:30:00.000Z',
    reporter: 'u-dave',
    assignee: 'u-alice',
    orgs: ['2'],
    summary: 'Printer offline on floor 3',
  }),
  makeIssue({
    key: 'SUP-4',
    id: '20004',
    type: TYPE.complaint,
    status: STATUS.waiting,
    created: '2026-02-20T14:00:00.000Z',
    reporter: 'u-dave',
    assignee: null,
    orgs: ['2'],
    labels: ['billing'],
    summary: 'Billing portal timeout',
    custom: { customfield_10050: '2' },
    properties: { 'brm-feedback': { kind: 'complaint', feedbackIssueKey: 'SUP-3' } },
  }),
  makeIssue({
    key: 'SUP-5',
    id: '20005',
    type: TYPE.requirement,
    status: STATUS.closed,
    resolution: RESOLUTION.wontDo,
    created: '2026-02-28T23:30:00.000Z',
    resolved: '2026-03-01T09:00:00.000Z',
    reporter: 'u-carol',
    assignee: 'u-bob',
    labels: ['vip'],
    summary: 'New VPN access for contractors',
    custom: { customfield_10051: 'svc-vpn' },
  }),
  makeIssue({
    key: 'SUP-6',
    id: '20006',
    type: TYPE.complaint,
    status: STATUS.resolved,
    resolution: RESOLUTION.done,
    created: '2026-03-01T00:30:00.000Z',
    resolved: '2026-03-10T12:00:00.000Z',
    reporter: 'u-carol',
    assignee: 'u-alice',
    orgs: ['1', '2'],
    summary: 'Slow response to e-mail',
    custom: { customfield_10050: '1' },
    properties: { 'brm-survey': survey(2, 'Too slow', '2026-03-11T09:00:00.000Z', 'u-carol') },
  }),
  makeIssue({
    key: 'SUP-7',
    id: '20007',
    type: TYPE.task,
    status: STATUS.open,
    created: '2026-03-14T08:00:00.000Z',
    reporter: 'u-alice',
    assignee: null,
    summary: 'Printer toner replacement',
    description: {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Order a new toner' }, { type: 'hardBreak' }, { type: 'text', text: 'cartridge today' }] },
      ],
    },
  }),
  makeIssue({
    key: 'SUP-8',
    id: '20008',
    type: TYPE.complaint,
    status: STATUS.open,
    created: '2026-03-15T18:00:00.000Z',
    reporter: 'u-dave',
    assignee: 'u-bob',
    orgs: ['2'],
    labels: ['vip'],
    summary: 'Outage of the billing system',
    custom: { customfield_10050: '2', customfield_10054: { id: '101', value: 'Globex Legacy' } },
    properties: { 'brm-feedback': { kind: 'complaint' } },
  }),
  makeIssue({
    key: 'SUP-9',
    id: '20009',
    type: TYPE.compliment,
    status: STATUS.closed,
    resolution: RESOLUTION.done,
    created: '2026-03-17T10:00:00.000Z',
    resolved: '2026-03-18T09:00:00.000Z',
    reporter: 'u-carol',
    assignee: 'u-alice',
    orgs: ['1'],
    labels: ['praise', 'VIP'],
    summary: 'Thanks for the quick fix',
    custom: { customfield_10054: { id: '100', value: 'Acme' } },
    properties: { 'brm-survey': survey(4, 'Quick and friendly', '2026-03-18T10:00:00.000Z', 'u-carol') },
  }),
  makeIssue({
    key: 'SUP-10',
    id: '20010',
    type: TYPE.complaint,
    status: STATUS.inProgress,
    created: '2026-03-18T11:00:00.000Z',
    reporter: 'u-carol',
    assignee: 'u-alice',
    orgs: ['1'],
    summary: 'Wrong invoice address',
    custom: { customfield_10050: '1', customfield_10056: 'Customer asked twice' },
  }),
  makeIssue({
    key: 'SUP-11',
    id: '20011',
    type: TYPE.task,
    status: STATUS.open,
    created: '2025-12-31T23:30:00.000Z',
    reporter: 'u-alice',
    assignee: 'u-bob',
    summary: 'Year end report',
  }),
  makeIssue({
    key: 'SUP-12',
    id: '20012',
    type: TYPE.complaint,
    status: STATUS.resolved,
    resolution: RESOLUTION.duplicate,
    created: '2026-02-21T09:00:00.000Z',
    resolved: '2026-02-21T10:00:00.000Z',
    reporter: 'u-dave',
    assignee: null,
    orgs: ['2'],
    labels: ['billing'],
    summary: 'Billing portal timeout again',
    custom: { customfield_10050: '2' },
    properties: { 'brm-feedback': { kind: 'complaint', feedbackIssueKey: 'SUP-4' } },
  }),

  makeIssue({
    key: 'BIZ-1',
    id: '20101',
    type: TYPE.businessCase,
    status: STATUS.open,
    created: '2026-01-20T12:00:00.000Z',
    reporter: 'u-alice',
    assignee: 'u-bob',
    labels: ['strategic'],
    summary: 'Self-service portal',
    custom: {
      customfield_10052: 50000,
      customfield_10053: 62000,
      customfield_10057: [{ id: '1', value: 'Gold' }],
      customfield_10058: { accountId: 'u-bob' },
      customfield_10055: '2026-04-01',
    },
  }),
  makeIssue({
    key: 'BIZ-2',
    id: '20102',
    type: TYPE.businessCase,
    status: STATUS.inProgress,
    created: '2026-02-10T12:00:00.000Z',
    reporter: 'u-bob',
    assignee: 'u-alice',
    orgs: ['1'],
    summary: 'CRM migration',
    custom: {
      customfield_10052: 120000,
      customfield_10053: 90000,
      customfield_10057: [
        { id: '1', value: 'Gold' },
        { id: '2', value: 'Silver' },
      ],
      customfield_10058: { accountId: 'u-alice' },
      customfield_10055: '2026-03-18',
    },
  }),
  makeIssue({
    key: 'BIZ-3',
    id: '20103',
    type: TYPE.businessCase,
    status: STATUS.closed,
    resolution: RESOLUTION.done,
    created: '2025-11-05T12:00:00.000Z',
    resolved: '2026-01-15T12:00:00.000Z',
    reporter: 'u-bob',
    assignee: 'u-bob',
    orgs: ['3'],
    labels: ['strategic'],
    summary: 'Data warehouse refresh',
    custom: { customfield_10052: 80000, customfield_10053: 80000, customfield_10055: '2026-01-31' },
  }),
  makeIssue({
    key: 'BIZ-4',
    id: '20104',
    type: TYPE.requirement,
    status: STATUS.open,
    created: '2026-03-02T12:00:00.000Z',
    reporter: 'u-carol',
    assignee: null,
    orgs: ['1'],
    summary: 'Weekly usage report for Acme',
    custom: { customfield_10050: '1', customfield_10051: 'svc-reporting' },
  }),
  makeIssue({
    key: 'BIZ-5',
    id: '20105',
    type: TYPE.businessCase,
    status: STATUS.open,
    created: '2026-03-05T12:00:00.000Z',
    reporter: 'u-alice',
    assignee: null,
    summary: 'Chatbot pilot',
    custom: { customfield_10052: 15000.5 },
  }),
  makeIssue({
    key: 'BIZ-6',
    id: '20106',
    type: TYPE.compliment,
    status: STATUS.resolved,
    resolution: RESOLUTION.done,
    created: '2026-03-09T12:00:00.000Z',
    resolved: '2026-03-09T15:00:00.000Z',
    reporter: 'u-dave',
    assignee: 'u-alice',
    orgs: ['2'],
    labels: ['praise'],
    summary: 'Friendly onboarding',
    properties: { 'brm-survey': survey(5, 'Friendly and fast', '2026-03-10T08:00:00.000Z', 'u-dave') },
  }),
  makeIssue({
    key: 'BIZ-7',
    id: '20107',
    type: TYPE.complaint,
    status: STATUS.open,
    created: '2026-03-12T12:00:00.000Z',
    reporter: 'u-dave',
    assignee: 'u-bob',
    orgs: ['2'],
    summary: 'Report numbers are wrong',
    custom: { customfield_10050: '2' },
    properties: { 'brm-feedback': { kind: 'complaint' } },
  }),
  makeIssue({
    key: 'BIZ-8',
    id: '20108',
    type: TYPE.businessCase,
    status: STATUS.waiting,
    created: '2026-03-13T12:00:00.000Z',
    reporter: 'u-bob',
    assignee: null,
    orgs: ['3'],
    summary: 'Disaster recovery site',
    custom: { customfield_10052: 200000 },
  }),

  makeIssue({
    key: 'DEV-1',
    id: '20201',
    type: TYPE.devTask,
    status: STATUS.open,
    created: '2026-01-02T12:00:00.000Z',
    reporter: 'u-alice',
    assignee: 'u-alice',
    summary: 'Refactor invoice service',
  }),
  makeIssue({
    key: 'DEV-2',
    id: '20202',
    type: TYPE.devTask,
    status: STATUS.inProgress,
    created: '2026-02-02T12:00:00.000Z',
    reporter: 'u-bob',
    assignee: 'u-bob',
    labels: ['backend'],
    summary: 'Printer driver update',
  }),
  makeIssue({
    key: 'DEV-3',
    id: '20203',
    type: TYPE.devTask,
    status: STATUS.closed,
    resolution: RESOLUTION.done,
    created: '2026-02-03T12:00:00.000Z',
    resolved: '2026-02-05T12:00:00.000Z',
    reporter: 'u-alice',
    assignee: null,
    summary: 'Fix billing export',
  }),
  makeIssue({
    key: 'DEV-4',
    id: '20204',
    type: TYPE.devTask,
    status: STATUS.open,
    created: '2026-03-18T09:00:00.000Z',
    reporter: null,
    assignee: null,
    summary: 'Investigate slow e-mail delivery',
  }),
];

/** Issue keys of a range in one project: `keys('SUP', 1, 3)` is SUP-1, SUP-2, SUP-3. */
export function keys(projectKey: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, index) => `${projectKey}-${from + index}`);
}
