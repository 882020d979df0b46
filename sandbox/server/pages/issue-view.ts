import { z } from 'zod';
import { screenFieldIds } from '../../jira/fields/screens';
import type { AppModule } from '../../runtime/app-manifest';
import { frameUrl } from '../app-frames';
import { html, type Html } from '../html';
import type { FieldDefinition, IssueDetail } from '../jira-reads';
import { renderAdf } from './adf';
import { formatDate, inUserLanguage, moduleFrame, moduleTitle, modulesOfType, person, plainValue, sectionMessage, statusLozenge } from './components';
import { renderPage } from './layout';
import type { PageContext } from './page-context';
import { projectSettingsHref } from './project-settings/sidebar';
import { projectPageLinks } from './app-pages';
import { projectSidebar } from './project-sidebar';

/** What every issue module (panel, action, context, field) is told about where it is. */
function issueExtension(issue: IssueDetail): Record<string, unknown> {
  return {
    issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype?.name ?? '', typeId: stringId(issue.fields.issuetype) },
    project: {
      id: issue.fields.project?.id ?? '',
      key: issue.fields.project?.key ?? issue.key.split('-')[0] ?? '',
      type: issue.fields.project?.projectTypeKey ?? 'service_desk',
    },
  };
}

function stringId(value: unknown): string {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : '';
}

/** The Jira field a `jira:customField` module created: Jira marks it with the module's key in `schema.custom`. */
export function fieldOfModule(fields: FieldDefinition[], moduleKey: string): FieldDefinition | undefined {
  return fields.find((f) => f.custom && (f.schema?.custom ?? '').endsWith(`/static/${moduleKey}`));
}

function detailRow(label: string, value: Html | string, testId?: string): Html {
  return html`<div class="detail-row" ${testId ? html`data-testid="${testId}"` : ''}><dt>${label}</dt><dd>${value}</dd></div>`;
}

/**
 * The Forge context of a `jira:customField` frame on the issue view. `entryPoint` says whether the
 * frame shows the value (`view`) or edits it (`edit`).
 */
export function customFieldExtension(module: AppModule, field: FieldDefinition, issue: IssueDetail, entryPoint: 'view' | 'edit'): Record<string, unknown> {
  const value: unknown = issue.fields[field.id];
  return {
    ...issueExtension(issue),
    fieldId: field.id,
    fieldKey: module.key,
    fieldType: field.schema?.custom ?? '',
    fieldValue: value ?? null,
    renderContext: 'issue-view',
    entryPoint,
  };
}

/**
 * An app field's value on the issue view: its view frame, and for users who may edit the issue
 * and a field with an edit resource, the "Edit" button that swaps in the edit frame (browser/host/field-edit.ts).
 */
function appFieldValue(module: AppModule, field: FieldDefinition, issue: IssueDetail, canEdit: boolean): Html {
  const viewResource = module.raw.view?.resource;
  const editResource = module.raw.edit?.resource;
  if (!viewResource) return html`${plainValue(issue.fields[field.id]) || html`<span class="subtle">None</span>`}`;
  const editable = canEdit && editResource !== undefined;
  const editSrc = editable
    ? frameUrl({ resourceKey: editResource, moduleKey: module.key, extension: customFieldExtension(module, field, issue, 'edit'), closable: true })
    : undefined;
  const frame = moduleFrame(
    module,
    { resourceKey: viewResource, extension: customFieldExtension(module, field, issue, 'view') },
    { title: field.name, minHeight: 24, id: `field-frame-${module.key}`, extraData: editSrc ? { 'edit-src': editSrc } : {} },
  );
  if (!editable) return frame;
  return html`<div class="app-field" data-app-field data-field-id="${field.id}" data-field-name="${field.name}" data-issue-key="${issue.key}" data-issue-id="${issue.id}" data-project-id="${issue.fields.project?.id ?? ''}">
    <div class="app-field-value">
      ${frame}
      <button type="button" class="button button-subtle field-edit-button" data-edit-field aria-label="Edit ${field.name}" data-testid="edit-${module.key}">Edit</button>
    </div>
    <p class="field-error" role="alert" data-testid="field-error-${module.key}"></p>
  </div>`;
}

