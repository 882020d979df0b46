import fc from 'fast-check';
import { APP_CONTEXT_NAME, APP_FIELD_KEYS, type AppFieldKey } from '#provisioning/domain/app-fields';
import { BRM_ISSUE_TYPES } from '#provisioning/domain/issue-types';
import {
  DEFAULT_MAPPING,
  noScreens,
  type ProvisioningSnapshot,
  type SnapshotField,
  type SnapshotFieldContext,
  type SnapshotIssueType,
  type SnapshotProject,
  type SnapshotScreens,
} from '#provisioning/domain/snapshot';

/** Builders and a fast-check generator of Jira states as provisioning reads them. */

export const BRM_NAMES = ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'] as const;
const OTHER_GLOBAL = ['Service Request', 'Incident', 'Task'] as const;
const REQUEST_TYPE_NAMES = ['Raise a complaint', 'Give a compliment', 'Get IT help'] as const;

export function companyProject(id: string, key: string, schemeId: string | undefined, extra: Partial<SnapshotProject> = {}): SnapshotProject {
  return {
    id,
    key,
    name: `${key} desk`,
    style: 'company-managed',
    serviceDeskId: `sd-${id}`,
    ...(schemeId ? { schemeId } : {}),
    issueTypeScreenSchemeId: 'itss1',
    requestTypes: [],
    ...extra,
  };
}

/**
 * One issue type screen scheme (`itss1`) sending every issue type to one screen scheme with a
 * create, an edit and a view screen (`sc-create`, `sc-edit`, `sc-view`), each with one tab holding
 * the given fields.
 */
export function jsmScreens(fieldIds: string[] = ['summary', 'description']): SnapshotScreens {
  const screen = (id: string) => ({ id, tabs: [{ id: `${id}-tab`, fieldIds: [...fieldIds] }] });
  return {
    issueTypeScreenSchemes: [{ id: 'itss1', mappings: [{ issueTypeId: DEFAULT_MAPPING, screenSchemeId: 'ss1' }] }],
    screenSchemes: [{ id: 'ss1', screens: { default: 'sc-view', create: 'sc-create', edit: 'sc-edit', view: 'sc-view' } }],
    screens: [screen('sc-create'), screen('sc-edit'), screen('sc-view')],
  };
}

export function teamProject(id: string, key: string, extra: Partial<SnapshotProject> = {}): SnapshotProject {
  return { id, key, name: `${key} desk`, style: 'team-managed', serviceDeskId: `sd-${id}`, requestTypes: [], ...extra };
}

export const globalContext = (id: string, issueTypeIds: string[] | 'any'): SnapshotFieldContext => ({
  id,
  name: 'Default Configuration Scheme',
  isGlobal: true,
  isAnyIssueType: issueTypeIds === 'any',
  projectIds: [],
  issueTypeIds: issueTypeIds === 'any' ? [] : issueTypeIds,
});

export const projectContext = (id: string, name: string, projectIds: string[], issueTypeIds: string[] | 'any'): SnapshotFieldContext => ({
  id,
  name,
  isGlobal: false,
  isAnyIssueType: issueTypeIds === 'any',
  projectIds,
  issueTypeIds: issueTypeIds === 'any' ? [] : issueTypeIds,
});

/** Every app field with the one global, any-issue-type context Forge gives a new field. */
export const defaultFields = (): SnapshotField[] =>
  APP_FIELD_KEYS.map((key, i) => ({ key, fieldId: `customfield_1005${i}`, contexts: [globalContext(`ctx-${key}`, 'any')] }));

export { noScreens };

export const fieldsWith = (contexts: (key: AppFieldKey) => SnapshotFieldContext[]): SnapshotField[] =>
  APP_FIELD_KEYS.map((key, i) => ({ key, fieldId: `customfield_1005${i}`, contexts: contexts(key) }));

const maxProjects = 4;

const fieldShape = fc.record({
  present: fc.integer({ min: 0, max: 9 }).map((n) => n !== 0),
  global: fc.option(fc.record({ any: fc.boolean(), types: fc.subarray([0, 1, 2, 3, 4, 5, 6]) }), { nil: undefined }),
  appContext: fc.option(fc.record({ any: fc.boolean(), types: fc.subarray([0, 1, 2, 3, 4, 5, 6]) }), { nil: undefined }),
  otherTypes: fc.subarray([0, 1, 2, 3, 4, 5, 6]),
  /** Per project: 0 none, 1 the app context, 2 another project context. */
  assignment: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: maxProjects, maxLength: maxProjects }),
});

