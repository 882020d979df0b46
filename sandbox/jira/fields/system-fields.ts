/**
 * The system fields the emulator keeps on every issue, with the JQL clause names and schema
 * Jira reports for them in `GET /rest/api/3/field`.
 */
export interface SystemField {
  id: string;
  name: string;
  clauseNames: string[];
  schema?: { type: string; system: string; items?: string };
  orderable: boolean;
  searchable: boolean;
}

const field = (id: string, name: string, type: string | undefined, clauseNames: string[], extra: Partial<SystemField> = {}): SystemField => ({
  id,
  name,
  clauseNames,
  ...(type ? { schema: { type, system: id } } : {}),
  orderable: true,
  searchable: true,
  ...extra,
});

export const SYSTEM_FIELDS: readonly SystemField[] = [
  field('issuekey', 'Key', undefined, ['id', 'issue', 'issuekey', 'key'], { orderable: false }),
  field('summary', 'Summary', 'string', ['summary']),
  field('description', 'Description', 'string', ['description']),
  field('issuetype', 'Issue Type', 'issuetype', ['issuetype', 'type']),
  field('project', 'Project', 'project', ['project']),
  field('status', 'Status', 'status', ['status'], { orderable: false }),
  field('resolution', 'Resolution', 'resolution', ['resolution']),
  field('priority', 'Priority', 'priority', ['priority']),
  field('created', 'Created', 'datetime', ['created', 'createdDate'], { orderable: false }),
  field('updated', 'Updated', 'datetime', ['updated', 'updatedDate'], { orderable: false }),
  field('resolutiondate', 'Resolved', 'datetime', ['resolutiondate', 'resolved'], { orderable: false }),
  field('reporter', 'Reporter', 'user', ['reporter']),
  field('assignee', 'Assignee', 'user', ['assignee']),
  field('creator', 'Creator', 'user', ['creator'], { orderable: false }),
  { ...field('labels', 'Labels', 'array', ['labels']), schema: { type: 'array', items: 'string', system: 'labels' } },
  { ...field('issuelinks', 'Linked Issues', 'array', ['issueLink']), schema: { type: 'array', items: 'issuelinks', system: 'issuelinks' } },
];

/**
 * JSM's own fields: Jira Service Management ships them as locked custom fields with fixed ids
 * on every site. Their values come from the request type and shared organizations.
 */
export const JSM_FIELDS = {
  organizations: {
    id: 'customfield_10002',
    name: 'Organizations',
    schema: { type: 'array', items: 'sd-customerorganization', custom: 'com.atlassian.servicedesk:sd-customer-organizations', customId: 10002 },
  },
  requestType: {
    id: 'customfield_10010',
    name: 'Request Type',
    schema: { type: 'sd-customerrequesttype', custom: 'com.atlassian.servicedesk:vp-origin', customId: 10010 },
  },
} as const;

export const isSystemFieldId = (id: string): boolean => SYSTEM_FIELDS.some((f) => f.id === id);
