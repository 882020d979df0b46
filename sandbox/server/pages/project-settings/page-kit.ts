import type { JiraProject } from '../../../jira/model';
import { RestError } from '../../../jira/rest-error';
import { html, type Html } from '../../html';
import type { ReadFailure } from '../../jira-reads';
import { sectionMessage } from '../components';
import { renderPage } from '../layout';
import type { PageContext } from '../page-context';
import { PROJECT_SETTINGS, type ProjectSettingsPage } from './paths';
import { isJiraAdmin, projectSettingsSidebar } from './sidebar';

/** What a settings page or its form answers: a page (with its status), or where to go after a change. */
export type SettingsPage = { status: number; page: Html };
export type SettingsAction = SettingsPage | { redirect: string };

/** Why a change was refused, in Jira's words, and the status to answer it with. */
export interface Refusal {
  status: number;
  message: string;
}

export const refusalOf = (failure: ReadFailure): Refusal => ({ status: failure.status, message: failure.message });

/** Turns a refusal of the emulator's settings operations into a message; anything else is a bug and is thrown again. */
export function refusalOfError(error: unknown): Refusal {
  if (error instanceof RestError) return { status: error.status, message: error.message };
  throw error;
}

function page(ctx: PageContext, project: JiraProject | undefined, current: ProjectSettingsPage, title: string, body: Html, status = 200): SettingsPage {
  const crumbs = [
    { label: 'Projects', href: '/' },
    ...(project ? [{ label: project.name, href: `/jira/servicedesk/projects/${encodeURIComponent(project.key)}/issues` }] : []),
    { label: 'Project settings' },
    { label: title },
  ];
  return { status, page: renderPage(ctx, { title, breadcrumbs: crumbs, sidebar: project ? projectSettingsSidebar(project, current) : undefined, body }) };
}

/** A settings page of a project, with the settings sidebar and a success or refusal message above `body`. */
export function settingsPage(
  ctx: PageContext,
  project: JiraProject,
  current: ProjectSettingsPage,
  title: string,
  body: Html,
  outcome: { done?: string; refusal?: Refusal } = {},
): SettingsPage {
  const status = outcome.refusal ? (outcome.refusal.status >= 400 && outcome.refusal.status < 500 ? outcome.refusal.status : 502) : 200;
  const message = outcome.refusal
    ? sectionMessage('error', 'Nothing was changed', outcome.refusal.message)
    : outcome.done
      ? sectionMessage('success', 'Saved', outcome.done)
      : html``;
  return page(ctx, project, current, title, html`<h1>${title}</h1>${message}${body}`, status);
}

/**
 * The project a settings page is about, if the signed-in user may open it: Jira admins only (403
 * otherwise), a project that exists (404), and one that has this page (team-managed projects
 * have issue types, company-managed ones screens, service projects request types).
 */
export function settingsProject(
  ctx: PageContext,
  projectKey: string,
  current: ProjectSettingsPage,
  has: (project: JiraProject) => boolean,
): JiraProject | SettingsPage {
  if (!isJiraAdmin(ctx)) {
    const body = html`<h1>You can't change project settings</h1>${sectionMessage('error', 'Jira admins only', 'Only Jira admins (Administer Jira) can open project settings. Ask an admin, or sign in as one in the header.')}`;
    return page(ctx, undefined, current, 'Project settings', body, 403);
  }
  const project = ctx.sandbox.jira.store.project(projectKey);
  if (!project)
    return page(
      ctx,
      undefined,
      current,
      'Project settings',
      html`<h1>Project not found</h1>${sectionMessage('warning', 'No such project', `There is no project with key '${projectKey}'.`)}`,
      404,
    );
  if (!has(project)) {
    const reason =
      project.style === 'next-gen'
        ? `${project.name} is team-managed: it has issue types and their fields, not screens.`
        : `${project.name} is company-managed: its issue types come from its issue type scheme and its fields from its screens.`;
    const other = project.style === 'next-gen' ? PROJECT_SETTINGS.issueTypes(project.key) : PROJECT_SETTINGS.screens(project.key);
    return page(
      ctx,
      project,
      current,
      'Project settings',
      html`<h1>Not a setting of this project</h1>${sectionMessage('warning', 'This page does not apply', html`${reason} <a href="${other}">Open its settings</a>.`)}`,
      404,
    );
  }
  return project;
}

export const isPage = (value: JiraProject | SettingsPage): value is SettingsPage => 'page' in value;

/** A one-button form that posts `fields` to `action`; the button's accessible name says exactly what it does. */
export function postButton(action: string, fields: Record<string, string>, label: string, accessibleName: string, testId?: string): Html {
  return html`<form method="post" action="${action}" class="inline-form">
    ${Object.entries(fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
    <button type="submit" class="button button-subtle" aria-label="${accessibleName}" ${testId ? html`data-testid="${testId}"` : ''}>${label}</button>
  </form>`;
}

/** A labelled select and submit button that post the chosen option as `name`. */
export function selectForm(
  action: string,
  id: string,
  name: string,
  label: string,
  options: readonly { value: string; label: string }[],
  button: string,
  testId?: string,
): Html {
  if (options.length === 0) return html``;
  return html`<form method="post" action="${action}" class="settings-form" ${testId ? html`data-testid="${testId}"` : ''}>
    <div class="form-field">
      <label for="${id}">${label}</label>
      <select id="${id}" name="${name}" required>${options.map((o) => html`<option value="${o.value}">${o.label}</option>`)}</select>
    </div>
    <button type="submit" class="button button-primary">${button}</button>
  </form>`;
}
