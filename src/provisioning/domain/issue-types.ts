/** The four issue types the app provisions into JSM projects. */
export const BRM_TYPE_KEYS = ['complaint', 'compliment', 'businessCase', 'serviceRequirement'] as const;
export type BrmTypeKey = (typeof BRM_TYPE_KEYS)[number];

export interface BrmIssueTypeDefinition {
  key: BrmTypeKey;
  name: string;
  description: string;
  /**
   * A Jira Cloud system issue-type avatar (GET /rest/api/3/avatar/issuetype/system lists them),
   * set with PUT /rest/api/3/issuetype/{id} right after the type is created.
   */
  avatarId: number;
}

export const BRM_ISSUE_TYPES: Readonly<Record<BrmTypeKey, BrmIssueTypeDefinition>> = {
  complaint: {
    key: 'complaint',
    name: 'Complaint',
    description: 'Negative feedback from a customer about a service, tracked until it is resolved with corrective and preventive measures.',
    avatarId: 10303,
  },
  compliment: {
    key: 'compliment',
    name: 'Compliment',
    description: 'Positive feedback from a customer about a service or the people who deliver it.',
    avatarId: 10300,
  },
  businessCase: {
    key: 'businessCase',
    name: 'Business Case',
    description: 'The case for a new or changed service: planned and actual cost, expected benefit, decision and strategic relevance.',
    avatarId: 10311,
  },
  serviceRequirement: {
    key: 'serviceRequirement',
    name: 'Service Requirement',
    description: 'A requirement a customer has of a service, linked to that customer and that service.',
    avatarId: 10315,
  },
};

export const brmIssueTypes = (): BrmIssueTypeDefinition[] => BRM_TYPE_KEYS.map((key) => BRM_ISSUE_TYPES[key]);

/** Jira compares issue type names without regard to case. */
export const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
