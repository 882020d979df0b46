import type { SettingsLink } from '#kernel/settings-pages';
import { APP_FIELD_KEYS, APP_FIELD_NAMES, APP_FIELD_SCOPES, type AppFieldKey } from './app-fields';
import { BRM_ISSUE_TYPES, BRM_TYPE_KEYS, sameName, type BrmTypeKey } from './issue-types';
import { BRM_REQUEST_TYPES, BRM_REQUEST_TYPE_KEYS, type BrmRequestTypeKey } from './request-types';
import type { ProvisioningSnapshot, SnapshotIssueType, SnapshotProject, SnapshotRequestType } from './snapshot';
import type { ManualStepArea } from './steps';

/**
 * What a Jira admin does by hand because Jira Cloud's REST API cannot do it for an app, and how to
 * tell from a snapshot whether it is done:
 * - a team-managed project's issue types (POST /issuetype has no project scope; Jira checks them
 *   with GET /issuetype/project?projectId=);
 * - the fields of a team-managed project's issue types (there are no screens; Jira's create
 *   metadata for the project and type lists the fields a type offers);
 * - portal groups of request types, in any service project (a request type created through the API
 *   is in no group, and customers see only request types in a group; JSM's API has no call to
 *   change a request type's groups).
 */

export interface ManualStep {
  /** Stable across checks, e.g. `issuetype:complaint`, `fields:10020`, `portal:complaint`. */
  id: string;
  area: ManualStepArea;
  /** What to do, as an instruction. */
  task: string;
  done: boolean;
  /** What is still missing, or what must come first. */
  detail?: string;
  link: SettingsLink;
}

const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;

export { listNames };

/** The id of a BRM type in a project: the global type, or the project's own for team-managed. */
export function brmTypeIdIn(issueTypes: readonly SnapshotIssueType[], project: Pick<SnapshotProject, 'id' | 'style'>, brmType: BrmTypeKey): string | undefined {
  const name = BRM_ISSUE_TYPES[brmType].name;
  const scope = project.style === 'team-managed' ? project.id : undefined;
  return issueTypes.find((t) => t.projectId === scope && sameName(t.name, name))?.id;
}

export const brmTypeIdFor = (snapshot: ProvisioningSnapshot, project: SnapshotProject, brmType: BrmTypeKey): string | undefined =>
  brmTypeIdIn(snapshot.issueTypes, project, brmType);

export function requestTypeNamed(project: SnapshotProject, key: BrmRequestTypeKey): SnapshotRequestType | undefined {
  return project.requestTypes.find((r) => sameName(r.name, BRM_REQUEST_TYPES[key].name));
}

/** An issue type the app's fields must reach in a project: a BRM type (which may not exist yet) or a request type's type. */
export interface FieldTarget {
  /** `brm:<brmType>` or `type:<issueTypeId>`. */
  key: string;
  name: string;
  issueTypeId?: string;
  fieldKeys: AppFieldKey[];
}

/**
 * The issue types of a project each of the app's fields must be on: Customer and Service on every
 * BRM type and every request type's issue type, the Business Case fields on Business Case. Only
 * fields Jira knows are listed.
 */
export function fieldTargets(snapshot: ProvisioningSnapshot, project: SnapshotProject): FieldTarget[] {
  const installed = APP_FIELD_KEYS.filter((key) => snapshot.fields.some((f) => f.key === key));
  const targets: FieldTarget[] = [];
  const byTypeId = new Map<string, FieldTarget>();
  for (const brmType of BRM_TYPE_KEYS) {
    const issueTypeId = brmTypeIdFor(snapshot, project, brmType);
    const target: FieldTarget = {
      key: `brm:${brmType}`,
      name: BRM_ISSUE_TYPES[brmType].name,
      ...(issueTypeId === undefined ? {} : { issueTypeId }),
      fieldKeys: installed.filter((key) => APP_FIELD_SCOPES[key].brmTypes.includes(brmType)),
    };
    targets.push(target);
    if (issueTypeId !== undefined) byTypeId.set(issueTypeId, target);
  }
  const onRequestTypes = installed.filter((key) => APP_FIELD_SCOPES[key].includeRequestTypes);
  for (const requestType of project.requestTypes) {
    const existing = byTypeId.get(requestType.issueTypeId);
    if (existing) {
      existing.fieldKeys = [...new Set([...existing.fieldKeys, ...onRequestTypes])];
      continue;
    }
    const name = snapshot.issueTypes.find((t) => t.id === requestType.issueTypeId)?.name ?? `issue type ${requestType.issueTypeId}`;
    const target: FieldTarget = { key: `type:${requestType.issueTypeId}`, name, issueTypeId: requestType.issueTypeId, fieldKeys: [...onRequestTypes] };
    targets.push(target);
    byTypeId.set(requestType.issueTypeId, target);
  }
  return targets.filter((t) => t.fieldKeys.length > 0);
}

