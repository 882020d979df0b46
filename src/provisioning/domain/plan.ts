import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import type { MessageParams } from '#kernel/message-format';
import { APP_CONTEXT_NAME, APP_FIELD_KEYS, APP_FIELD_NAMES, APP_FIELD_SCOPES, type AppFieldKey } from './app-fields';
import { BRM_ISSUE_TYPES, BRM_TYPE_KEYS, sameName, type BrmTypeKey } from './issue-types';
import { issueTypeNaming, requestTypeNaming } from './names';
import { BRM_REQUEST_TYPES, BRM_REQUEST_TYPE_KEYS } from './request-types';
import { applySteps } from './apply-step';
import { brmTypeAmong, brmTypeIdFor, fieldTargets, listNames, missingLayoutFields, portalGroupStep, requestTypeNamed, teamManagedSteps } from './manual-steps';
import { contextPlaceholder, isPlaceholder, issueTypePlaceholder, requestTypePlaceholder } from './placeholders';
import { DEFAULT_MAPPING, type ProvisioningSnapshot, type SnapshotField, type SnapshotIssueType, type SnapshotProject } from './snapshot';
import type { AddFieldToScreenStep, PlanItem, ProvisioningPlan, ProvisioningStep } from './steps';
import { PROVISIONING_TEXTS, type ProvisioningTextKey } from './texts';

/**
 * A BRM type lacks its icon when Jira reports another avatar: the icon step of an earlier run failed
 * after the type was created. A type whose avatar Jira does not report is left as it is.
 */
const lacksIcon = (type: SnapshotIssueType, brmType: BrmTypeKey): boolean => type.avatarId !== undefined && type.avatarId !== BRM_ISSUE_TYPES[brmType].avatarId;

function issueTypeName(snapshot: ProvisioningSnapshot, id: string, locale: Locale): string {
  return snapshot.issueTypes.find((t) => t.id === id)?.name ?? PROVISIONING_TEXTS.in(locale, 'plan.issueTypeById', { id });
}

/** The issue types a field must be available on in a project. */
function neededIssueTypes(snapshot: ProvisioningSnapshot, project: SnapshotProject, fieldKey: AppFieldKey, names: Locale): string[] {
  const scope = APP_FIELD_SCOPES[fieldKey];
  const ids = scope.brmTypes.map((t) => brmTypeIdFor(snapshot, project, t, names)).filter((id): id is string => id !== undefined);
  if (scope.includeRequestTypes) ids.push(...project.requestTypes.map((r) => r.issueTypeId));
  return [...new Set(ids)];
}

/** The issue types a field of the app is for, as the plan's sentences name them ("on {scope}"). */
const scopeOf = (fieldKey: AppFieldKey, locale: Locale, names: Locale): string =>
  APP_FIELD_SCOPES[fieldKey].includeRequestTypes
    ? PROVISIONING_TEXTS.in(locale, 'plan.scope.brmAndRequestTypes')
    : PROVISIONING_TEXTS.in(locale, 'plan.scope.issueType', { name: issueTypeNaming('businessCase', names).name });

/**
 * The writes that make `field` apply to `issueTypeIds` in a company-managed project, respecting
 * Jira's one-context-per-project rule. Team-managed projects are not planned here: Jira Cloud does
 * not take them in field contexts (their issue types' fields are placed in the project's settings),
 * so a Forge field's global context must cover them.
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

const OPERATIONS = ['create', 'edit', 'view'] as const;
type Operation = (typeof OPERATIONS)[number];

/**
 * The screens issues of `issueTypeId` use in a company-managed project to be created, edited and
 * viewed: the project's issue type screen scheme maps the type (or, for a type it does not name,
 * its `default` entry; a type created later falls there too) to a screen scheme, whose create,
 * edit and view screens default to its default screen. Undefined when Jira reported no scheme.
 */
function screensFor(snapshot: ProvisioningSnapshot, project: SnapshotProject, issueTypeId: string): { operation: Operation; screenId: string }[] | undefined {
  const scheme = snapshot.screens.issueTypeScreenSchemes.find((s) => s.id === project.issueTypeScreenSchemeId);
  if (!scheme) return undefined;
  const mapping = scheme.mappings.find((m) => m.issueTypeId === issueTypeId) ?? scheme.mappings.find((m) => m.issueTypeId === DEFAULT_MAPPING);
  const screenScheme = snapshot.screens.screenSchemes.find((s) => s.id === mapping?.screenSchemeId);
  if (!screenScheme) return undefined;
  return OPERATIONS.map((operation) => ({ operation, screenId: screenScheme.screens[operation] ?? screenScheme.screens.default }));
}

