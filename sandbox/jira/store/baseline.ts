import type { JiraField, IssueLinkType, IssueTypeScheme, JiraIssueType, JiraPriority, JiraResolution, JiraStatus, StatusCategory } from '../model';

/**
 * What a fresh Jira Service Management site has before anyone configures it: the workflow's
 * statuses, resolutions, priorities, link types, the global Task and Sub-task issue types and the
 * default issue type scheme that every company-managed project without its own scheme uses.
 */

export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export const BASE_STATUSES: readonly JiraStatus[] = [
  { id: '1', name: 'Open', categoryKey: 'new' },
  { id: '10001', name: 'Waiting for support', categoryKey: 'new' },
  { id: '3', name: 'In Progress', categoryKey: 'indeterminate' },
  { id: '10002', name: 'Waiting for customer', categoryKey: 'indeterminate' },
  { id: '10003', name: 'Pending', categoryKey: 'indeterminate' },
  { id: '5', name: 'Resolved', categoryKey: 'done' },
  { id: '10004', name: 'Done', categoryKey: 'done' },
  { id: '6', name: 'Closed', categoryKey: 'done' },
  { id: '10005', name: 'Canceled', categoryKey: 'done' },
];

/** The status a new issue starts in. */
export const INITIAL_STATUS_ID = '1';

export const BASE_RESOLUTIONS: readonly JiraResolution[] = [
  { id: '10000', name: 'Done' },
  { id: '10001', name: "Won't Do" },
  { id: '10002', name: 'Duplicate' },
  { id: '10003', name: 'Declined' },
  { id: '10004', name: 'Cannot Reproduce' },
];

/** The resolution a transition into a Done-category status sets when the request names none. */
export const DEFAULT_RESOLUTION_ID = '10000';

export const BASE_PRIORITIES: readonly JiraPriority[] = [
  { id: '1', name: 'Highest', statusColor: '#d04437' },
  { id: '2', name: 'High', statusColor: '#f15C75' },
  { id: '3', name: 'Medium', statusColor: '#f79232' },
  { id: '4', name: 'Low', statusColor: '#707070' },
  { id: '5', name: 'Lowest', statusColor: '#999999' },
];

export const DEFAULT_PRIORITY_ID = '3';

export const BASE_LINK_TYPES: readonly IssueLinkType[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

export const BASE_ISSUE_TYPES: readonly JiraIssueType[] = [
  {
    id: '10001',
    name: 'Task',
    description: 'A small, distinct piece of work.',
    iconUrl: '/images/icons/issuetypes/task.svg',
    subtask: false,
    hierarchyLevel: 0,
  },
  {
    id: '10002',
    name: 'Sub-task',
    description: 'A small piece of work that is part of a larger task.',
    iconUrl: '/images/icons/issuetypes/subtask.svg',
    subtask: true,
    hierarchyLevel: -1,
  },
];

export const DEFAULT_ISSUE_TYPE_SCHEME: IssueTypeScheme = {
  id: '10000',
  name: 'Default Issue Type Scheme',
  description: 'Default issue type scheme is the list of global issue types. All newly created issue types will automatically be added to this scheme.',
  defaultIssueTypeId: undefined,
  issueTypeIds: BASE_ISSUE_TYPES.map((t) => t.id),
};

/**
 * JSM's locked fields, present on every service management site with these ids: the
 * organizations a request is shared with and its request type. Issues keep their values in
 * `organizationIds` and `requestTypeId`; the field documents let JQL and `GET field` know them.
 */
export const BASE_FIELDS: readonly JiraField[] = [
  {
    id: 'customfield_10002',
    name: 'Organizations',
    description: 'Organizations the request is shared with.',
    custom: true,
    schemaType: 'array',
    schemaCustom: 'com.atlassian.servicedesk:sd-customer-organizations',
    searcherKey: 'com.atlassian.servicedesk:sd-customer-organizations-searcher',
  },
  {
    id: 'customfield_10010',
    name: 'Request Type',
    description: 'The customer request type of the request.',
    custom: true,
    schemaType: 'any',
    schemaCustom: 'com.atlassian.servicedesk:vp-origin',
    searcherKey: 'com.atlassian.servicedesk:vp-origin-searcher',
  },
];

/** Where each id sequence starts; ids below these belong to the baseline above. */
export const SEQUENCE_STARTS = {
  issue: 10000,
  project: 10000,
  issueType: 10010,
  issueTypeScheme: 10100,
  field: 10020,
  fieldContext: 10100,
  serviceDesk: 1,
  requestType: 1,
  organization: 1,
  issueLink: 10000,
  changelog: 10000,
  screen: 10000,
  screenTab: 10001,
  screenScheme: 10000,
  issueTypeScreenScheme: 10000,
  requestTypeGroup: 1,
  workflowRule: 1,
  comment: 10000,
  notification: 1,
  dashboard: 10000,
  dashboardGadget: 10000,
} as const;

export type SequenceName = keyof typeof SEQUENCE_STARTS;

/** The site's default dashboard (Jira's system dashboard), which every user sees; its address is /jira/dashboards/1. */
export const DEFAULT_DASHBOARD = { id: '1', name: 'Default dashboard', ownerId: null, gadgets: [] };
