import { z } from 'zod';
import { screenableFieldIds } from '../../../jira/fields/screen-edits';
import { screenOf, screensOfProject } from '../../../jira/fields/screens';
import type { JiraProject, Screen } from '../../../jira/model';
import type { JiraStore } from '../../../jira/store/jira-store';
import { fieldName } from '../../../jira/shapes/screen';
import { html, type Html } from '../../html';
import { emptyState } from '../components';
import type { PageContext } from '../page-context';
import { fieldOptions, fieldTable } from './fields-list';
import { isPage, refusalOf, selectForm, settingsPage, settingsProject, type Refusal, type SettingsAction, type SettingsPage } from './page-kit';
import { PROJECT_SETTINGS } from './paths';

const companyManaged = (project: { style: string }): boolean => project.style !== 'next-gen';

/** Where a screen tab's forms post. */
export const screenTabActions = (projectKey: string, screenId: string, tabId: string) => {
  const base = `${PROJECT_SETTINGS.screens(projectKey)}/${encodeURIComponent(screenId)}/tabs/${encodeURIComponent(tabId)}/fields`;
  return { add: base, remove: `${base}/remove` };
};

/** Which of the project's issue types use a screen, for which operation ("Create: Incident, Task"). */
function usesOf(store: JiraStore, project: JiraProject, screen: Screen): string[] {
  const types = store.issueTypesOfProject(project);
  return (['create', 'edit', 'view'] as const).flatMap((operation) => {
    const names = types.filter((t) => screenOf(store, project, t.id, operation)?.id === screen.id).map((t) => t.name);
    return names.length > 0 ? [`${operation[0]?.toUpperCase() ?? ''}${operation.slice(1)}: ${names.join(', ')}`] : [];
  });
}

function screenSection(store: JiraStore, project: JiraProject, screen: Screen): Html {
  const onScreen = new Set(screen.tabs.flatMap((t) => t.fieldIds));
  const addable = screenableFieldIds(store).filter((id) => !onScreen.has(id));
  return html`<section class="settings-section" aria-labelledby="screen-${screen.id}" data-testid="screen-${screen.id}">
    <h2 id="screen-${screen.id}">${screen.name}</h2>
    <ul class="subtle small">${usesOf(store, project, screen).map((use) => html`<li>${use}</li>`)}</ul>
    ${screen.tabs.map((tab) => {
      const actions = screenTabActions(project.key, screen.id, tab.id);
      return html`<h3>${tab.name}</h3>
        ${fieldTable(store, tab.fieldIds, actions.remove, screen.name, `screen-fields-${screen.id}`)}
        ${selectForm(actions.add, `add-field-${screen.id}-${tab.id}`, 'fieldId', `Field to add to ${screen.name}`, fieldOptions(store, addable), 'Add field', `add-screen-field-${screen.id}`)}`;
    })}
  </section>`;
}

/**
 * `.../settings/screens` of a company-managed project: the screens its issue types use (through
 * its issue type screen scheme), their fields, and forms to add or remove a field. Changes go
 * through Jira's screens REST as the signed-in admin, so the REST's rules apply.
 */
export function screensPage(ctx: PageContext, projectKey: string, refusal: Refusal | undefined = undefined): SettingsPage {
  const found = settingsProject(ctx, projectKey, 'screens', companyManaged);
  if (isPage(found)) return found;
  const project = found;
  const store = ctx.sandbox.jira.store;
  const screens = screensOfProject(store, project);
  const added = ctx.url.searchParams.get('added');
  const removed = ctx.url.searchParams.get('removed');
  const done = added
    ? `${fieldName(store, added)} was added to the screen.`
    : removed
      ? `${fieldName(store, removed)} was removed from the screen.`
      : undefined;
  const body = html`<p class="subtle">The screens of ${project.name}'s issue types, from its issue type screen scheme: a field can be set when an issue is created or edited only if it is on that operation's screen.</p>
    ${screens.length === 0 ? emptyState('No screens', 'The project has no issue types yet.') : screens.map((screen) => screenSection(store, project, screen))}`;
  return settingsPage(ctx, project, 'screens', 'Screens', body, { done, refusal });
}

const screenableField = z.object({ id: z.string(), name: z.string() }).passthrough();

/** Adds or removes a field of one of the project's screens with Add / Remove screen tab field, as the signed-in user. */
export async function changeScreenField(
  ctx: PageContext,
  projectKey: string,
  screenId: string,
  tabId: string,
  fieldId: string,
  change: 'add' | 'remove',
): Promise<SettingsAction> {
  const found = settingsProject(ctx, projectKey, 'screens', companyManaged);
  if (isPage(found)) return found;
  const ofProject = screensOfProject(ctx.sandbox.jira.store, found).some((s) => s.id === screenId);
  if (!ofProject) return screensPage(ctx, projectKey, { status: 404, message: `${found.name} does not use a screen with id '${screenId}'.` });
  const path = `/rest/api/3/screens/${encodeURIComponent(screenId)}/tabs/${encodeURIComponent(tabId)}/fields`;
  const answer =
    change === 'add'
      ? await ctx.reads.send('POST', path, { fieldId }, screenableField)
      : await ctx.reads.send('DELETE', `${path}/${encodeURIComponent(fieldId)}`, undefined, z.unknown());
  if (!answer.ok) return screensPage(ctx, projectKey, refusalOf(answer.failure));
  return { redirect: `${PROJECT_SETTINGS.screens(found.key)}?${change === 'add' ? 'added' : 'removed'}=${encodeURIComponent(fieldId)}` };
}
