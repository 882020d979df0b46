import { z } from 'zod';
import { contextApplies } from '../fields/availability';
import { checkForgeFieldValue } from '../fields/forge-field-value';
import { saveIssueChange } from '../issues/issue-writes';
import type { JiraField, StoredIssue } from '../model';
import { badRequest, fieldErrors, forbidden, notFound } from '../rest-error';
import { booleanQuery } from './issues';
import { callerLocale, noContent, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

/**
 * Update custom field value (PUT /rest/api/3/app/field/{fieldIdOrKey}/value) and Update custom
 * fields (POST /rest/api/3/app/field/value): how a Forge app sets its own fields. They skip the
 * screens, and "only the app that owns the custom field ... can update its values": any user, and
 * any field that is not a Forge field of the calling app, gets 403; an unknown field 404. Beyond
 * the reference (stricter): every issue must exist and the field must have a context that applies
 * to it, or nothing is written (400). Values are checked as on create and edit (type, validation).
 */

/** The reference's `issueIds` are int64 numbers; strings are refused. */
const issueIds = z.array(z.number().int().nonnegative()).min(1);
const singleBody = z.strictObject({ updates: z.array(z.strictObject({ issueIds, value: z.unknown() })).min(1) });
const multipleBody = z.strictObject({ updates: z.array(z.strictObject({ customField: z.string().min(1), issueIds, value: z.unknown() })).min(1) });

const NOT_THE_OWNER = 'The request is not authenticated as the app that provided the field.';

/** One field's new value on one issue, checked. */
interface Change {
  field: JiraField;
  issue: StoredIssue;
  value: unknown;
}

function ownFieldOr403(ctx: RouteContext, fieldIdOrKey: string): JiraField {
  if (ctx.actor.kind !== 'app') throw forbidden(NOT_THE_OWNER);
  const field = ctx.store.docs.fields.get(fieldIdOrKey);
  if (!field) throw notFound(`The custom field '${fieldIdOrKey}' was not found.`);
  const prefix = ctx.appFieldTypePrefix;
  if (prefix === undefined || field.schemaCustom?.startsWith(prefix) !== true) throw forbidden(NOT_THE_OWNER);
  return field;
}

/** Checks every (field, issues, value) update and answers the changes, or throws before anything is written. */
function planChanges(ctx: RouteContext, updates: { field: JiraField; issueIds: number[]; value: unknown }[]): Change[] {
  // Every field is checked for ownership before any issue, so a foreign field is 403 whatever else is wrong.
  const seen = new Set<string>();
  const changes: Change[] = [];
  for (const update of updates) {
    if (update.value === undefined) throw badRequest(`The update of ${update.field.id} has no value.`);
    const checked = checkForgeFieldValue(update.field, update.value, callerLocale(ctx));
    if (!checked.ok) throw fieldErrors({ [update.field.id]: checked.message });
    for (const id of update.issueIds) {
      const pair = `${update.field.id}/${id}`;
      if (seen.has(pair))
        throw badRequest(`The request sets ${update.field.id} on issue ${id} more than once; each combination of custom field and issue may appear once.`);
      seen.add(pair);
      const issue = ctx.store.docs.issues.get(String(id));
      if (!issue) throw badRequest(`Issue with id ${id} does not exist.`);
      const applies = ctx.store.docs.fieldContexts.all().some((c) => c.fieldId === update.field.id && contextApplies(c, issue.projectId, issue.issueTypeId));
      if (!applies)
        throw badRequest(`The field ${update.field.id} does not apply to issue ${issue.key}: none of its contexts covers that project and issue type.`);
      changes.push({ field: update.field, issue, value: checked.value });
    }
  }
  return changes;
}

/** Writes the changes, one update (and one `avi:jira:updated:issue` event) per issue. */
function writeChanges(ctx: RouteContext, changes: Change[]): void {
  const changelog = booleanQuery(ctx, 'generateChangelog', true);
  const byIssue = new Map<string, Change[]>();
  for (const change of changes) byIssue.set(change.issue.id, [...(byIssue.get(change.issue.id) ?? []), change]);
  for (const [issueId, issueChanges] of byIssue) {
    const before = ctx.store.docs.issues.get(issueId);
    if (!before) continue;
    const customFields = { ...before.customFields };
    for (const change of issueChanges) {
      if (change.value === null) delete customFields[change.field.id];
      else customFields[change.field.id] = change.value;
    }
    saveIssueChange(ctx, before, { ...before, customFields }, { changelog });
  }
}

function updateOneField(ctx: RouteContext) {
  const field = ownFieldOr403(ctx, param(ctx, 'fieldIdOrKey'));
  booleanQuery(ctx, 'generateChangelog', true);
  const body = readBody(ctx, singleBody);
  writeChanges(
    ctx,
    planChanges(
      ctx,
      body.updates.map((u) => ({ field, issueIds: u.issueIds, value: u.value })),
    ),
  );
  return noContent();
}

function updateManyFields(ctx: RouteContext) {
  if (ctx.actor.kind !== 'app') throw forbidden(NOT_THE_OWNER);
  booleanQuery(ctx, 'generateChangelog', true);
  const body = readBody(ctx, multipleBody);
  const updates = body.updates.map((u) => ({ field: ownFieldOr403(ctx, u.customField), issueIds: u.issueIds, value: u.value }));
  writeChanges(ctx, planChanges(ctx, updates));
  return noContent();
}

export const appFieldValueRoutes: Route[] = [
  route('PUT', '/rest/api/3/app/field/{fieldIdOrKey}/value', updateOneField),
  route('POST', '/rest/api/3/app/field/value', updateManyFields),
];
