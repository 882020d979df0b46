import { APP_CONTEXT_NAME, APP_FIELD_KEYS, APP_FIELD_NAMES, APP_FIELD_SCOPES, type AppFieldKey } from '../brm/app-fields';
import { BRM_ISSUE_TYPES, BRM_TYPE_KEYS, sameName, type BrmTypeKey } from '../brm/issue-types';
import { BRM_REQUEST_TYPES, BRM_REQUEST_TYPE_KEYS } from '../brm/request-types';
import { applySteps } from './apply-step';
import { contextPlaceholder, issueTypePlaceholder, requestTypePlaceholder } from './placeholders';
import type { ProvisioningSnapshot, SnapshotField, SnapshotIssueType, SnapshotProject } from './snapshot';
import type { PlanItem, ProvisioningPlan, ProvisioningStep } from './steps';

const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;

/** The id of a BRM type as a project sees it: the global type, or the project's own for team-managed. */
function brmTypeIdFor(snapshot: ProvisioningSnapshot, project: SnapshotProject, brmType: BrmTypeKey): string | undefined {
  const name = BRM_ISSUE_TYPES[brmType].name;
  const scope = project.style === 'team-managed' ? project.id : undefined;
  return snapshot.issueTypes.find((t) => t.projectId === scope && sameName(t.name, name))?.id;
}

/**
 * A BRM type lacks its icon when Jira reports another avatar: the icon step of an earlier run failed
 * after the type was created. A type whose avatar Jira does not report is left as it is.
 */
const lacksIcon = (type: SnapshotIssueType, brmType: BrmTypeKey): boolean => type.avatarId !== undefined && type.avatarId !== BRM_ISSUE_TYPES[brmType].avatarId;

function issueTypeName(snapshot: ProvisioningSnapshot, id: string): string {
  return snapshot.issueTypes.find((t) => t.id === id)?.name ?? `issue type ${id}`;
}

/** The issue types a field must be available on in a project. */
function neededIssueTypes(snapshot: ProvisioningSnapshot, project: SnapshotProject, fieldKey: AppFieldKey): string[] {
  const scope = APP_FIELD_SCOPES[fieldKey];
  const ids = scope.brmTypes.map((t) => brmTypeIdFor(snapshot, project, t)).filter((id): id is string => id !== undefined);
  if (scope.includeRequestTypes) ids.push(...project.requestTypes.map((r) => r.issueTypeId));
  return [...new Set(ids)];
}

/**
 * The writes that make `field` apply to `issueTypeIds` in `project`, respecting Jira's
 * one-context-per-project rule. Team-managed projects are planned the same way. Jira Cloud itself
 * does not accept team-managed projects in field contexts (their fields are placed through the
 * project's own settings), so on a real site a Forge field's global context must cover them; the
 * sandbox's Jira applies contexts to both styles.
 */
function fieldSteps(field: SnapshotField, projectId: string, issueTypeIds: string[]): ProvisioningStep[] {
  const own = field.contexts.find((c) => !c.isGlobal && c.projectIds.includes(projectId));
  const effective = own ?? field.contexts.find((c) => c.isGlobal);
  const base = { fieldKey: field.key, fieldId: field.fieldId };
  if (effective) {
    if (effective.isAnyIssueType) return [];
    const missing = issueTypeIds.filter((id) => !effective.issueTypeIds.includes(id));
    // Widening the global context makes the field available on these types everywhere it already applies.
    return missing.length === 0 ? [] : [{ kind: 'addIssueTypesToFieldContext', ...base, contextId: effective.id, issueTypeIds: missing }];
  }
  const appContext = field.contexts.find((c) => !c.isGlobal && sameName(c.name, APP_CONTEXT_NAME));
  if (appContext) {
    const steps: ProvisioningStep[] = [{ kind: 'addProjectsToFieldContext', ...base, contextId: appContext.id, projectIds: [projectId] }];
    const missing = appContext.isAnyIssueType ? [] : issueTypeIds.filter((id) => !appContext.issueTypeIds.includes(id));
    if (missing.length > 0) steps.push({ kind: 'addIssueTypesToFieldContext', ...base, contextId: appContext.id, issueTypeIds: missing });
    return steps;
  }
  return [{ kind: 'createFieldContext', ...base, ref: contextPlaceholder(field.key), name: APP_CONTEXT_NAME, projectIds: [projectId], issueTypeIds }];
}

