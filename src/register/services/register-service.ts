import { z } from 'zod';
import { forbidden } from '#kernel/app-error';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { readFeedbackLabels } from '#feedback/domain/feedback';
import { readRefFieldValue } from '#kernel/ref-field-value';
import { asAppJira, asUserJira } from '#platform/jira/client';
import { approximateCount, searchIssues } from '#platform/jira/issue-search';
import type { JiraIssue } from '#platform/jira/issues';
import { JiraError } from '#platform/jira/jira-error';
import { searchServiceProjects } from '#platform/jira/projects';
import { listOrganizations } from '#platform/jira/service-desk';
import { appFieldIds } from '#provisioning/app-field-ids';
import { readTypeNames } from '#provisioning/names-store';
import { listServices } from '#catalogue/catalogue-service';
import { elapsedDays, localDate } from '#register/domain/calendar';
import { COMPLAINT_PROPERTY_KEY, readRecord } from '#register/domain/complaint-record';
import { overdueMeasures } from '#register/domain/escalation';
import type { RegisterFilter, RegisterSort } from '#register/domain/register-filter';
import type { RegisterRow } from '#register/contract';
import { registerCountJql, registerJql } from './register-jql';
import { readRegisterSettings } from './settings-store';

/**
 * The complaint register: pages of complaints found with JQL run as the caller (so only projects
 * they may browse), with only the fields the table shows and the `brm-complaint` property. A page
 * costs one search, the field list (to find the Customer and Service fields) and the settings,
 * whatever the number of complaints.
 */

/** The fields the register's table (and its CSV) shows; nothing else is fetched. */
export const REGISTER_FIELDS = ['summary', 'project', 'status', 'created', 'resolutiondate', 'labels'] as const;

const HOUR_MS = 3_600_000;

const rowFields = z.object({
  summary: z.string().default(''),
  project: z.object({ id: z.string(), key: z.string(), name: z.string().default('') }),
  status: z.object({ name: z.string(), statusCategory: z.object({ key: z.enum(['new', 'indeterminate', 'done']).catch('indeterminate') }).optional() }),
  created: z.string(),
  resolutiondate: z.string().nullish(),
  labels: z.array(z.string()).default([]),
});

export interface RegisterScope {
  /** The project of a project page: the register shows that project only. */
  projectId?: string;
}

const requireSignedIn = (accountId: string | undefined): void => {
  if (!accountId) throw forbidden(KERNEL_TEXTS.text('error.notSignedIn'));
};

/** A project page's project narrows the filter; the global page keeps the filter's projects. */
const scoped = (filter: RegisterFilter, scope: RegisterScope): RegisterFilter => (scope.projectId ? { ...filter, projectIds: [scope.projectId] } : filter);

/** One issue of a search as a row of the register. */
export function rowOf(issue: JiraIssue, fieldIds: { customer?: string; service?: string }, nowMs: number, timeZone: string): RegisterRow {
  const fields = rowFields.parse(issue.fields);
  const read = readRecord(issue.properties?.[COMPLAINT_PROPERTY_KEY]);
  const record = read.ok ? read.record : undefined;
  const { category, severity } = readFeedbackLabels(fields.labels);
  const createdMs = Date.parse(fields.created);
  const resolvedMs = fields.resolutiondate ? Date.parse(fields.resolutiondate) : undefined;
  const done = fields.status.statusCategory?.key === 'done';
  return {
    issueId: issue.id,
    key: issue.key,
    summary: fields.summary,
    project: fields.project,
    status: { name: fields.status.name, category: fields.status.statusCategory?.key ?? 'indeterminate' },
    created: new Date(createdMs).toISOString(),
    resolved: resolvedMs === undefined ? null : new Date(resolvedMs).toISOString(),
    ageDays: done ? null : elapsedDays(createdMs, nowMs),
    resolutionHours: resolvedMs === undefined ? null : Math.round(((resolvedMs - createdMs) / HOUR_MS) * 10) / 10,
    customer: fieldIds.customer ? (readRefFieldValue(issue.fields[fieldIds.customer])?.name ?? null) : null,
    service: fieldIds.service ? (readRefFieldValue(issue.fields[fieldIds.service])?.name ?? null) : null,
    category: category ?? null,
    severity: severity ?? null,
    measures: {
      total: record?.measures.length ?? 0,
      open: record?.openMeasures ?? 0,
      openCorrective: record?.openCorrective ?? 0,
      overdue: record ? overdueMeasures(record, nowMs, timeZone).length : 0,
      nextDue: record?.nextDue ?? null,
    },
    escalated: record?.escalated === 'yes',
    response: record?.response ?? 'none',
    rootCauseSet: record?.rootCauseSet === 'yes',
  };
}