/** The steps that put `field` on every screen its issue types use in `project`, each screen once, and the operations they serve. */
function screenSteps(
  snapshot: ProvisioningSnapshot,
  project: SnapshotProject,
  field: SnapshotField,
  issueTypeIds: readonly string[],
): { steps: ProvisioningStep[]; operations: Operation[] } | undefined {
  const operationsOf = new Map<string, Set<Operation>>();
  for (const typeId of issueTypeIds) {
    const uses = screensFor(snapshot, project, typeId);
    if (uses === undefined) return undefined;
    for (const { operation, screenId } of uses) operationsOf.set(screenId, (operationsOf.get(screenId) ?? new Set<Operation>()).add(operation));
  }
  const steps: AddFieldToScreenStep[] = [];
  const operations = new Set<Operation>();
  for (const [screenId, ops] of operationsOf) {
    const screen = snapshot.screens.screens.find((s) => s.id === screenId);
    const tab = screen?.tabs[0];
    if (!screen || !tab || screen.tabs.some((t) => t.fieldIds.includes(field.fieldId))) continue;
    steps.push({ kind: 'addFieldToScreen', fieldKey: field.key, fieldId: field.fieldId, screenId: screen.id, tabId: tab.id });
    for (const op of ops) operations.add(op);
  }
  return { steps, operations: OPERATIONS.filter((op) => operations.has(op)) };
}

/**
 * Plans provisioning for the given projects from a snapshot of what exists: one item per thing the
 * app needs, with the writes still missing. Each item is planned against the snapshot as the items
 * before it will leave it, so no write is planned twice (a scheme shared by two projects, a context
 * created for the first project and reused for the next, a screen two projects share, a new type
 * that joins the default scheme by itself). Pure: the same snapshot gives the same plan.
 *
 * What Jira Cloud lets only an admin do by hand (a team-managed project's issue types and their
 * fields, the portal groups of request types) becomes items with an `adminAction`, and no steps.
 *
 * Order: global issue types, team-managed projects' own types, schemes, field contexts, screens,
 * team-managed fields, request types. The items' sentences are in `locale`; what the app creates
 * is named in the names language `names`, and a global BRM type named in another of the app's
 * languages is renamed into it (a team-managed project's own type keeps the name its admin gave).
 */
