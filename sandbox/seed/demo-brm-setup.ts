import { screenOf } from '../jira/fields/screens';
import { addFieldToTab } from '../jira/fields/screen-edits';
import type { FieldContext, JiraField, JiraIssueType, JiraProject, RequestType, RequestTypeGroup } from '../jira/model';
import type { JiraStore } from '../jira/store/jira-store';

/**
 * BRM set up in a company-managed service project, as the app's provisioning leaves it once a Jira
 * admin has also put its request types in a portal group. The sandbox does not import the app, so
 * what provisioning writes is held here as data; an integration test
 * (test/integration/demo-brm-setup.test.ts) holds it to the app: after seeding, the app's plan for
 * ACME writes nothing and the admin page shows ACME set up.
 */

/** The four issue types, as the app creates them (global types; Jira system avatars set right after). */
export const DEMO_BRM_TYPES = {
  complaint: {
    name: 'Complaint',
    description: 'Negative feedback from a customer about a service, tracked until it is resolved with corrective and preventive measures.',
    avatarId: 10303,
  },
  compliment: {
    name: 'Compliment',
    description: 'Positive feedback from a customer about a service or the people who deliver it.',
    avatarId: 10300,
  },
  businessCase: {
    name: 'Business Case',
    description: 'The case for a new or changed service: planned and actual cost, expected benefit, decision and strategic relevance.',
    avatarId: 10311,
  },
  serviceRequirement: {
    name: 'Service Requirement',
    description: 'A requirement a customer has of a service, linked to that customer and that service.',
    avatarId: 10315,
  },
} as const;
export type DemoBrmType = keyof typeof DEMO_BRM_TYPES;
const BRM_TYPE_KEYS = ['complaint', 'compliment', 'businessCase', 'serviceRequirement'] as const satisfies readonly DemoBrmType[];

/** The icon Create issue type (POST /rest/api/3/issuetype) gives a new standard type. */
const NEW_TYPE_ICON = '/images/icons/issuetypes/genericissue.svg';

/**
 * The app's fields by their `jira:customField` module key, in the order the app provisions them, and
 * the issue types each must reach: Customer and Service on every BRM type and on the issue types of
 * the project's request types, the Business Case figures on Business Case.
 */
export const DEMO_BRM_FIELDS = [
  { moduleKey: 'brm-customer', brmTypes: BRM_TYPE_KEYS, onRequestTypes: true },
  { moduleKey: 'brm-service', brmTypes: BRM_TYPE_KEYS, onRequestTypes: true },
  { moduleKey: 'brm-planned-cost', brmTypes: ['businessCase'], onRequestTypes: false },
  { moduleKey: 'brm-actual-cost', brmTypes: ['businessCase'], onRequestTypes: false },
  { moduleKey: 'brm-expected-benefit', brmTypes: ['businessCase'], onRequestTypes: false },
  { moduleKey: 'brm-decision', brmTypes: ['businessCase'], onRequestTypes: false },
  { moduleKey: 'brm-strategic', brmTypes: ['businessCase'], onRequestTypes: false },
] as const satisfies readonly { moduleKey: string; brmTypes: readonly DemoBrmType[]; onRequestTypes: boolean }[];
export type DemoFieldKey = (typeof DEMO_BRM_FIELDS)[number]['moduleKey'];

/** The field context the app creates where a project has none that covers its types. */
export const DEMO_BRM_CONTEXT_NAME = 'BRM for Jira Service Management';
const contextDescription = (fieldName: string): string => `Where the ${fieldName} field of BRM for Jira Service Management applies.`;

/** The portal request types the app creates, and the portal group the admin puts them in. */
export const DEMO_BRM_REQUEST_TYPES = {
  complaint: {
    name: 'Raise a complaint',
    description: 'Tell us what went wrong with a service, so that we can put it right.',
    helpText: 'Describe what happened, when, and how it affected you.',
    issueType: 'complaint',
  },
  compliment: {
    name: 'Give a compliment',
    description: 'Tell us what went well, and who made it happen.',
    helpText: 'Name the service or the people you would like to thank.',
    issueType: 'compliment',
  },
} as const satisfies Record<string, { name: string; description: string; helpText: string; issueType: DemoBrmType }>;
export type DemoBrmRequestType = keyof typeof DEMO_BRM_REQUEST_TYPES;

