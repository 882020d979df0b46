import type { EntityPropertyIndex, JiraField, JiraIssueType, JiraProject, JiraResolution, JiraStatus, JiraUser, Organization, StoredIssue } from '../model';

/**
 * What the JQL engine needs to know about the tenant to resolve names in a query. The Jira
 * emulator's store implements it; tests can build one from plain arrays.
 */
export interface JqlTenant {
  projects(): readonly JiraProject[];
  issueTypes(): readonly JiraIssueType[];
  statuses(): readonly JiraStatus[];
  resolutions(): readonly JiraResolution[];
  users(): readonly JiraUser[];
  organizations(): readonly Organization[];
  fields(): readonly JiraField[];
  /** The indexed properties declared by installed apps' `jira:entityProperty` modules. */
  entityPropertyIndexes(): readonly EntityPropertyIndex[];
}

/** The per-query environment: who runs it (for currentUser()) and what time it is (for relative dates). */
export interface JqlEnvironment {
  tenant: JqlTenant;
  currentUserId: string | null;
  now: Date;
  /**
   * IANA time zone in which date literals ("2026-01-31") and startOfDay() and the like are read;
   * Jira uses the searching user's. Defaults to UTC; an unknown zone is read as UTC.
   */
  timeZone?: string;
  /**
   * First day of the week for startOfWeek()/endOfWeek(): 0 = Sunday (Jira's default, en_US locale),
   * 1 = Monday. Defaults to 0.
   */
  weekStartsOn?: 0 | 1;
}

/** A compiled query: a filter and an ordering over the store's issues. */
export interface CompiledJql {
  matches(issue: StoredIssue): boolean;
  /**
   * Compares two issues by the query's ORDER BY, for Array.prototype.sort. Without ORDER BY the
   * order is `created DESC, id DESC`; ties under an explicit ORDER BY also fall back to id DESC.
   */
  compare(a: StoredIssue, b: StoredIssue): number;
}

/** A query Jira would refuse: its 400 answer's messages, worded as Jira words them. */
export class JqlError extends Error {
  constructor(readonly errorMessages: string[]) {
    super(errorMessages.join(' '));
    this.name = 'JqlError';
  }
}
