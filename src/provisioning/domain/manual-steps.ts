import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import type { SettingsLink } from '#kernel/settings-pages';
import { APP_FIELD_KEYS, APP_FIELD_NAMES, APP_FIELD_SCOPES, type AppFieldKey } from './app-fields';
import { BRM_TYPE_KEYS, sameName, type BrmTypeKey } from './issue-types';
import { issueTypeNaming, isTypeNamed, requestTypeKeyNamed, requestTypeNaming } from './names';
import { BRM_REQUEST_TYPES, BRM_REQUEST_TYPE_KEYS, type BrmRequestTypeKey } from './request-types';
import type { ProvisioningSnapshot, SnapshotIssueType, SnapshotProject, SnapshotRequestType } from './snapshot';
import type { ManualStepArea } from './steps';
import { listIn, PROVISIONING_TEXTS } from './texts';

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
  /** What to do, as an instruction (in the locale the steps were asked in). */
  task: string;
  done: boolean;
  /** What is still missing, or what must come first. */
  detail?: string;
  link: SettingsLink;
}

/** Names as a sentence lists them: "Customer, Service and Planned cost" (English unless `locale` says otherwise). */
const listNames = (names: readonly string[], locale: Locale = SOURCE_LOCALE): string => listIn(locale, names);

export { listNames };

/**
 * A BRM type among `issueTypes` with the given scope (a team-managed project's id, or undefined
 * for global types), by its name in any of the app's languages; the one named in the names
 * language `names` first.
 */
export function brmTypeAmong(
  issueTypes: readonly SnapshotIssueType[],
  projectId: string | undefined,
  brmType: BrmTypeKey,
  names: Locale,
): SnapshotIssueType | undefined {
  const scoped = issueTypes.filter((t) => t.projectId === projectId && isTypeNamed(brmType, t.name));
  return scoped.find((t) => sameName(t.name, issueTypeNaming(brmType, names).name)) ?? scoped[0];
}

/** A BRM type of a project: the global type, or the project's own for team-managed. */
export const brmTypeIn = (
  issueTypes: readonly SnapshotIssueType[],
  project: Pick<SnapshotProject, 'id' | 'style'>,
  brmType: BrmTypeKey,
  names: Locale = SOURCE_LOCALE,
): SnapshotIssueType | undefined => brmTypeAmong(issueTypes, project.style === 'team-managed' ? project.id : undefined, brmType, names);

/** The id of a BRM type in a project. */
export const brmTypeIdIn = (
  issueTypes: readonly SnapshotIssueType[],
  project: Pick<SnapshotProject, 'id' | 'style'>,
  brmType: BrmTypeKey,
  names: Locale = SOURCE_LOCALE,
): string | undefined => brmTypeIn(issueTypes, project, brmType, names)?.id;

export const brmTypeIdFor = (
  snapshot: ProvisioningSnapshot,
  project: SnapshotProject,
  brmType: BrmTypeKey,
  names: Locale = SOURCE_LOCALE,
): string | undefined => brmTypeIdIn(snapshot.issueTypes, project, brmType, names);

/** The name a BRM type has in a project, or the one it will get in the names language. */
const brmTypeNameIn = (snapshot: ProvisioningSnapshot, project: SnapshotProject, brmType: BrmTypeKey, names: Locale): string =>
  brmTypeIn(snapshot.issueTypes, project, brmType, names)?.name ?? issueTypeNaming(brmType, names).name;

