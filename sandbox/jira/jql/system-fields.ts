import type { StoredIssue } from '../model';
import { compileValueClause, EQUALITY_OPERATORS, ORDERED_OPERATORS, TEXT_OPERATORS, type Access, type ClauseContext, type CompileScope } from './clause-kit';
import { plainTextOf } from './adf-text';
import { valueField, type FieldHandler } from './field-handler';
import { issueKeyField } from './issue-key-field';
import type { OperandTerm } from './operands';
import { dateResolver, lowerCaseResolver, refResolver, userResolver } from './term-resolvers';
import type { TenantIndex } from './tenant-index';
import { isNaNNumber, parseDate } from './natives';

function instant(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = parseDate(iso);
  return isNaNNumber(ms) ? null : ms;
}

/** A date-time system field stored as an ISO string. */
function dateTimeField(read: (issue: StoredIssue) => string | null): FieldHandler {
  return valueField<number>(
    { operators: ORDERED_OPERATORS, access: { one: (issue) => instant(read(issue)) }, resolve: dateResolver },
    { kind: 'instant', key: read },
  );
}

/** A user field (reporter, assignee): account ids, e-mail addresses or currentUser(). */
export function userField(tenant: TenantIndex, access: Access<string>, sortKey: ((issue: StoredIssue) => string | null) | null): FieldHandler {
  const users = () => tenant.users().refs;
  const displayName = (id: string | null) => (id === null ? null : (tenant.users().displayNameById.get(id) ?? id));
  return valueField<string>(
    { operators: EQUALITY_OPERATORS, access, resolve: userResolver(users) },
    sortKey ? { kind: 'text', key: (issue) => displayName(sortKey(issue)) } : null,
  );
}

/** JSM organizations the issue is shared with, by organization name or id. */
export function organizationsField(tenant: TenantIndex): FieldHandler {
  return valueField<string>(
    { operators: EQUALITY_OPERATORS, access: { many: (issue) => issue.organizationIds }, resolve: refResolver(() => tenant.organizations().refs) },
    null,
  );
}

/** `resolution = Unresolved` is Jira's way of writing `resolution IS EMPTY`. */
function withUnresolvedAsEmpty(ctx: ClauseContext, tenant: TenantIndex): ClauseContext {
  if (tenant.resolutions().refs.has('unresolved')) return ctx;
  const terms = ctx.operand.terms.map((term): OperandTerm => (term.kind === 'value' && term.value.toLowerCase() === 'unresolved' ? { kind: 'empty' } : term));
  return { ...ctx, operand: { ...ctx.operand, terms } };
}

function resolutionField(tenant: TenantIndex): FieldHandler {
  const spec = {
    operators: EQUALITY_OPERATORS,
    access: { one: (issue: StoredIssue) => issue.resolutionId },
    resolve: refResolver(() => tenant.resolutions().refs),
  };
  return {
    compile: (ctx) => compileValueClause<string>(spec, withUnresolvedAsEmpty(ctx, tenant)),
    sort: { kind: 'number', key: (issue) => (issue.resolutionId === null ? null : (tenant.resolutions().order.get(issue.resolutionId) ?? null)) },
  };
}

function textField(read: (issue: StoredIssue) => string | null): FieldHandler {
  const access = { one: read };
  return valueField<string>({ operators: TEXT_OPERATORS, access, resolve: lowerCaseResolver, text: access }, { kind: 'text', key: read });
}

function descriptionText(issue: StoredIssue): string | null {
  return plainTextOf(issue.description) || null;
}

/** `text ~`: the summary, the description and every text custom field. */
function allTextField(tenant: TenantIndex): FieldHandler {
  let textFieldIds: string[] | null = null;
  const texts = (issue: StoredIssue): string[] => {
    textFieldIds ??= [...tenant.fields().byId.values()].filter((f) => f.custom && f.schemaType === 'string').map((f) => f.id);
    const found = [issue.summary];
    const description = descriptionText(issue);
    if (description) found.push(description);
    for (const id of textFieldIds) {
      const value = issue.customFields[id];
      if (typeof value === 'string' && value) found.push(value);
    }
    return found;
  };
  const access = { many: texts };
  return valueField<string>({ operators: new Set(['~'] as const), access, resolve: lowerCaseResolver, text: access }, null);
}