export function planProvisioning(
  snapshot: ProvisioningSnapshot,
  projectIds: readonly string[],
  locale: Locale = SOURCE_LOCALE,
  names: Locale = SOURCE_LOCALE,
): ProvisioningPlan {
  const say = (key: ProvisioningTextKey, params?: MessageParams): string => PROVISIONING_TEXTS.in(locale, key, params);
  const where = (fieldKey: AppFieldKey): string => scopeOf(fieldKey, locale, names);
  const list = (names: readonly string[]): string => listNames(names, locale);
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
  const latest = (project: SnapshotProject): SnapshotProject => current.projects.find((p) => p.id === project.id) ?? project;

  const companyManaged = projects.filter((p) => p.style === 'company-managed');
  const teamManaged = projects.filter((p) => p.style === 'team-managed');

  if (companyManaged.length > 0) {
    for (const brmType of BRM_TYPE_KEYS) {
      const { name } = issueTypeNaming(brmType, names);
      const existing = brmTypeAmong(current.issueTypes, undefined, brmType, names);
      if (!existing) {
        add({
          id: `issuetype:${brmType}`,
          area: 'issueType',
          summary: say('plan.issueType.create', { name }),
          projectIds: companyManaged.map((p) => p.id),
          steps: [{ kind: 'createIssueType', ref: issueTypePlaceholder(brmType), brmType, names }],
        });
        continue;
      }
      const rename = !sameName(existing.name, name);
      const icon = lacksIcon(existing, brmType);
      const steps: ProvisioningStep[] = [
        ...(rename ? [{ kind: 'renameIssueType' as const, issueTypeId: existing.id, brmType, names }] : []),
        ...(icon ? [{ kind: 'setIssueTypeAvatar' as const, issueTypeId: existing.id, brmType, names }] : []),
      ];
      add({
        id: `issuetype:${brmType}`,
        area: 'issueType',
        summary: rename
          ? say('plan.issueType.rename', { from: existing.name, name })
          : icon
            ? say('plan.issueType.icon', { name: existing.name })
            : say('plan.issueType.exists', { name: existing.name }),
        projectIds: companyManaged.map((p) => p.id),
        steps,
      });
    }
  }

  for (const project of teamManaged) {
    for (const step of teamManagedSteps(current, project, locale, names).filter((s) => s.area === 'issueType')) {
      const brmType = BRM_TYPE_KEYS.find((t) => step.id === `issuetype:${t}`);
      if (brmType === undefined) continue;
      const name = brmTypeAmong(current.issueTypes, project.id, brmType, names)?.name ?? issueTypeNaming(brmType, names).name;
      add({
        id: `issuetype:${project.id}:${brmType}`,
        area: 'issueType',
        summary: step.done ? say('plan.teamType.exists', { projectKey: project.key, name }) : say('plan.teamType.missing', { projectKey: project.key, name }),
        projectIds: [project.id],
        steps: [],
        ...(step.done ? {} : { adminAction: { message: step.task, link: step.link } }),
      });
    }
  }

  const schemeIds = [...new Set(companyManaged.map((p) => p.schemeId).filter((id): id is string => id !== undefined))];
  for (const project of companyManaged.filter((p) => p.schemeId === undefined)) {
    add({
      id: `scheme:project:${project.id}`,
      area: 'scheme',
      summary: say('plan.scheme.unknown', { projectKey: project.key }),
      projectIds: [project.id],
      steps: [],
      blocked: say('plan.scheme.unknownBlocked', { projectKey: project.key }),
    });
  }
  for (const schemeId of schemeIds) {
    const scheme = current.schemes.find((s) => s.id === schemeId);
    const users = companyManaged.filter((p) => p.schemeId === schemeId);
    const projectKeys = users.map((p) => p.key).join(', ');
    const first = users[0];
    if (!scheme || !first) continue;
    const brmIds = BRM_TYPE_KEYS.map((t) => brmTypeIdFor(current, first, t, names)).filter((id): id is string => id !== undefined);
    const missing = brmIds.filter((id) => !scheme.issueTypeIds.includes(id));
    const joinByThemselves = scheme.isDefault === true && brmIds.some(isPlaceholder);
    add({
      id: `scheme:${schemeId}`,
      area: 'scheme',
      summary:
        missing.length > 0
          ? say('plan.scheme.add', { types: list(missing.map((id) => issueTypeName(current, id, locale))), scheme: scheme.name, projectKeys })
          : joinByThemselves
            ? say('plan.scheme.joinByThemselves', { scheme: scheme.name, projectKeys })
            : say('plan.scheme.complete', { scheme: scheme.name, projectKeys }),
      projectIds: users.map((p) => p.id),
      steps: missing.length === 0 ? [] : [{ kind: 'addIssueTypesToScheme', schemeId, issueTypeIds: missing }],
    });
  }

  const installed: SnapshotField[] = [];
  for (const fieldKey of APP_FIELD_KEYS) {
    const field = current.fields.find((f) => f.key === fieldKey);
    if (field) {
      installed.push(field);
      continue;
    }
    const fieldName = APP_FIELD_NAMES[fieldKey];
    add({
      id: `field:${fieldKey}`,
      area: 'field',
      summary: say('plan.field.missing', { field: fieldName }),
      projectIds: projects.map((p) => p.id),
      steps: [],
      blocked: say('plan.field.missingBlocked', { field: fieldName, module: fieldKey }),
    });
  }

  for (const field of installed) {
    for (const project of companyManaged) {
      const fieldName = APP_FIELD_NAMES[field.key];
      const steps = fieldSteps(
        current.fields.find((f) => f.key === field.key) ?? field,
        project.id,
        neededIssueTypes(current, latest(project), field.key, names),
      );
      add({
        id: `field:${field.key}:${project.id}`,
        area: 'field',
        summary: say(steps.length === 0 ? 'plan.field.available' : 'plan.field.makeAvailable', {
          field: fieldName,
          projectKey: project.key,
          scope: where(field.key),
        }),
        projectIds: [project.id],
        steps,
      });
    }
  }

  for (const project of companyManaged.filter((p) => p.issueTypeScreenSchemeId === undefined)) {
    add({
      id: `screen:project:${project.id}`,
      area: 'screen',
      summary: say('plan.screen.noScheme', { projectKey: project.key }),
      projectIds: [project.id],
      steps: [],
      blocked: say('plan.screen.noSchemeBlocked', { projectKey: project.key }),
    });
  }
  for (const field of installed) {
    for (const project of companyManaged.filter((p) => p.issueTypeScreenSchemeId !== undefined)) {
      const fieldName = APP_FIELD_NAMES[field.key];
      const latestField = current.fields.find((f) => f.key === field.key) ?? field;
      const planned = screenSteps(current, latest(project), latestField, neededIssueTypes(current, latest(project), field.key, names));
      const id = `screen:${field.key}:${project.id}`;
      if (planned === undefined) {
        add({
          id,
          area: 'screen',
          summary: say('plan.screen.unreadable', { projectKey: project.key }),
          projectIds: [project.id],
          steps: [],
          blocked: say('plan.screen.unreadableBlocked', { projectKey: project.key, scope: where(field.key), field: fieldName }),
          adminAction: {
            message: say('plan.screen.putByHand', { field: fieldName, projectKey: project.key, scope: where(field.key) }),
            link: { page: 'screens', projectKey: project.key },
          },
        });
        continue;
      }
      add({
        id,
        area: 'screen',
        summary:
          planned.steps.length === 0
            ? say('plan.screen.onAll', { field: fieldName, projectKey: project.key, scope: where(field.key) })
            : say('plan.screen.put', {
                field: fieldName,
                operations: list(planned.operations.map((operation) => say(`plan.screen.${operation}`))),
                count: planned.steps.length,
                projectKey: project.key,
                scope: where(field.key),
              }),
        projectIds: [project.id],
        steps: planned.steps,
      });
    }
  }

  for (const project of teamManaged) {
    for (const target of fieldTargets(current, latest(project), locale, names)) {
      const missing = missingLayoutFields(current, latest(project), target);
      const fields = list(target.fieldKeys.map((k) => APP_FIELD_NAMES[k]));
      const subject = { target: target.name, projectKey: project.key };
      const link =
        target.issueTypeId === undefined
          ? { page: 'issueTypes' as const, projectKey: project.key }
          : { page: 'issueTypeFields' as const, projectKey: project.key, issueTypeId: target.issueTypeId };
      add({
        id: `layout:${project.id}:${target.key}`,
        area: 'field',
        summary:
          missing.length === 0
            ? say('plan.layout.offers', { ...subject, fields })
            : target.issueTypeId === undefined
              ? say('plan.layout.typeMissing', { ...subject, fields })
              : say('plan.layout.lacks', { ...subject, missing: list(missing.map((k) => APP_FIELD_NAMES[k])) }),
        projectIds: [project.id],
        steps: [],
        ...(missing.length === 0 ? {} : { adminAction: { message: say('manual.fields.task', { ...subject, fields }), link } }),
      });
    }
  }

  for (const project of projects) {
    for (const key of BRM_REQUEST_TYPE_KEYS) {
      const definition = BRM_REQUEST_TYPES[key];
      const id = `requesttype:${project.id}:${key}`;
      const now = latest(project);
      const existing = requestTypeNamed(now, key, names);
      const issueTypeId = brmTypeIdFor(current, now, definition.issueType, names);
      const typeName =
        brmTypeAmong(current.issueTypes, project.style === 'team-managed' ? project.id : undefined, definition.issueType, names)?.name ??
        issueTypeNaming(definition.issueType, names).name;
      const group = portalGroupStep(current, now, key, locale, names);
      // JSM's API cannot rename a request type: one that exists keeps its name, in whichever language.
      const named = { name: existing?.name ?? requestTypeNaming(key, names).name, projectKey: project.key };
      const groupAction = { message: group.task, link: group.link };
      if (existing) {
        add({
          id,
          area: 'requestType',
          summary: say(group.done ? 'plan.requestType.onPortal' : 'plan.requestType.noGroup', named),
          projectIds: [project.id],
          steps: [],
          ...(group.done ? {} : { adminAction: groupAction }),
        });
      } else if (now.serviceDeskId === undefined) {
        add({
          id,
          area: 'requestType',
          summary: say('plan.requestType.cannotAdd', named),
          projectIds: [project.id],
          steps: [],
          blocked: say('plan.requestType.noPortal', { projectKey: project.key }),
        });
      } else if (issueTypeId === undefined) {
        const teamManagedType = project.style === 'team-managed';
        add({
          id,
          area: 'requestType',
          summary: say('plan.requestType.needsType', { ...named, typeName }),
          projectIds: [project.id],
          steps: [],
          ...(teamManagedType
            ? {
                adminAction: {
                  message: say('plan.requestType.createTypeFirst', { ...named, typeName }),
                  link: { page: 'issueTypes', projectKey: project.key },
                },
              }
            : { blocked: say('plan.requestType.noType', { projectKey: project.key, typeName }) }),
        });
      } else {
        add({
          id,
          area: 'requestType',
          summary: say('plan.requestType.create', named),
          projectIds: [project.id],
          steps: [
            {
              kind: 'createRequestType',
              ref: requestTypePlaceholder(project.id, key),
              projectId: project.id,
              serviceDeskId: now.serviceDeskId,
              requestType: key,
              issueTypeId,
              names,
            },
          ],
          // JSM puts a request type created through its API in no portal group.
          adminAction: groupAction,
        });
      }
    }
  }

  return { items };
}