/**
 * Plans provisioning for the given projects from a snapshot of what exists: one item per thing the
 * app needs, with the writes still missing. Each item is planned against the snapshot as the items
 * before it will leave it, so no write is planned twice (a scheme shared by two projects, a context
 * created for the first project and reused for the next). Pure: the same snapshot gives the same plan.
 *
 * Order: global issue types, team-managed projects' own types, schemes, field contexts, request types.
 */
export function planProvisioning(snapshot: ProvisioningSnapshot, projectIds: readonly string[]): ProvisioningPlan {
  const projects = projectIds
    .filter((id, index) => projectIds.indexOf(id) === index)
    .map((id) => snapshot.projects.find((p) => p.id === id))
    .filter((p): p is SnapshotProject => p !== undefined);
  const items: PlanItem[] = [];
  let current = snapshot;
  const add = (item: PlanItem): void => {
    items.push(item);
    current = applySteps(current, item.steps);
  };

  const companyManaged = projects.filter((p) => p.style === 'company-managed');
  const teamManaged = projects.filter((p) => p.style === 'team-managed');

  if (companyManaged.length > 0) {
    for (const brmType of BRM_TYPE_KEYS) {
      const { name } = BRM_ISSUE_TYPES[brmType];
      const existing = current.issueTypes.find((t) => t.projectId === undefined && sameName(t.name, name));
      const icon = existing && lacksIcon(existing, brmType);
      add({
        id: `issuetype:${brmType}`,
        area: 'issueType',
        summary: !existing ? `Create the issue type ${name} for company-managed projects.` : icon ? `Give the issue type ${name} its icon.` : `The issue type ${name} exists.`,
        projectIds: companyManaged.map((p) => p.id),
        steps: !existing ? [{ kind: 'createIssueType', ref: issueTypePlaceholder(brmType), brmType }] : icon ? [{ kind: 'setIssueTypeAvatar', issueTypeId: existing.id, brmType }] : [],
      });
    }
  }

  for (const project of teamManaged) {
    for (const brmType of BRM_TYPE_KEYS) {
      const { name } = BRM_ISSUE_TYPES[brmType];
      const existing = current.issueTypes.find((t) => t.projectId === project.id && sameName(t.name, name));
      const icon = existing && lacksIcon(existing, brmType);
      add({
        id: `issuetype:${project.id}:${brmType}`,
        area: 'issueType',
        summary: !existing
          ? `Create the issue type ${name} in the team-managed project ${project.key}.`
          : icon
            ? `Give ${project.key}'s issue type ${name} its icon.`
            : `${project.key} has its own issue type ${name}.`,
        projectIds: [project.id],
        steps: !existing
          ? [{ kind: 'createIssueType', ref: issueTypePlaceholder(brmType, project.id), brmType, projectId: project.id }]
          : icon
            ? [{ kind: 'setIssueTypeAvatar', issueTypeId: existing.id, brmType }]
            : [],
      });
    }
  }

  const schemeIds = [...new Set(companyManaged.map((p) => p.schemeId).filter((id): id is string => id !== undefined))];
  for (const project of companyManaged.filter((p) => p.schemeId === undefined)) {
    add({
      id: `scheme:project:${project.id}`,
      area: 'scheme',
      summary: `Jira reports no issue type scheme for ${project.key}.`,
      projectIds: [project.id],
      steps: [],
      blocked: `Jira did not return an issue type scheme for project ${project.key}, so the BRM issue types cannot be added to it.`,
    });
  }
  for (const schemeId of schemeIds) {
    const scheme = current.schemes.find((s) => s.id === schemeId);
    const users = companyManaged.filter((p) => p.schemeId === schemeId);
    const keys = users.map((p) => p.key).join(', ');
    const first = users[0];
    if (!scheme || !first) continue;
    const missing = BRM_TYPE_KEYS.map((t) => brmTypeIdFor(current, first, t)).filter((id): id is string => id !== undefined && !scheme.issueTypeIds.includes(id));
    add({
      id: `scheme:${schemeId}`,
      area: 'scheme',
      summary:
        missing.length === 0
          ? `The issue type scheme “${scheme.name}” (${keys}) has the BRM issue types.`
          : `Add ${listNames(missing.map((id) => issueTypeName(current, id)))} to the issue type scheme “${scheme.name}” (${keys}).`,
      projectIds: users.map((p) => p.id),
      steps: missing.length === 0 ? [] : [{ kind: 'addIssueTypesToScheme', schemeId, issueTypeIds: missing }],
    });
  }

  for (const fieldKey of APP_FIELD_KEYS) {
    const fieldName = APP_FIELD_NAMES[fieldKey];
    const field = current.fields.find((f) => f.key === fieldKey);
    if (!field) {
      add({
        id: `field:${fieldKey}`,
        area: 'field',
        summary: `The ${fieldName} field is missing from Jira.`,
        projectIds: projects.map((p) => p.id),
        steps: [],
        blocked: `Jira has no ${fieldName} field from this app (module ${fieldKey}); reinstall or upgrade the app, then run provisioning again.`,
      });
      continue;
    }
    for (const project of projects) {
      const needed = neededIssueTypes(current, project, fieldKey);
      const latest = current.fields.find((f) => f.key === fieldKey) ?? field;
      const steps = fieldSteps(latest, project.id, needed);
      const where = APP_FIELD_SCOPES[fieldKey].includeRequestTypes ? 'on the BRM issue types and the request types' : 'on Business Case';
      add({
        id: `field:${fieldKey}:${project.id}`,
        area: 'field',
        summary: steps.length === 0 ? `The ${fieldName} field is available in ${project.key} ${where}.` : `Make the ${fieldName} field available in ${project.key} ${where}.`,
        projectIds: [project.id],
        steps,
      });
    }
  }

  for (const project of projects) {
    for (const key of BRM_REQUEST_TYPE_KEYS) {
      const definition = BRM_REQUEST_TYPES[key];
      const id = `requesttype:${project.id}:${key}`;
      const latest = current.projects.find((p) => p.id === project.id) ?? project;
      const exists = latest.requestTypes.some((r) => sameName(r.name, definition.name));
      const issueTypeId = brmTypeIdFor(current, latest, definition.issueType);
      if (exists) {
        add({ id, area: 'requestType', summary: `The request type “${definition.name}” is on the ${project.key} portal.`, projectIds: [project.id], steps: [] });
      } else if (latest.serviceDeskId === undefined || issueTypeId === undefined) {
        add({
          id,
          area: 'requestType',
          summary: `The request type “${definition.name}” cannot be added to ${project.key}.`,
          projectIds: [project.id],
          steps: [],
          blocked: latest.serviceDeskId === undefined ? `${project.key} is not a service project, so it has no portal.` : `${project.key} has no ${BRM_ISSUE_TYPES[definition.issueType].name} issue type.`,
        });
      } else {
        add({
          id,
          area: 'requestType',
          summary: `Create the request type “${definition.name}” on the ${project.key} portal.`,
          projectIds: [project.id],
          steps: [{ kind: 'createRequestType', ref: requestTypePlaceholder(project.id, key), projectId: project.id, serviceDeskId: latest.serviceDeskId, requestType: key, issueTypeId }],
        });
      }
    }
  }

  return { items };
}