/** A project's request type of the app, by its name in any of the app's languages; the one named in the names language first. */
export function requestTypeNamed(project: SnapshotProject, key: BrmRequestTypeKey, names: Locale = SOURCE_LOCALE): SnapshotRequestType | undefined {
  const found = project.requestTypes.filter((r) => requestTypeKeyNamed(r.name) === key);
  return found.find((r) => sameName(r.name, requestTypeNaming(key, names).name)) ?? found[0];
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
export function fieldTargets(
  snapshot: ProvisioningSnapshot,
  project: SnapshotProject,
  locale: Locale = SOURCE_LOCALE,
  names: Locale = SOURCE_LOCALE,
): FieldTarget[] {
  const installed = APP_FIELD_KEYS.filter((key) => snapshot.fields.some((f) => f.key === key));
  const targets: FieldTarget[] = [];
  const byTypeId = new Map<string, FieldTarget>();
  for (const brmType of BRM_TYPE_KEYS) {
    const issueTypeId = brmTypeIdFor(snapshot, project, brmType, names);
    const target: FieldTarget = {
      key: `brm:${brmType}`,
      name: brmTypeNameIn(snapshot, project, brmType, names),
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
    const name =
      snapshot.issueTypes.find((t) => t.id === requestType.issueTypeId)?.name ??
      PROVISIONING_TEXTS.in(locale, 'plan.issueTypeById', { id: requestType.issueTypeId });
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

/**
 * The portal-group step of a request type: done once the type exists and is in a group. Its
 * sentences are in `locale`; what is still to be created is named in the names language `names`.
 */
export function portalGroupStep(
  snapshot: ProvisioningSnapshot,
  project: SnapshotProject,
  key: BrmRequestTypeKey,
  locale: Locale = SOURCE_LOCALE,
  names: Locale = SOURCE_LOCALE,
): ManualStep {
  const definition = BRM_REQUEST_TYPES[key];
  const existing = requestTypeNamed(project, key, names);
  const typeName = brmTypeNameIn(snapshot, project, definition.issueType, names);
  const typeExists = brmTypeIdFor(snapshot, project, definition.issueType, names) !== undefined;
  const detail =
    existing === undefined
      ? typeExists
        ? PROVISIONING_TEXTS.in(locale, 'manual.portal.notCreated')
        : PROVISIONING_TEXTS.in(locale, 'manual.portal.waitsForType', { projectKey: project.key, typeName })
      : existing.groupIds.length === 0
        ? PROVISIONING_TEXTS.in(locale, 'manual.portal.noGroup')
        : undefined;
  return {
    id: `portal:${key}`,
    area: 'portalGroup',
    task: PROVISIONING_TEXTS.in(locale, 'manual.portal.task', { name: existing?.name ?? requestTypeNaming(key, names).name, projectKey: project.key }),
    done: existing !== undefined && existing.groupIds.length > 0,
    ...(detail === undefined ? {} : { detail }),
    link: { page: 'requestTypes', projectKey: project.key },
  };
}

/**
 * The checklist of a team-managed project: its issue types, their fields, and the portal groups of
 * the app's request types, in `locale`. A type is there when the project has it under any of its
 * names; one still to be added is named in the names language `names`.
 */
export function teamManagedSteps(
  snapshot: ProvisioningSnapshot,
  project: SnapshotProject,
  locale: Locale = SOURCE_LOCALE,
  names: Locale = SOURCE_LOCALE,
): ManualStep[] {
  const steps: ManualStep[] = BRM_TYPE_KEYS.map((brmType) => ({
    id: `issuetype:${brmType}`,
    area: 'issueType',
    task: PROVISIONING_TEXTS.in(locale, 'manual.issueType.task', { name: brmTypeNameIn(snapshot, project, brmType, names), projectKey: project.key }),
    done: brmTypeIdFor(snapshot, project, brmType, names) !== undefined,
    link: { page: 'issueTypes', projectKey: project.key },
  }));
  for (const target of fieldTargets(snapshot, project, locale, names)) {
    const missing = missingLayoutFields(snapshot, project, target);
    const fields = listNames(
      target.fieldKeys.map((k) => APP_FIELD_NAMES[k]),
      locale,
    );
    steps.push({
      id: `fields:${target.key}`,
      area: 'fields',
      task: PROVISIONING_TEXTS.in(locale, 'manual.fields.task', { fields, target: target.name, projectKey: project.key }),
      done: missing.length === 0,
      ...(missing.length === 0
        ? {}
        : {
            detail:
              target.issueTypeId === undefined
                ? PROVISIONING_TEXTS.in(locale, 'manual.fields.typeFirst', { target: target.name })
                : PROVISIONING_TEXTS.in(locale, 'manual.fields.missing', {
                    fields: listNames(
                      missing.map((k) => APP_FIELD_NAMES[k]),
                      locale,
                    ),
                  }),
          }),
      link:
        target.issueTypeId === undefined
          ? { page: 'issueTypes', projectKey: project.key }
          : { page: 'issueTypeFields', projectKey: project.key, issueTypeId: target.issueTypeId },
    });
  }
  if (project.serviceDeskId !== undefined) for (const key of BRM_REQUEST_TYPE_KEYS) steps.push(portalGroupStep(snapshot, project, key, locale, names));
  return steps;
}
