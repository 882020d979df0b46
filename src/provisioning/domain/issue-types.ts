/** The four issue types the app provisions into JSM projects (their names, in each language: names.ts). */
export const BRM_TYPE_KEYS = ['complaint', 'compliment', 'businessCase', 'serviceRequirement'] as const;
export type BrmTypeKey = (typeof BRM_TYPE_KEYS)[number];

export interface BrmIssueTypeDefinition {
  key: BrmTypeKey;
  /**
   * A Jira Cloud system issue-type avatar (GET /rest/api/3/avatar/issuetype/system lists them),
   * set with PUT /rest/api/3/issuetype/{id} right after the type is created.
   */
  avatarId: number;
}

export const BRM_ISSUE_TYPES: Readonly<Record<BrmTypeKey, BrmIssueTypeDefinition>> = {
  complaint: {
    key: 'complaint',
    avatarId: 10303,
  },
  compliment: {
    key: 'compliment',
    avatarId: 10300,
  },
  businessCase: {
    key: 'businessCase',
    avatarId: 10311,
  },
  serviceRequirement: {
    key: 'serviceRequirement',
    avatarId: 10315,
  },
};

export const brmIssueTypes = (): BrmIssueTypeDefinition[] => BRM_TYPE_KEYS.map((key) => BRM_ISSUE_TYPES[key]);

/** Jira compares issue type names without regard to case. */
export const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