function orderOf(order: ReadonlyMap<string, number>, id: string | null): number | null {
  return id === null ? null : (order.get(id) ?? null);
}

type SystemFieldFactory = (tenant: TenantIndex, scope: CompileScope) => FieldHandler;

const project: SystemFieldFactory = (tenant) =>
  valueField<string>(
    { operators: EQUALITY_OPERATORS, access: { one: (issue) => issue.projectId }, resolve: refResolver(() => tenant.projects().refs) },
    { kind: 'text', key: (issue) => tenant.projects().nameById.get(issue.projectId) ?? null },
  );

const issueType: SystemFieldFactory = (tenant) =>
  valueField<string>(
    { operators: EQUALITY_OPERATORS, access: { one: (issue) => issue.issueTypeId }, resolve: refResolver(() => tenant.issueTypes().refs) },
    { kind: 'number', key: (issue) => orderOf(tenant.issueTypes().order, issue.issueTypeId) },
  );

const status: SystemFieldFactory = (tenant) =>
  valueField<string>(
    { operators: EQUALITY_OPERATORS, access: { one: (issue) => issue.statusId }, resolve: refResolver(() => tenant.statuses().refs) },
    { kind: 'number', key: (issue) => orderOf(tenant.statuses().order, issue.statusId) },
  );

const statusCategory: SystemFieldFactory = (tenant) => {
  const categoryOf = (issue: StoredIssue) => tenant.statuses().categoryById.get(issue.statusId) ?? null;
  return valueField<string>(
    { operators: EQUALITY_OPERATORS, access: { one: categoryOf }, resolve: refResolver(() => tenant.statusCategories().refs) },
    { kind: 'number', key: (issue) => orderOf(tenant.statusCategories().order, categoryOf(issue)) },
  );
};

const created: SystemFieldFactory = () => dateTimeField((issue) => issue.created);
const updated: SystemFieldFactory = () => dateTimeField((issue) => issue.updated);
const resolved: SystemFieldFactory = () => dateTimeField((issue) => issue.resolutiondate);

/**
 * System fields by lower-cased JQL name (field names are case-insensitive in JQL). Aliases map to
 * the same field: `type` is `issuetype`, `createdDate` is `created`, and so on.
 */
export const SYSTEM_FIELDS: ReadonlyMap<string, SystemFieldFactory> = new Map<string, SystemFieldFactory>([
  ['project', project],
  ['issuetype', issueType],
  ['type', issueType],
  ['status', status],
  ['statuscategory', statusCategory],
  ['resolution', (tenant) => resolutionField(tenant)],
  ['created', created],
  ['createddate', created],
  ['updated', updated],
  ['updateddate', updated],
  ['resolved', resolved],
  ['resolutiondate', resolved],
  ['reporter', (tenant) => userField(tenant, { one: (issue) => issue.reporterId }, (issue) => issue.reporterId)],
  ['assignee', (tenant) => userField(tenant, { one: (issue) => issue.assigneeId }, (issue) => issue.assigneeId)],
  ['organizations', (tenant) => organizationsField(tenant)],
  ['summary', () => textField((issue) => issue.summary || null)],
  ['description', () => ({ ...textField(descriptionText), sort: null })],
  ['text', (tenant) => allTextField(tenant)],
  [
    'labels',
    () =>
      valueField<string>(
        { operators: EQUALITY_OPERATORS, access: { many: (issue) => issue.labels.map((label) => label.toLowerCase()) }, resolve: lowerCaseResolver },
        null,
      ),
  ],
  ['key', (tenant) => issueKeyField(tenant)],
  ['issuekey', (tenant) => issueKeyField(tenant)],
  ['issue', (tenant) => issueKeyField(tenant)],
  ['id', (tenant) => issueKeyField(tenant)],
]);
