import type { SandboxDatabase } from '../../store/database';
import type { JqlTenant } from '../jql/context';
import type {
  Dashboard,
  EntityPropertyIndex,
  FieldContext,
  FieldLayout,
  IssueComment,
  IssueTypeScreenScheme,
  IssueLink,
  IssueLinkType,
  IssueNotification,
  IssueTypeScheme,
  JiraField,
  JiraIssueType,
  JiraPriority,
  JiraProject,
  JiraResolution,
  JiraStatus,
  JiraUser,
  Organization,
  RequestType,
  RequestTypeGroup,
  Screen,
  ScreenScheme,
  ServiceDesk,
  StoredIssue,
  WorkflowRule,
} from '../model';
import {
  BASE_FIELDS,
  BASE_ISSUE_TYPES,
  BASE_LINK_TYPES,
  BASE_PRIORITIES,
  BASE_RESOLUTIONS,
  BASE_STATUSES,
  DEFAULT_DASHBOARD,
  DEFAULT_ISSUE_TYPE_SCHEME,
  SEQUENCE_STARTS,
  type SequenceName,
} from './baseline';
import { DEFAULT_ISSUE_TYPE_SCREEN_SCHEME, DEFAULT_SCREEN, DEFAULT_SCREEN_SCHEME } from './baseline-screens';
import { Collection } from './collection';
import { WriteJournal } from './journal';
import * as schema from './schemas';

const byId = (doc: { id: string }): string => doc.id;

const sequenceStart = (name: string): number | undefined => Object.entries(SEQUENCE_STARTS).find(([key]) => key === name)?.[1];

/** What loading and revision counting need of a collection, whatever its document type. */
interface LoadableCollection {
  readonly kind: string;
  readonly version: number;
  load(json: string): void;
}

/** How many documents of each kind the store holds. */
export interface StoreCounts {
  users: number;
  projects: number;
  issueTypes: number;
  fields: number;
  organizations: number;
  serviceDesks: number;
  requestTypes: number;
  issues: number;
  issueLinks: number;
}

/** Every document collection the store keeps, by kind. */
export interface StoreDocuments {
  users: Collection<JiraUser>;
  projects: Collection<JiraProject>;
  statuses: Collection<JiraStatus>;
  resolutions: Collection<JiraResolution>;
  priorities: Collection<JiraPriority>;
  issueTypes: Collection<JiraIssueType>;
  issueTypeSchemes: Collection<IssueTypeScheme>;
  fields: Collection<JiraField>;
  fieldContexts: Collection<FieldContext>;
  serviceDesks: Collection<ServiceDesk>;
  requestTypes: Collection<RequestType>;
  requestTypeGroups: Collection<RequestTypeGroup>;
  organizations: Collection<Organization>;
  issueLinkTypes: Collection<IssueLinkType>;
  issueLinks: Collection<IssueLink>;
  issues: Collection<StoredIssue>;
  propertyIndexes: Collection<schema.InstalledPropertyIndex>;
  screens: Collection<Screen>;
  screenSchemes: Collection<ScreenScheme>;
  issueTypeScreenSchemes: Collection<IssueTypeScreenScheme>;
  fieldLayouts: Collection<FieldLayout>;
  dashboards: Collection<Dashboard>;
  sequences: Collection<schema.Sequence>;
  workflowRules: Collection<WorkflowRule>;
  comments: Collection<IssueComment>;
  notifications: Collection<IssueNotification>;
}

/**
 * The Jira emulator's state: every document in memory for fast reads, written through to the
 * `jira_document` SQLite table when a request commits. Tests, the seeder and the HTTP server's
 * user switcher use it directly; REST routes go through it too.
 */
export class JiraStore implements JqlTenant {
  readonly journal: WriteJournal;
  readonly docs: StoreDocuments;
  private linksCache: { version: number; byIssue: Map<string, IssueLink[]> } | null = null;
  private depth = 0;

