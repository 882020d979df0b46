import { FORGE_FIELD_PREFIX } from '../../jira/fields/forge-field-value';
import { html, type Html } from '../html';
import type { FieldDefinition, IssueSummary } from '../jira-reads';
import { formatDate, person, sectionMessage, statusLozenge } from './components';
import { renderPage } from './layout';
import type { PageContext } from './page-context';
import { projectSettingsHref } from './project-settings/sidebar';
import { projectPageLinks } from './app-pages';
import { projectSidebar } from './project-sidebar';

/** A JQL string literal, quoted the way Jira reads it. */
export const jqlString = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const LIST_FIELDS = ['summary', 'status', 'issuetype', 'priority', 'assignee', 'reporter', 'created', 'updated'];

/** Apps' Forge fields (`jira:customField`), which the list shows as columns when the page's issues have values. */
const forgeFields = (fields: readonly FieldDefinition[]): FieldDefinition[] =>
  fields.filter((f) => f.custom === true && (f.schema?.custom ?? '').startsWith(FORGE_FIELD_PREFIX));

/**
 * A Forge field's cell, as Jira's issue navigator shows it: the text of the field's formatter
 * (REST `renderedFields`), or the raw value where there is none (Forge manifest reference, "Jira
 * custom field", "Rendering hierarchy").
 */
function forgeCell(issue: IssueSummary, field: FieldDefinition): string {
  const rendered = issue.renderedFields?.[field.id];
  if (typeof rendered === 'string') return rendered;
  const value: unknown = issue.fields[field.id];
  if (value === null || value === undefined) return '';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function issueTable(issues: IssueSummary[], appFields: readonly FieldDefinition[]): Html {
  if (issues.length === 0) return html`<div class="empty-state"><h3>No issues match</h3><p>Change the JQL to search for something else.</p></div>`;
  const columns = appFields.filter((f) => issues.some((i) => i.fields[f.id] !== null && i.fields[f.id] !== undefined));
  return html`<table class="table" data-testid="issue-table">
    <thead><tr><th scope="col">Type</th><th scope="col">Key</th><th scope="col">Summary</th><th scope="col">Status</th><th scope="col">Assignee</th>${columns.map((f) => html`<th scope="col">${f.name}</th>`)}<th scope="col">Updated</th></tr></thead>
    <tbody>${issues.map(
      (i) => html`<tr>
        <td>${i.fields.issuetype?.name ?? ''}</td>
        <td><a href="/browse/${encodeURIComponent(i.key)}">${i.key}</a></td>
        <td><a href="/browse/${encodeURIComponent(i.key)}" class="quiet-link">${i.fields.summary ?? ''}</a></td>
        <td>${i.fields.status ? statusLozenge(i.fields.status.name, i.fields.status.statusCategory?.key) : ''}</td>
        <td>${person(i.fields.assignee)}</td>
        ${columns.map((f) => html`<td data-testid="cell-${f.id}">${forgeCell(i, f)}</td>`)}
        <td class="nowrap">${formatDate(i.fields.updated)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

/**
 * The issue navigator: `/issues?jql=…` for the whole site, or
 * `/jira/software/projects/<KEY>/issues` scoped to one project.
 */
export async function issueListPage(ctx: PageContext, projectKey?: string): Promise<Html> {
  const defaultJql = projectKey ? `project = ${jqlString(projectKey)} ORDER BY created DESC` : 'project IS NOT EMPTY ORDER BY updated DESC';
  const jql = ctx.url.searchParams.get('jql')?.trim() || defaultJql;
  const fieldsRead = await ctx.reads.fields();
  const appFields = forgeFields(fieldsRead.ok ? fieldsRead.value : []);
  const [project, result] = await Promise.all([
    projectKey ? ctx.reads.project(projectKey) : Promise.resolve(undefined),
    ctx.reads.search(jql, 50, [...LIST_FIELDS, ...appFields.map((f) => f.id)], appFields.length > 0 ? ['renderedFields'] : []),
  ]);
  const projectName = project?.ok ? project.value.name : projectKey;
  const action = projectKey ? `/jira/software/projects/${encodeURIComponent(projectKey)}/issues` : '/issues';
  const body = html`<h1>${projectKey ? 'Issues' : 'Search issues'}</h1>
    <form class="jql-form" method="get" action="${action}" role="search">
      <label for="jql">JQL</label>
      <input id="jql" name="jql" type="text" class="textfield mono" value="${jql}" spellcheck="false" autocomplete="off" />
      <button type="submit" class="button button-primary">Search</button>
    </form>
    ${
      result.ok
        ? html`<p class="subtle small" data-testid="result-count">${result.value.issues.length === 1 ? '1 issue' : `${result.value.issues.length} issues`}${result.value.isLast === false || result.value.nextPageToken ? ' (first 50)' : ''}</p>${issueTable(result.value.issues, appFields)}`
        : sectionMessage(
            result.failure.status === 400 ? 'warning' : 'error',
            result.failure.status === 400 ? 'The JQL is not valid' : 'The issues could not be loaded',
            result.failure.message,
          )
    }`;
  return renderPage(ctx, {
    title: projectKey ? `${projectName ?? projectKey} issues` : 'Issues',
    section: 'issues',
    breadcrumbs: projectKey
      ? [{ label: 'Projects', href: '/' }, { label: projectName ?? projectKey, href: action }, { label: 'Issues' }]
      : [{ label: 'Issues' }],
    sidebar: projectKey
      ? projectSidebar({ key: projectKey, name: projectName ?? projectKey }, 'issues', projectSettingsHref(ctx, projectKey), projectPageLinks(ctx, projectKey))
      : undefined,
    body,
  });
}
