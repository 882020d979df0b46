import { screenableFieldIds } from '../../../jira/fields/screen-edits';
import { fieldLayoutOf } from '../../../jira/fields/screens';
import { fieldName } from '../../../jira/shapes/screen';
import { html } from '../../html';
import { sectionMessage } from '../components';
import type { PageContext } from '../page-context';
import { fieldOptions, fieldTable } from './fields-list';
import { isPage, refusalOfError, selectForm, settingsPage, settingsProject, type Refusal, type SettingsAction, type SettingsPage } from './page-kit';
import { PROJECT_SETTINGS } from './paths';

const teamManaged = (project: { style: string }): boolean => project.style === 'next-gen';

/** Where the fields page's forms post. */
export const issueTypeFieldActions = (projectKey: string, issueTypeId: string) => ({
  add: `${PROJECT_SETTINGS.issueTypeFields(projectKey, issueTypeId)}/fields`,
  remove: `${PROJECT_SETTINGS.issueTypeFields(projectKey, issueTypeId)}/fields/remove`,
});

/**
 * `.../settings/issuetypes/<id>` of a team-managed project: the fields of one issue type (create,
 * edit and view all use them), with a form to add any field, Forge fields included, and a button
 * to remove each.
 */
export function issueTypeFieldsPage(ctx: PageContext, projectKey: string, issueTypeId: string, refusal: Refusal | undefined = undefined): SettingsPage {
  const found = settingsProject(ctx, projectKey, 'issueTypeFields', teamManaged);
  if (isPage(found)) return found;
  const project = found;
  const store = ctx.sandbox.jira.store;
  const type = store.issueTypesOfProject(project).find((t) => t.id === issueTypeId);
  if (!type) {
    const body = sectionMessage(
      'warning',
      'No such issue type',
      html`${project.name} has no issue type with id '${issueTypeId}'. <a href="${PROJECT_SETTINGS.issueTypes(project.key)}">See its issue types</a>.`,
    );
    return { ...settingsPage(ctx, project, 'issueTypeFields', 'Issue type not found', body), status: 404 };
  }
  const layout = fieldLayoutOf(store, project, type.id);
  const actions = issueTypeFieldActions(project.key, type.id);
  const addable = screenableFieldIds(store).filter((id) => !layout.fieldIds.includes(id));
  const added = ctx.url.searchParams.get('added');
  const removed = ctx.url.searchParams.get('removed');
  const done = added
    ? `${fieldName(store, added)} was added to ${type.name}.`
    : removed
      ? `${fieldName(store, removed)} was removed from ${type.name}.`
      : undefined;
  const body = html`<p class="subtle">The fields of ${type.name} in ${project.name}: creating, editing and viewing its issues offers exactly these. <a href="${PROJECT_SETTINGS.issueTypes(project.key)}">All issue types</a></p>
    ${fieldTable(store, layout.fieldIds, actions.remove, type.name, 'layout-fields')}
    <section class="settings-section" aria-labelledby="add-field-heading">
      <h2 id="add-field-heading">Add a field</h2>
      ${addable.length === 0 ? html`<p class="subtle">Every field is already here.</p>` : selectForm(actions.add, 'add-field', 'fieldId', `Field to add to ${type.name}`, fieldOptions(store, addable), 'Add field', 'add-layout-field')}
    </section>`;
  return settingsPage(ctx, project, 'issueTypeFields', `${type.name} fields`, body, { done, refusal });
}

/** Adds or removes a field of the issue type, as its project settings do; a refusal shows on the page. */
export function changeIssueTypeField(ctx: PageContext, projectKey: string, issueTypeId: string, fieldId: string, change: 'add' | 'remove'): SettingsAction {
  const found = settingsProject(ctx, projectKey, 'issueTypeFields', teamManaged);
  if (isPage(found)) return found;
  try {
    if (change === 'add') ctx.sandbox.jira.settings.addIssueTypeField(ctx.user.accountId, found.key, issueTypeId, fieldId);
    else ctx.sandbox.jira.settings.removeIssueTypeField(ctx.user.accountId, found.key, issueTypeId, fieldId);
    return { redirect: `${PROJECT_SETTINGS.issueTypeFields(found.key, issueTypeId)}?${change === 'add' ? 'added' : 'removed'}=${encodeURIComponent(fieldId)}` };
  } catch (error) {
    return issueTypeFieldsPage(ctx, projectKey, issueTypeId, refusalOfError(error));
  }
}
