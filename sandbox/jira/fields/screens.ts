import {
  DEFAULT_MAPPING,
  type FieldLayout,
  type IssueTypeScreenScheme,
  type JiraProject,
  type Screen,
  type ScreenOperation,
  type ScreenScheme,
} from '../model';
import { SYSTEM_SCREEN_FIELDS } from '../store/baseline-screens';
import type { JiraStore } from '../store/jira-store';
import { JSM_FIELDS } from './system-fields';

/**
 * Which fields a create, edit or view of an issue offers, as Jira decides it:
 * - company-managed projects: project -> issue type screen scheme -> the screen scheme of the
 *   issue type (or of the `default` entry) -> the screen of the operation (or the default screen)
 *   -> the fields of all its tabs;
 * - team-managed projects: the field layout of the issue type, the same for every operation.
 */

/** The fields a new team-managed issue type starts with; a service project's include JSM's two. */
export function defaultLayoutFieldIds(project: JiraProject): string[] {
  const jsm = project.projectTypeKey === 'service_desk' ? [JSM_FIELDS.requestType.id, JSM_FIELDS.organizations.id] : [];
  return [...SYSTEM_SCREEN_FIELDS, ...jsm];
}

/** The field layout of a team-managed issue type; a type without one (older data) has the default fields. */
export function fieldLayoutOf(store: JiraStore, project: JiraProject, issueTypeId: string): FieldLayout {
  return store.docs.fieldLayouts.get(issueTypeId) ?? { id: issueTypeId, projectId: project.id, fieldIds: defaultLayoutFieldIds(project) };
}

/** The screen scheme an issue type of the project uses: its own entry, else the `default` one. */
export function screenSchemeFor(store: JiraStore, scheme: IssueTypeScreenScheme, issueTypeId: string): ScreenScheme | undefined {
  const entry = scheme.mappings.find((m) => m.issueTypeId === issueTypeId) ?? scheme.mappings.find((m) => m.issueTypeId === DEFAULT_MAPPING);
  return entry ? store.docs.screenSchemes.get(entry.screenSchemeId) : undefined;
}

/** The screen a company-managed project shows for an operation on an issue type. */
export function screenOf(store: JiraStore, project: JiraProject, issueTypeId: string, operation: ScreenOperation): Screen | undefined {
  const screenScheme = screenSchemeFor(store, store.screenSchemeOfProject(project), issueTypeId);
  if (!screenScheme) return undefined;
  return store.docs.screens.get(screenScheme.screens[operation] ?? screenScheme.screens.default);
}

export const screenFields = (screen: Screen): string[] => screen.tabs.flatMap((t) => t.fieldIds);

/** The ids of the fields an operation on an issue of this project and type offers. */
export function screenFieldIds(store: JiraStore, project: JiraProject, issueTypeId: string, operation: ScreenOperation): ReadonlySet<string> {
  if (project.style === 'next-gen') return new Set(fieldLayoutOf(store, project, issueTypeId).fieldIds);
  const screen = screenOf(store, project, issueTypeId, operation);
  return new Set(screen ? screenFields(screen) : []);
}

/** The screens a company-managed project's issue types use, each once, in the order they are first met. */
export function screensOfProject(store: JiraStore, project: JiraProject): Screen[] {
  if (project.style === 'next-gen') return [];
  const seen = new Map<string, Screen>();
  for (const type of store.issueTypesOfProject(project)) {
    for (const operation of ['create', 'edit', 'view'] as const) {
      const screen = screenOf(store, project, type.id, operation);
      if (screen && !seen.has(screen.id)) seen.set(screen.id, screen);
    }
  }
  return [...seen.values()];
}
