import { defaultLayoutFieldIds } from '../jira/fields/screens';
import { JSM_FIELDS } from '../jira/fields/system-fields';
import { DEFAULT_MAPPING, type IssueTypeScreenScheme, type JiraIssueType, type JiraProject, type Screen, type ScreenScheme } from '../jira/model';
import { SYSTEM_SCREEN_FIELDS } from '../jira/store/baseline-screens';
import type { JiraStore } from '../jira/store/jira-store';

/**
 * The screens of the demo projects, as Jira Service Management sets them up:
 * - ACME (company-managed) gets its own issue type screen scheme: its issue types, and through the
 *   `default` entry any type added later, use a screen scheme with a create, an edit and a view
 *   screen holding the system fields and JSM's Request Type and Organizations fields;
 * - FIELD (team-managed) gets a field layout per issue type with the same fields.
 * No custom field is on a screen: a new field (an app's too) shows nowhere until someone adds it.
 */

const JSM_SCREEN_FIELDS = [...SYSTEM_SCREEN_FIELDS, JSM_FIELDS.requestType.id, JSM_FIELDS.organizations.id];

function screen(store: JiraStore, name: string, description: string): Screen {
  const created: Screen = {
    id: store.nextId('screen'),
    name,
    description,
    tabs: [{ id: store.nextId('screenTab'), name: 'Field Tab', fieldIds: [...JSM_SCREEN_FIELDS] }],
  };
  return store.docs.screens.put(created);
}

/** ACME's JSM screens, screen scheme and issue type screen scheme; returns the project using them. */
export function seedServiceProjectScreens(store: JiraStore, project: JiraProject, types: readonly JiraIssueType[]): JiraProject {
  const prefix = `${project.key}: Jira Service Management`;
  const create = screen(store, `${prefix} Create Issue Screen`, `The fields an agent fills in to create an issue in ${project.name}.`);
  const edit = screen(store, `${prefix} Edit Issue Screen`, `The fields an agent can change on an issue of ${project.name}.`);
  const view = screen(store, `${prefix} View Issue Screen`, `The fields the issue view of ${project.name} shows.`);
  const screenScheme: ScreenScheme = {
    id: store.nextId('screenScheme'),
    name: `${prefix} Screen Scheme`,
    description: `Screens of ${project.name}.`,
    screens: { default: view.id, create: create.id, edit: edit.id, view: view.id },
  };
  store.docs.screenSchemes.put(screenScheme);
  const scheme: IssueTypeScreenScheme = {
    id: store.nextId('issueTypeScreenScheme'),
    name: `${prefix} Issue Type Screen Scheme`,
    description: `Which screens each issue type of ${project.name} uses.`,
    mappings: [
      { issueTypeId: DEFAULT_MAPPING, screenSchemeId: screenScheme.id },
      ...types.map((t) => ({ issueTypeId: t.id, screenSchemeId: screenScheme.id })),
    ],
  };
  store.docs.issueTypeScreenSchemes.put(scheme);
  return store.docs.projects.put({ ...project, issueTypeScreenSchemeId: scheme.id });
}

/** A field layout for each of a team-managed project's issue types. */
export function seedFieldLayouts(store: JiraStore, project: JiraProject, types: readonly JiraIssueType[]): void {
  for (const type of types) store.docs.fieldLayouts.put({ id: type.id, projectId: project.id, fieldIds: defaultLayoutFieldIds(project) });
}
