import { fieldLayoutOf } from '../../../jira/fields/screens';
import { ISSUE_TYPE_NAME_LIMIT } from '../../../jira/project-settings';
import { html, type Html } from '../../html';
import { emptyState } from '../components';
import type { PageContext } from '../page-context';
import { isPage, refusalOfError, settingsPage, settingsProject, type Refusal, type SettingsAction, type SettingsPage } from './page-kit';
import { PROJECT_SETTINGS } from './paths';

/** What the create form held, kept when Jira refuses it. */
export interface IssueTypeDraft {
  name: string;
  description: string;
}

export const issueTypeDraftOf = (form: URLSearchParams): IssueTypeDraft => ({ name: form.get('name') ?? '', description: form.get('description') ?? '' });

const teamManaged = (project: { style: string }): boolean => project.style === 'next-gen';

function createForm(action: string, draft: IssueTypeDraft, refusal: Refusal | undefined): Html {
  const nameError = refusal && /name/i.test(refusal.message) ? refusal.message : undefined;
  return html`<form method="post" action="${action}" class="request-form" data-testid="create-issue-type-form" aria-labelledby="create-issue-type">
    <h2 id="create-issue-type">Create an issue type</h2>
    <div class="form-field">
      <label for="issue-type-name">Name<span class="required" aria-hidden="true"> *</span></label>
      <input id="issue-type-name" name="name" type="text" class="textfield" maxlength="${String(ISSUE_TYPE_NAME_LIMIT)}" required aria-required="true" autocomplete="off" value="${draft.name}"
        ${nameError ? html`aria-invalid="true" aria-describedby="issue-type-name-error"` : ''} />
      ${nameError ? html`<p id="issue-type-name-error" class="field-error">${nameError}</p>` : ''}
    </div>
    <div class="form-field">
      <label for="issue-type-description">Description</label>
      <textarea id="issue-type-description" name="description" class="textfield" rows="3">${draft.description}</textarea>
    </div>
    <div class="form-actions"><button type="submit" class="button button-primary">Create</button></div>
  </form>`;
}

/**
 * `.../settings/issuetypes` of a team-managed project: its own issue types with their field counts,
 * and a form to create one (project-scoped, as `GET /rest/api/3/issuetype/project` reports them).
 */
export function issueTypesPage(
  ctx: PageContext,
  projectKey: string,
  attempt: { draft: IssueTypeDraft; refusal: Refusal } | undefined = undefined,
): SettingsPage {
  const found = settingsProject(ctx, projectKey, 'issueTypes', teamManaged);
  if (isPage(found)) return found;
  const project = found;
  const store = ctx.sandbox.jira.store;
  const types = store.issueTypesOfProject(project);
  const created = ctx.url.searchParams.get('created');
  const done = created ? store.docs.issueTypes.get(created)?.name : undefined;
  const body = html`<p class="subtle">The issue types of ${project.name}. Each has its own fields, used to create, edit and view its issues.</p>
    ${
      types.length === 0
        ? emptyState('No issue types yet', 'Create the first one below.')
        : html`<table class="table" data-testid="issue-type-table"><thead><tr><th scope="col">Issue type</th><th scope="col">Description</th><th scope="col">Fields</th></tr></thead>
        <tbody>${types.map((t) => html`<tr><td><a href="${PROJECT_SETTINGS.issueTypeFields(project.key, t.id)}">${t.name}</a></td><td>${t.description}</td><td>${String(fieldLayoutOf(store, project, t.id).fieldIds.length)}</td></tr>`)}</tbody></table>`
    }
    ${createForm(PROJECT_SETTINGS.issueTypes(project.key), attempt?.draft ?? { name: '', description: '' }, attempt?.refusal)}`;
  return settingsPage(ctx, project, 'issueTypes', 'Issue types', body, {
    done: done ? `The issue type ${done} was created.` : undefined,
    refusal: attempt?.refusal,
  });
}

/** The create form's post: the project settings' rules (unique name in the project, at most 60 characters). */
export function createIssueType(ctx: PageContext, projectKey: string, draft: IssueTypeDraft): SettingsAction {
  const found = settingsProject(ctx, projectKey, 'issueTypes', teamManaged);
  if (isPage(found)) return found;
  try {
    const type = ctx.sandbox.jira.settings.createIssueType(ctx.user.accountId, found.key, draft);
    return { redirect: `${PROJECT_SETTINGS.issueTypes(found.key)}?created=${encodeURIComponent(type.id)}` };
  } catch (error) {
    return issueTypesPage(ctx, projectKey, { draft, refusal: refusalOfError(error) });
  }
}