const fieldIdOf = (snapshot: ProvisioningSnapshot, key: AppFieldKey): string | undefined => snapshot.fields.find((f) => f.key === key)?.fieldId;

/** The fields of `target` that its team-managed issue type does not offer yet (all of them when the type is missing). */
export function missingLayoutFields(snapshot: ProvisioningSnapshot, project: SnapshotProject, target: FieldTarget): AppFieldKey[] {
  const offered = target.issueTypeId === undefined ? undefined : project.layouts?.[target.issueTypeId];
  return target.fieldKeys.filter((key) => {
    const id = fieldIdOf(snapshot, key);
    return offered === undefined || id === undefined || !offered.includes(id);
  });
}

/** The portal-group step of a request type: done once the type exists and is in a group. */
export function portalGroupStep(snapshot: ProvisioningSnapshot, project: SnapshotProject, key: BrmRequestTypeKey): ManualStep {
  const definition = BRM_REQUEST_TYPES[key];
  const existing = requestTypeNamed(project, key);
  const issueType = BRM_ISSUE_TYPES[definition.issueType].name;
  const typeExists = brmTypeIdFor(snapshot, project, definition.issueType) !== undefined;
  const detail =
    existing === undefined
      ? typeExists
        ? `It does not exist yet: provisioning creates it, then it needs a group.`
        : `It does not exist yet: once ${project.key} has the issue type ${issueType}, provisioning creates it.`
      : existing.groupIds.length === 0
        ? `It is in no portal group, so customers do not see it on the portal.`
        : undefined;
  return {
    id: `portal:${key}`,
    area: 'portalGroup',
    task: `Add the request type “${definition.name}” to a portal group of ${project.key}.`,
    done: existing !== undefined && existing.groupIds.length > 0,
    ...(detail === undefined ? {} : { detail }),
    link: { page: 'requestTypes', projectKey: project.key },
  };
}

/** The checklist of a team-managed project: its issue types, their fields, and the portal groups of the app's request types. */
export function teamManagedSteps(snapshot: ProvisioningSnapshot, project: SnapshotProject): ManualStep[] {
  const steps: ManualStep[] = BRM_TYPE_KEYS.map((brmType) => ({
    id: `issuetype:${brmType}`,
    area: 'issueType',
    task: `Create the issue type ${BRM_ISSUE_TYPES[brmType].name} in ${project.key}.`,
    done: brmTypeIdFor(snapshot, project, brmType) !== undefined,
    link: { page: 'issueTypes', projectKey: project.key },
  }));
  for (const target of fieldTargets(snapshot, project)) {
    const missing = missingLayoutFields(snapshot, project, target);
    const names = listNames(target.fieldKeys.map((k) => APP_FIELD_NAMES[k]));
    steps.push({
      id: `fields:${target.key}`,
      area: 'fields',
      task: `Add ${names} to the fields of ${target.name} in ${project.key}.`,
      done: missing.length === 0,
      ...(missing.length === 0
        ? {}
        : {
            detail:
              target.issueTypeId === undefined
                ? `Create the issue type ${target.name} first.`
                : `Missing: ${listNames(missing.map((k) => APP_FIELD_NAMES[k]))}.`,
          }),
      link:
        target.issueTypeId === undefined
          ? { page: 'issueTypes', projectKey: project.key }
          : { page: 'issueTypeFields', projectKey: project.key, issueTypeId: target.issueTypeId },
    });
  }
  if (project.serviceDeskId !== undefined) for (const key of BRM_REQUEST_TYPE_KEYS) steps.push(portalGroupStep(snapshot, project, key));
  return steps;
}