const shape = fc.record({
  projectCount: fc.integer({ min: 1, max: maxProjects }),
  teamManaged: fc.array(fc.boolean(), { minLength: maxProjects, maxLength: maxProjects }),
  withoutDesk: fc.array(
    fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    { minLength: maxProjects, maxLength: maxProjects },
  ),
  globalBrm: fc.subarray([...BRM_NAMES]),
  shoutNames: fc.boolean(),
  /** What Jira reports as each BRM type's icon: nothing, the app's, or another one. */
  brmAvatars: fc.array(fc.constantFrom('unreported' as const, 'own' as const, 'other' as const), { minLength: 8, maxLength: 8 }),
  scopedBrm: fc.array(fc.subarray([...BRM_NAMES]), { minLength: maxProjects, maxLength: maxProjects }),
  schemeOf: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: maxProjects, maxLength: maxProjects }),
  schemeContents: fc.array(fc.subarray([0, 1, 2, 3, 4, 5, 6]), { minLength: 3, maxLength: 3 }),
  requestTypes: fc.array(fc.subarray([...REQUEST_TYPE_NAMES]), { minLength: maxProjects, maxLength: maxProjects }),
  /** Per request type slot: whether it is in a portal group. */
  grouped: fc.array(fc.boolean(), { minLength: maxProjects * 3, maxLength: maxProjects * 3 }),
  /** Whether scheme s0 is Jira's default issue type scheme. */
  defaultScheme: fc.boolean(),
  /** Per project: its issue type screen scheme (0 or 1), or none reported (-1). */
  screenSchemeOf: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: maxProjects, maxLength: maxProjects }),
  /** Per screen (4): which app fields it already holds, on which of its tabs. */
  screenFields: fc.array(fc.subarray([0, 1, 2, 3, 4, 5, 6]), { minLength: 4, maxLength: 4 }),
  /** Which global types (by index) issue type screen scheme 1 maps to its second screen scheme. */
  mappedTypes: fc.subarray([0, 1, 2, 3, 4, 5, 6]),
  /** Per project: which app fields its team-managed types offer already. */
  layoutFields: fc.array(fc.subarray([0, 1, 2, 3, 4, 5, 6]), { minLength: maxProjects, maxLength: maxProjects }),
  fields: fc.array(fieldShape, { minLength: APP_FIELD_KEYS.length, maxLength: APP_FIELD_KEYS.length }),
  selection: fc.array(fc.integer({ min: 0, max: maxProjects + 1 }), { minLength: 1, maxLength: 6 }),
});

const OWN_AVATARS: Record<(typeof BRM_NAMES)[number], number> = {
  Complaint: BRM_ISSUE_TYPES.complaint.avatarId,
  Compliment: BRM_ISSUE_TYPES.compliment.avatarId,
  'Business Case': BRM_ISSUE_TYPES.businessCase.avatarId,
  'Service Requirement': BRM_ISSUE_TYPES.serviceRequirement.avatarId,
};

function avatarOf(name: (typeof BRM_NAMES)[number], reported: 'unreported' | 'own' | 'other' | undefined): { avatarId?: number } {
  if (reported === 'own') return { avatarId: OWN_AVATARS[name] };
  if (reported === 'other') return { avatarId: 10318 };
  return {};
}

export interface GeneratedCase {
  snapshot: ProvisioningSnapshot;
  projectIds: string[];
}