/**
 * The app's fields that the issue view shows: those on the issue's view screen (team-managed: its
 * type's fields), as Jira's issue view does. Each offers "Edit" only when Jira's edit metadata for
 * the signed-in user lists it (on the edit screen, and the user may edit the issue).
 */
function appFieldRows(modules: AppModule[], fields: FieldDefinition[], issue: IssueDetail, shown: ReadonlySet<string>, editable: ReadonlySet<string>): Html[] {
  return modules.flatMap((module) => {
    const field = fieldOfModule(fields, module.key);
    if (!field || !shown.has(field.id)) return [];
    return [detailRow(field.name, appFieldValue(module, field, issue, editable.has(field.id)), `field-${module.key}`)];
  });
}

/** The fields of the issue's view screen, read from the site's own configuration. */
function viewScreenFields(ctx: PageContext, issue: IssueDetail): ReadonlySet<string> {
  const store = ctx.sandbox.jira.store;
  const project = issue.fields.project ? store.project(issue.fields.project.id) : undefined;
  const typeId = stringId(issue.fields.issuetype);
  return project && typeId ? screenFieldIds(store, project, typeId, 'view') : new Set();
}

function actionsMenu(ctx: PageContext, modules: AppModule[], issue: IssueDetail): Html {
  if (modules.length === 0) return html``;
  const extension = issueExtension(issue);
  return html`<div class="actions-menu">
    <button type="button" class="button" aria-haspopup="menu" aria-expanded="false" aria-label="More actions" data-testid="issue-actions">•••</button>
    <ul role="menu" hidden>
      ${modules.map(
        (m) => html`<li role="none"><button type="button" role="menuitem" data-module-key="${m.key}" data-resource-key="${m.resourceKey ?? ''}"
          data-extension="${JSON.stringify(extension)}"
          data-frame-src="${frameUrl({ resourceKey: m.resourceKey ?? '', moduleKey: m.key, extension, closable: true })}">${moduleTitle(ctx, m)}</button></li>`,
      )}
    </ul>
  </div>`;
}

const transitionList = z.object({ transitions: z.array(z.object({ id: z.string(), name: z.string(), to: z.object({ name: z.string() }) })) });

/** The transitions the signed-in user may take, as a select and a button (Jira's status button). */
function transitionForm(issueKey: string, transitions: z.infer<typeof transitionList>['transitions']): Html {
  if (transitions.length === 0) return html``;
  return html`<form method="post" action="/browse/${encodeURIComponent(issueKey)}/transitions" class="inline-form transition-form" data-testid="transition-form">
    <label for="transition-id" class="visually-hidden">Move to status</label>
    <select id="transition-id" name="transitionId" data-testid="transition-select">${transitions.map((t) => html`<option value="${t.id}">${t.name} → ${t.to.name}</option>`)}</select>
    <button type="submit" class="button" data-testid="transition-submit">Move</button>
  </form>`;
}

/**
 * Takes a transition as the signed-in user (Transition issue, POST
 * /rest/api/3/issue/{issueIdOrKey}/transitions); what Jira refuses (a workflow validator's message)
 * is shown on the issue view, as Jira's transition dialog shows it.
 */