/** What the set-up left in Jira, for the seeder's BRM tickets and for tests. */
export interface BrmSetup {
  types: Record<DemoBrmType, JiraIssueType>;
  /** The app's fields by module key. */
  fields: Record<DemoFieldKey, JiraField>;
  requestTypes: Record<DemoBrmRequestType, RequestType>;
}

export interface BrmSetupTarget {
  project: JiraProject;
  serviceDeskId: string;
  /** The portal group the admin puts the app's request types in. */
  group: RequestTypeGroup;
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A global type as Create issue type makes it (joining the default scheme), with its icon set as Update issue type does. */
function globalType(store: JiraStore, key: DemoBrmType): JiraIssueType {
  const { name, description, avatarId } = DEMO_BRM_TYPES[key];
  const existing = store.issueTypes().find((t) => t.scopeProjectId === undefined && sameName(t.name, name));
  if (existing) return existing.avatarId === avatarId ? existing : store.docs.issueTypes.put({ ...existing, avatarId });
  const type = store.docs.issueTypes.put({
    id: store.nextId('issueType'),
    name,
    description,
    iconUrl: NEW_TYPE_ICON,
    subtask: false,
    hierarchyLevel: 0,
    avatarId,
  });
  const scheme = store.defaultScheme();
  store.docs.issueTypeSchemes.put({ ...scheme, issueTypeIds: [...scheme.issueTypeIds, type.id] });
  return type;
}

/** The app's field registered for a module (Jira's `schema.custom` ends in `/static/<moduleKey>`). */
function appField(store: JiraStore, moduleKey: string): JiraField {
  const field = store.fields().find((f) => f.schemaCustom?.endsWith(`/static/${moduleKey}`) === true);
  if (!field) throw new Error(`The app's field ${moduleKey} is not registered: install the app (jira.installApp) before seeding.`);
  return field;
}

/** Throws, naming what to do, unless every app field the set-up needs is registered. */
export function requireAppFields(store: JiraStore): void {
  for (const { moduleKey } of DEMO_BRM_FIELDS) appField(store, moduleKey);
}

/**
 * Makes a field apply to `issueTypeIds` in the project, as provisioning does: the context that lists
 * the project, else the global one, is widened when it names its types; else the app's named context
 * takes the project in; else the app creates that context for the project. A context for any issue
 * type (a Forge field's global context when installed) needs nothing.
 */
function makeAvailable(store: JiraStore, field: JiraField, projectId: string, issueTypeIds: readonly string[]): void {
  const contexts = store.docs.fieldContexts.filter((c) => c.fieldId === field.id);
  const missingFrom = (context: FieldContext): string[] => (context.isAnyIssueType ? [] : issueTypeIds.filter((id) => !context.issueTypeIds.includes(id)));
  const withTypes = (context: FieldContext, missing: readonly string[]): FieldContext =>
    missing.length === 0 ? context : { ...context, isAnyIssueType: false, issueTypeIds: [...context.issueTypeIds, ...missing] };
  const effective = contexts.find((c) => !c.isGlobalContext && c.projectIds.includes(projectId)) ?? contexts.find((c) => c.isGlobalContext);
  if (effective) {
    const missing = missingFrom(effective);
    if (missing.length > 0) store.docs.fieldContexts.put(withTypes(effective, missing));
    return;
  }
  const named = contexts.find((c) => !c.isGlobalContext && sameName(c.name, DEMO_BRM_CONTEXT_NAME));
  if (named) {
    store.docs.fieldContexts.put(withTypes({ ...named, projectIds: [...named.projectIds, projectId] }, missingFrom(named)));
    return;
  }
  store.docs.fieldContexts.put({
    id: store.nextId('fieldContext'),
    fieldId: field.id,
    name: DEMO_BRM_CONTEXT_NAME,
    description: contextDescription(field.name),
    isGlobalContext: false,
    isAnyIssueType: false,
    projectIds: [projectId],
    issueTypeIds: [...issueTypeIds],
  });
}

/** Puts a field on the create, edit and view screens of `issueTypeIds` in a company-managed project (first tab), each screen once. */
function putOnScreens(store: JiraStore, project: JiraProject, field: JiraField, issueTypeIds: readonly string[]): void {
  for (const typeId of issueTypeIds) {
    for (const operation of ['create', 'edit', 'view'] as const) {
      const screen = screenOf(store, project, typeId, operation);
      const tab = screen?.tabs[0];
      if (screen && tab && !screen.tabs.some((t) => t.fieldIds.includes(field.id))) addFieldToTab(store, screen, tab.id, field.id);
    }
  }
}

/**
 * Sets BRM up in a company-managed service project: the four global issue types with their icons,
 * added to the project's issue type scheme; the app's fields available and on the create, edit and
 * view screens for their issue types; the two request types on the desk, in `group`.
 */
export function seedBrmSetup(store: JiraStore, target: BrmSetupTarget): BrmSetup {
  const { project } = target;
  if (project.style !== 'classic') throw new Error(`${project.key} is team-managed: only an admin can add issue types and fields there.`);
  const types: Record<DemoBrmType, JiraIssueType> = {
    complaint: globalType(store, 'complaint'),
    compliment: globalType(store, 'compliment'),
    businessCase: globalType(store, 'businessCase'),
    serviceRequirement: globalType(store, 'serviceRequirement'),
  };

  const scheme = store.schemeOfProject(project);
  const missing = BRM_TYPE_KEYS.map((key) => types[key].id).filter((id) => !scheme.issueTypeIds.includes(id));
  if (missing.length > 0) store.docs.issueTypeSchemes.put({ ...scheme, issueTypeIds: [...scheme.issueTypeIds, ...missing] });

  const fields: Record<DemoFieldKey, JiraField> = {
    'brm-customer': appField(store, 'brm-customer'),
    'brm-service': appField(store, 'brm-service'),
    'brm-planned-cost': appField(store, 'brm-planned-cost'),
    'brm-actual-cost': appField(store, 'brm-actual-cost'),
    'brm-expected-benefit': appField(store, 'brm-expected-benefit'),
    'brm-decision': appField(store, 'brm-decision'),
    'brm-strategic': appField(store, 'brm-strategic'),
  };
  const requestTypeIssueTypes = store.docs.requestTypes.filter((r) => r.serviceDeskId === target.serviceDeskId).map((r) => r.issueTypeId);
  const needs = DEMO_BRM_FIELDS.map((definition) => {
    const ids = definition.brmTypes.map((key) => types[key].id);
    return { field: fields[definition.moduleKey], typeIds: [...new Set(definition.onRequestTypes ? [...ids, ...requestTypeIssueTypes] : ids)] };
  });
  for (const { field, typeIds } of needs) makeAvailable(store, field, project.id, typeIds);
  for (const { field, typeIds } of needs) putOnScreens(store, project, field, typeIds);

  const requestType = (key: DemoBrmRequestType): RequestType => {
    const { name, description, helpText, issueType } = DEMO_BRM_REQUEST_TYPES[key];
    const existing = store.docs.requestTypes.find((r) => r.serviceDeskId === target.serviceDeskId && sameName(r.name, name));
    return (
      existing ??
      store.docs.requestTypes.put({
        id: store.nextId('requestType'),
        serviceDeskId: target.serviceDeskId,
        issueTypeId: types[issueType].id,
        name,
        description,
        helpText,
        groupIds: [target.group.id],
      })
    );
  };
  return { types, fields, requestTypes: { complaint: requestType('complaint'), compliment: requestType('compliment') } };
}