function build(s: ShapeValue): GeneratedCase {
  const projectIds = Array.from({ length: s.projectCount }, (_, i) => String(10000 + i));
  const globals: SnapshotIssueType[] = [
    ...OTHER_GLOBAL.map((name, i) => ({ id: String(1 + i), name })),
    ...s.globalBrm.map((name, i) => ({ id: String(100 + i), name: s.shoutNames ? name.toUpperCase() : name, ...avatarOf(name, s.brmAvatars[i]) })),
  ];
  const globalIdAt = (index: number): string | undefined => globals[index % Math.max(globals.length, 1)]?.id;
  const scoped: SnapshotIssueType[] = [];
  const projects: SnapshotProject[] = projectIds.map((id, i) => {
    const tm = s.teamManaged[i] ?? false;
    const key = `P${i}`;
    const own = tm ? (s.scopedBrm[i] ?? []).map((name, j) => ({ id: `${id}${200 + j}`, name, projectId: id, ...avatarOf(name, s.brmAvatars[4 + j]) })) : [];
    scoped.push(...own);
    const usable = tm ? [{ id: `${id}900`, name: 'Request', projectId: id }, ...own] : globals;
    if (tm) scoped.push({ id: `${id}900`, name: 'Request', projectId: id });
    const requestTypes = (s.requestTypes[i] ?? []).map((name, j) => ({
      id: `${id}-rt-${j}`,
      name,
      issueTypeId: usable[j % usable.length]?.id ?? '1',
      groupIds: s.grouped[i * 3 + j] ? ['g1'] : [],
    }));
    const scheme = s.schemeOf[i] ?? 0;
    const screenScheme = s.screenSchemeOf[i] ?? 0;
    const layoutIds = (s.layoutFields[i] ?? []).map((f) => `customfield_2000${f}`);
    const layouts = Object.fromEntries(usable.map((t) => [t.id, ['summary', ...layoutIds]]));
    const project = tm
      ? teamProject(id, key, { requestTypes, layouts })
      : companyProject(
          id,
          key,
          scheme < 0 ? undefined : `s${scheme}`,
          screenScheme < 0 ? { requestTypes, issueTypeScreenSchemeId: undefined } : { requestTypes, issueTypeScreenSchemeId: `itss${screenScheme}` },
        );
    if (!s.withoutDesk[i]) return project;
    const { serviceDeskId: _desk, ...withoutDesk } = project;
    return { ...withoutDesk, requestTypes: [] };
  });
  const schemes = [0, 1, 2].map((n) => ({
    id: `s${n}`,
    name: `Scheme ${n}`,
    issueTypeIds: [...new Set((s.schemeContents[n] ?? []).map(globalIdAt).filter((id): id is string => id !== undefined))],
    ...(n === 0 && s.defaultScheme ? { isDefault: true } : {}),
  }));
  const screenIds = ['sc0', 'sc1', 'sc2', 'sc3'];
  const screens: SnapshotScreens = {
    issueTypeScreenSchemes: [
      { id: 'itss0', mappings: [{ issueTypeId: DEFAULT_MAPPING, screenSchemeId: 'ss0' }] },
      {
        id: 'itss1',
        mappings: [
          { issueTypeId: DEFAULT_MAPPING, screenSchemeId: 'ss0' },
          ...[...new Set(s.mappedTypes.map(globalIdAt))]
            .filter((id): id is string => id !== undefined)
            .map((issueTypeId) => ({ issueTypeId, screenSchemeId: 'ss1' })),
        ],
      },
    ],
    screenSchemes: [
      { id: 'ss0', screens: { default: 'sc0', create: 'sc1' } },
      { id: 'ss1', screens: { default: 'sc2', edit: 'sc3', view: 'sc2' } },
    ],
    screens: screenIds.map((id, n) => ({
      id,
      tabs: [
        { id: `${id}-t1`, fieldIds: ['summary', ...(s.screenFields[n] ?? []).filter((f) => f % 2 === 0).map((f) => `customfield_2000${f}`)] },
        { id: `${id}-t2`, fieldIds: (s.screenFields[n] ?? []).filter((f) => f % 2 === 1).map((f) => `customfield_2000${f}`) },
      ],
    })),
  };
  const allTypeIds = [...globals, ...scoped].map((t) => t.id);
  const typesAt = (indexes: number[]): string[] => [
    ...new Set(indexes.map((i) => allTypeIds[i % allTypeIds.length]).filter((id): id is string => id !== undefined)),
  ];
  const fields: SnapshotField[] = [];
  APP_FIELD_KEYS.forEach((key, f) => {
    const spec = s.fields[f];
    if (!spec || !spec.present) return;
    const contexts: SnapshotFieldContext[] = [];
    if (spec.global) contexts.push(globalContext(`${key}-global`, spec.global.any ? 'any' : typesAt(spec.global.types)));
    const assigned = (value: number) => projectIds.filter((_, i) => spec.assignment[i] === value);
    if (spec.appContext || assigned(1).length > 0) {
      const app = spec.appContext ?? { any: false, types: [] };
      contexts.push(projectContext(`${key}-app`, APP_CONTEXT_NAME, assigned(1), app.any ? 'any' : typesAt(app.types)));
    }
    if (assigned(2).length > 0) contexts.push(projectContext(`${key}-other`, 'Admin context', assigned(2), typesAt(spec.otherTypes)));
    fields.push({ key, fieldId: `customfield_2000${f}`, contexts });
  });
  const selection = s.selection.map((i) => projectIds[i] ?? `999${i}`);
  return { snapshot: { issueTypes: [...globals, ...scoped], schemes, projects, fields, screens }, projectIds: selection };
}

type ShapeValue = typeof shape extends fc.Arbitrary<infer T> ? T : never;

/** Random but valid Jira states: one context per project per field, request types on types the project has. */
export const arbitraryCase: fc.Arbitrary<GeneratedCase> = shape.map((s) => build(s));