export async function takeTransition(ctx: PageContext, key: string, transitionId: string): Promise<{ status: number; page: Html } | { redirect: string }> {
  const answer = await ctx.reads.send('POST', `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, { transition: { id: transitionId } }, z.unknown());
  if (answer.ok) return { redirect: `/browse/${encodeURIComponent(key)}` };
  const page = await issueViewPage(ctx, key, answer.failure.message);
  return { status: answer.failure.status >= 400 && answer.failure.status < 500 ? answer.failure.status : 502, page: page.page };
}

/** `/browse/<KEY>`: the agent's issue view with the app's panels, actions, context items and fields. */
export async function issueViewPage(ctx: PageContext, key: string, refusal?: string): Promise<{ status: number; page: Html }> {
  const [issueRead, fieldsRead, editableRead, transitionsRead] = await Promise.all([
    ctx.reads.issue(key),
    ctx.reads.fields(),
    ctx.reads.editableFields(key),
    ctx.reads.get(`/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, transitionList),
  ]);
  if (!issueRead.ok) {
    const page = renderPage(ctx, {
      title: key,
      section: 'issues',
      breadcrumbs: [{ label: 'Issues', href: '/issues' }, { label: key }],
      body: html`<h1>${key}</h1>${sectionMessage('warning', 'This issue cannot be shown', issueRead.failure.message)}`,
    });
    return { status: issueRead.failure.status === 401 ? 401 : issueRead.failure.status === 403 ? 403 : 404, page };
  }
  const issue = issueRead.value;
  const fields = fieldsRead.ok ? fieldsRead.value : [];
  const editable = editableRead.ok ? editableRead.value : new Set<string>();
  const modules = ctx.sandbox.manifest.modules;
  const extension = issueExtension(issue);
  const projectKey = issue.fields.project?.key ?? issue.key.split('-')[0] ?? '';
  const projectName = issue.fields.project?.name ?? projectKey;
  const description = renderAdf(issue.fields.description);

  const panels = modulesOfType(modules, 'jira:issuePanel').map((m) => {
    const title = moduleTitle(ctx, m);
    return html`<section class="issue-panel" aria-label="${title}">
      <h2 class="panel-title">${title}</h2>
      ${moduleFrame(m, { resourceKey: m.resourceKey ?? '', extension }, { title, id: `panel-${m.key}`, minHeight: 40 })}
    </section>`;
  });
  const contexts = modulesOfType(modules, 'jira:issueContext').map((m) => {
    const label = m.label ? inUserLanguage(ctx, m.label) : moduleTitle(ctx, m);
    return html`<details class="context-item" data-testid="context-${m.key}">
      <summary>${label}</summary>
      ${moduleFrame(m, { resourceKey: m.resourceKey ?? '', extension }, { title: label, id: `context-${m.key}`, lazy: true, minHeight: 40 })}
    </details>`;
  });

  const status = issue.fields.status;
  const transitions = transitionsRead.ok ? transitionsRead.value.transitions : [];
  const body = html`${refusal ? sectionMessage('error', 'The issue was not moved', refusal) : ''}<div class="issue-header">
      <div>
        <div class="subtle small">${issue.fields.issuetype?.name ?? ''} · ${issue.key}</div>
        <h1 data-testid="issue-summary">${issue.fields.summary ?? issue.key}</h1>
      </div>
      ${actionsMenu(ctx, modulesOfType(modules, 'jira:issueAction'), issue)}
    </div>
    <div class="issue-layout">
      <div class="issue-main">
        <section class="issue-description"><h2 class="panel-title">Description</h2>${description ?? html`<p class="subtle">Add a description…</p>`}</section>
        ${panels}
      </div>
      <aside class="issue-side" aria-label="Issue details">
        <div class="status-row" data-testid="issue-status">${status ? statusLozenge(status.name, status.statusCategory?.key) : ''}${issue.fields.resolution ? html` <span class="subtle small">${issue.fields.resolution.name}</span>` : ''}</div>
        ${transitionForm(issue.key, transitions)}
        <section class="details-box">
          <h2 class="panel-title">Details</h2>
          <dl>
            ${detailRow('Assignee', person(issue.fields.assignee))}
            ${detailRow('Reporter', person(issue.fields.reporter, 'Anonymous'))}
            ${detailRow('Priority', issue.fields.priority?.name ?? html`<span class="subtle">None</span>`)}
            ${detailRow('Labels', issue.fields.labels && issue.fields.labels.length > 0 ? issue.fields.labels.join(', ') : html`<span class="subtle">None</span>`)}
            ${appFieldRows(modulesOfType(modules, 'jira:customField'), fields, issue, viewScreenFields(ctx, issue), editable)}
          </dl>
        </section>
        ${contexts}
        <p class="subtle small">Created ${formatDate(issue.fields.created)}<br />Updated ${formatDate(issue.fields.updated)}</p>
      </aside>
    </div>`;
  const page = renderPage(ctx, {
    title: `[${issue.key}] ${issue.fields.summary ?? ''}`,
    section: 'issues',
    breadcrumbs: [
      { label: 'Projects', href: '/' },
      { label: projectName, href: `/jira/software/projects/${encodeURIComponent(projectKey)}/issues` },
      { label: issue.key },
    ],
    sidebar: projectSidebar({ key: projectKey, name: projectName }, 'issues', projectSettingsHref(ctx, projectKey), projectPageLinks(ctx, projectKey)),
    body,
  });
  return { status: 200, page };
}