export interface PageRequest {
  filter: RegisterFilter;
  sort: RegisterSort;
  pageSize: number;
  nextPageToken?: string;
}

/** One page of the register, as the caller may see it. */
export async function registerPage(
  accountId: string | undefined,
  request: PageRequest,
  scope: RegisterScope,
  now: () => Date = () => new Date(),
): Promise<{ rows: RegisterRow[]; nextPageToken: string | null; jql: string }> {
  requireSignedIn(accountId);
  const [ids, settings, typeNames] = await Promise.all([appFieldIds(asAppJira()), readRegisterSettings(), readTypeNames()]);
  const nowMs = now().getTime();
  const jql = registerJql(scoped(request.filter, scope), request.sort, localDate(nowMs, settings.timeZone), typeNames.complaint);
  const fieldIds = { customer: ids.get('brm-customer'), service: ids.get('brm-service') };
  const fields = [...REGISTER_FIELDS, ...[fieldIds.customer, fieldIds.service].filter((id): id is string => id !== undefined)];
  const page = await searchIssues(asUserJira(), {
    jql,
    fields,
    properties: [COMPLAINT_PROPERTY_KEY],
    maxResults: request.pageSize,
    ...(request.nextPageToken ? { nextPageToken: request.nextPageToken } : {}),
  });
  return { rows: page.issues.map((issue) => rowOf(issue, fieldIds, nowMs, settings.timeZone)), nextPageToken: page.nextPageToken ?? null, jql };
}

/** About how many complaints a filter finds, as the caller may see them. */
export async function countRegister(
  accountId: string | undefined,
  filter: RegisterFilter,
  scope: RegisterScope,
  now: () => Date = () => new Date(),
): Promise<{ count: number; jql: string }> {
  requireSignedIn(accountId);
  const [settings, typeNames] = await Promise.all([readRegisterSettings(), readTypeNames()]);
  const jql = registerCountJql(scoped(filter, scope), localDate(now().getTime(), settings.timeZone), typeNames.complaint);
  return { count: await approximateCount(asUserJira(), jql), jql };
}

/** What the filters offer the caller: their service projects, the organizations they may see, the catalogue's services. */
export async function registerOptions(
  accountId: string | undefined,
): Promise<{ projects: { id: string; key: string; name: string }[]; customers: { id: string; name: string }[]; services: { id: string; name: string }[] }> {
  requireSignedIn(accountId);
  const user = asUserJira();
  const [projects, customers, services] = await Promise.all([
    searchServiceProjects(user),
    // Portal customers may not list organizations: they filter by the other fields.
    listOrganizations(user).catch((error: unknown) => {
      if (error instanceof JiraError && (error.status === 401 || error.status === 403)) return [];
      throw error;
    }),
    listServices(true),
  ]);
  const byName = <T extends { name: string }>(items: T[]): T[] => [...items].sort((a, b) => a.name.localeCompare(b.name));
  return {
    projects: byName(projects.map((p) => ({ id: p.id, key: p.key, name: p.name }))),
    customers: byName(customers.map((o) => ({ id: o.id, name: o.name }))),
    services: byName(services.map((s) => ({ id: s.id, name: s.name }))),
  };
}