  constructor(private readonly db: SandboxDatabase) {
    db.exec('CREATE TABLE IF NOT EXISTS jira_document (kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID');
    this.journal = new WriteJournal(db);
    const j = this.journal;
    this.docs = {
      users: new Collection(
        'user',
        schema.userSchema,
        j,
        (u) => u.accountId,
        (u) => u.emailAddress,
      ),
      projects: new Collection('project', schema.projectSchema, j, byId, (p) => p.key),
      statuses: new Collection('status', schema.statusSchema, j, byId),
      resolutions: new Collection('resolution', schema.resolutionSchema, j, byId),
      priorities: new Collection('priority', schema.prioritySchema, j, byId),
      issueTypes: new Collection('issuetype', schema.issueTypeSchema, j, byId),
      issueTypeSchemes: new Collection('issuetypescheme', schema.issueTypeSchemeSchema, j, byId),
      fields: new Collection('field', schema.fieldSchema, j, byId),
      fieldContexts: new Collection('fieldcontext', schema.fieldContextSchema, j, byId),
      serviceDesks: new Collection('servicedesk', schema.serviceDeskSchema, j, byId),
      requestTypes: new Collection('requesttype', schema.requestTypeSchema, j, byId),
      requestTypeGroups: new Collection('requesttypegroup', schema.requestTypeGroupSchema, j, byId),
      organizations: new Collection('organization', schema.organizationSchema, j, byId),
      issueLinkTypes: new Collection('issuelinktype', schema.issueLinkTypeSchema, j, byId),
      issueLinks: new Collection('issuelink', schema.issueLinkSchema, j, byId),
      issues: new Collection('issue', schema.issueSchema, j, byId, (i) => i.key),
      propertyIndexes: new Collection('propertyindex', schema.propertyIndexSchema, j, byId),
      screens: new Collection('screen', schema.screenSchema, j, byId),
      screenSchemes: new Collection('screenscheme', schema.screenSchemeSchema, j, byId),
      issueTypeScreenSchemes: new Collection('issuetypescreenscheme', schema.issueTypeScreenSchemeSchema, j, byId),
      fieldLayouts: new Collection('fieldlayout', schema.fieldLayoutSchema, j, byId),
      dashboards: new Collection('dashboard', schema.dashboardSchema, j, byId),
      sequences: new Collection('sequence', schema.sequenceSchema, j, byId),
      workflowRules: new Collection('workflowrule', schema.workflowRuleSchema, j, byId),
      comments: new Collection('comment', schema.commentSchema, j, byId),
      notifications: new Collection('notification', schema.notificationSchema, j, byId),
    };
    this.load();
    this.transaction(() => {
      if (this.docs.statuses.size === 0) this.installBaseline();
      // A data folder written before a kind of document existed gets that kind's baseline.
      this.fillInScreens();
    });
  }

  /** Runs `fn` and commits its writes in one SQLite transaction, or rolls memory back if it throws. */
  transaction<T>(fn: () => T): T {
    // A transaction inside another joins it: only the outermost one commits or rolls back.
    if (this.depth > 0) return fn();
    this.depth++;
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.journal.rollback();
      throw error;
    } finally {
      this.depth--;
    }
    this.journal.commit();
    return result;
  }

  /** The next value of a named sequence (ids, issue numbers per project). */
  nextValue(name: SequenceName | `issuekey:${string}`, start = 1): number {
    const current = this.docs.sequences.get(name);
    const value = current ? current.value + 1 : (sequenceStart(name) ?? start);
    this.docs.sequences.put({ id: name, value });
    return value;
  }

  nextId(name: SequenceName): string {
    return String(this.nextValue(name));
  }

  /** Bumps a sequence so that it never hands out `value` or lower (used after bulk inserts). */
  advanceSequence(name: SequenceName | `issuekey:${string}`, value: number): void {
    const current = this.docs.sequences.get(name);
    if (!current || current.value < value) this.docs.sequences.put({ id: name, value });
  }

  counts(): StoreCounts {
    return {
      users: this.docs.users.size,
      projects: this.docs.projects.size,
      issueTypes: this.docs.issueTypes.size,
      fields: this.docs.fields.size,
      organizations: this.docs.organizations.size,
      serviceDesks: this.docs.serviceDesks.size,
      requestTypes: this.docs.requestTypes.size,
      issues: this.docs.issues.size,
      issueLinks: this.docs.issueLinks.size,
    };
  }

  // --- lookups the routes share -------------------------------------------------------------

  user(accountId: string): JiraUser | undefined {
    return this.docs.users.get(accountId);
  }

  userByEmail(email: string): JiraUser | undefined {
    return this.docs.users.getByKey(email);
  }

  /** A project by id or key. */
  project(idOrKey: string): JiraProject | undefined {
    return this.docs.projects.get(idOrKey) ?? this.docs.projects.getByKey(idOrKey);
  }

  /** An issue by id or key. */
  issue(idOrKey: string): StoredIssue | undefined {
    return this.docs.issues.get(idOrKey) ?? this.docs.issues.getByKey(idOrKey);
  }

  serviceDeskOfProject(projectId: string): ServiceDesk | undefined {
    return this.docs.serviceDesks.find((d) => d.projectId === projectId);
  }

  organizationsOf(accountId: string): Organization[] {
    return this.docs.organizations.filter((o) => o.memberIds.includes(accountId));
  }

  /** Issue types usable in a project: a team-managed project's own types, else its scheme's. */
  issueTypesOfProject(project: JiraProject): JiraIssueType[] {
    if (project.style === 'next-gen') return this.docs.issueTypes.filter((t) => t.scopeProjectId === project.id);
    const scheme = this.schemeOfProject(project);
    return scheme.issueTypeIds.map((id) => this.docs.issueTypes.get(id)).filter((t): t is JiraIssueType => t !== undefined);
  }

  schemeOfProject(project: JiraProject): IssueTypeScheme {
    const own = project.issueTypeSchemeId ? this.docs.issueTypeSchemes.get(project.issueTypeSchemeId) : undefined;
    return own ?? this.defaultScheme();
  }

  /** The issue type screen scheme a company-managed project uses: its own, else Jira's default one. */
  screenSchemeOfProject(project: JiraProject): IssueTypeScreenScheme {
    const own = project.issueTypeScreenSchemeId ? this.docs.issueTypeScreenSchemes.get(project.issueTypeScreenSchemeId) : undefined;
    const scheme = own ?? this.docs.issueTypeScreenSchemes.get(DEFAULT_ISSUE_TYPE_SCREEN_SCHEME.id);
    if (!scheme) throw new Error('The default issue type screen scheme is missing from the store.');
    return scheme;
  }

  defaultScheme(): IssueTypeScheme {
    const scheme = this.docs.issueTypeSchemes.get(DEFAULT_ISSUE_TYPE_SCHEME.id);
    if (!scheme) throw new Error('The default issue type scheme is missing from the store.');
    return scheme;
  }

  /** The links an issue takes part in, either side. */
  linksOf(issueId: string): readonly IssueLink[] {
    if (this.linksCache?.version !== this.docs.issueLinks.version) {
      const byIssue = new Map<string, IssueLink[]>();
      for (const link of this.docs.issueLinks.all()) {
        for (const side of [link.inwardIssueId, link.outwardIssueId]) {
          const list = byIssue.get(side) ?? [];
          list.push(link);
          byIssue.set(side, list);
        }
      }
      this.linksCache = { version: this.docs.issueLinks.version, byIssue };
    }
    return this.linksCache.byIssue.get(issueId) ?? [];
  }

  /** Grows with every change to any issue-visible document; search caches compare it. */
  revision(): number {
    let sum = 0;
    for (const c of this.collections()) sum += c.version;
    return sum;
  }

  // --- JqlTenant ----------------------------------------------------------------------------

  projects(): readonly JiraProject[] {
    return this.docs.projects.all();
  }

  users(): readonly JiraUser[] {
    return this.docs.users.all();
  }

  issueTypes(): readonly JiraIssueType[] {
    return this.docs.issueTypes.all();
  }

  statuses(): readonly JiraStatus[] {
    return this.docs.statuses.all();
  }

  resolutions(): readonly JiraResolution[] {
    return this.docs.resolutions.all();
  }

  organizations(): readonly Organization[] {
    return this.docs.organizations.all();
  }

  fields(): readonly JiraField[] {
    return this.docs.fields.all();
  }

  entityPropertyIndexes(): readonly EntityPropertyIndex[] {
    return this.docs.propertyIndexes.all();
  }

  // -------------------------------------------------------------------------------------------

  private collections(): LoadableCollection[] {
    const docs: Readonly<Record<keyof StoreDocuments, LoadableCollection>> = this.docs;
    return Object.values(docs);
  }

  private load(): void {
    const byKind = new Map(this.collections().map((c) => [c.kind, c]));
    const rows = this.db.prepare('SELECT kind, json FROM jira_document').raw().iterate();
    for (const row of rows) {
      if (!Array.isArray(row)) continue;
      const kind: unknown = row[0];
      const json: unknown = row[1];
      if (typeof kind !== 'string' || typeof json !== 'string') continue;
      byKind.get(kind)?.load(json);
    }
  }

  private installBaseline(): void {
    for (const status of BASE_STATUSES) this.docs.statuses.put(status);
    for (const resolution of BASE_RESOLUTIONS) this.docs.resolutions.put(resolution);
    for (const priority of BASE_PRIORITIES) this.docs.priorities.put(priority);
    for (const type of BASE_LINK_TYPES) this.docs.issueLinkTypes.put(type);
    for (const type of BASE_ISSUE_TYPES) this.docs.issueTypes.put(type);
    this.docs.issueTypeSchemes.put(DEFAULT_ISSUE_TYPE_SCHEME);
    for (const field of BASE_FIELDS) this.docs.fields.put(field);
  }

  private fillInScreens(): void {
    if (this.docs.screens.size === 0) this.docs.screens.put(DEFAULT_SCREEN);
    if (this.docs.screenSchemes.size === 0) this.docs.screenSchemes.put(DEFAULT_SCREEN_SCHEME);
    if (this.docs.issueTypeScreenSchemes.size === 0) this.docs.issueTypeScreenSchemes.put(DEFAULT_ISSUE_TYPE_SCREEN_SCHEME);
    if (this.docs.dashboards.size === 0) this.docs.dashboards.put(DEFAULT_DASHBOARD);
  }
}
