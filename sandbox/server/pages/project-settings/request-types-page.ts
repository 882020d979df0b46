import { html, type Html } from '../../html';
import type { RequestType, RequestTypeGroup } from '../../jira-reads';
import { emptyState, sectionMessage } from '../components';
import type { PageContext } from '../page-context';
import {
  isPage,
  postButton,
  refusalOfError,
  selectForm,
  settingsPage,
  settingsProject,
  type Refusal,
  type SettingsAction,
  type SettingsPage,
} from './page-kit';
import { PROJECT_SETTINGS } from './paths';

const serviceProject = (project: { projectTypeKey: string }): boolean => project.projectTypeKey === 'service_desk';

/** Where a request type's group forms post. */
export const requestTypeGroupActions = (projectKey: string, requestTypeId: string) => {
  const base = `${PROJECT_SETTINGS.requestTypes(projectKey)}/${encodeURIComponent(requestTypeId)}/groups`;
  return { add: base, remove: `${base}/remove` };
};

function groupsCell(projectKey: string, type: RequestType, groups: readonly RequestTypeGroup[]): Html {
  const mine = groups.filter((g) => type.groupIds.includes(g.id));
  if (mine.length === 0) return html`<span class="lozenge lozenge-moved" data-testid="hidden-${type.id}">Hidden from the portal</span>`;
  const actions = requestTypeGroupActions(projectKey, type.id);
  return html`<ul class="link-list">${mine.map((g) => html`<li>${g.name} ${postButton(actions.remove, { groupId: g.id }, 'Remove', `Remove ${type.name} from the group ${g.name}`, `remove-${type.id}-${g.id}`)}</li>`)}</ul>`;
}

function addCell(projectKey: string, type: RequestType, groups: readonly RequestTypeGroup[]): Html {
  const others = groups.filter((g) => !type.groupIds.includes(g.id)).map((g) => ({ value: g.id, label: g.name }));
  if (others.length === 0) return html`<span class="subtle small">In every group</span>`;
  return selectForm(
    requestTypeGroupActions(projectKey, type.id).add,
    `add-group-${type.id}`,
    'groupId',
    `Portal group for ${type.name}`,
    others,
    'Add to group',
    `add-group-${type.id}`,
  );
}

/**
 * `.../settings/request-types` of a service project: its request types with their portal groups.
 * A type in no group is hidden from the portal (a request type created through the REST API starts
 * that way); an admin adds it to a group here, or takes it out of one.
 */
export async function requestTypesPage(ctx: PageContext, projectKey: string, refusal: Refusal | undefined = undefined): Promise<SettingsPage> {
  const found = settingsProject(ctx, projectKey, 'requestTypes', serviceProject);
  if (isPage(found)) return found;
  const project = found;
  const desk = ctx.sandbox.jira.store.serviceDeskOfProject(project.id);
  if (!desk) return settingsPage(ctx, project, 'requestTypes', 'Request types', emptyState('No service desk', `${project.name} has no service desk.`));
  const [typesRead, groupsRead] = await Promise.all([ctx.reads.requestTypes(desk.id), ctx.reads.requestTypeGroups(desk.id)]);
  if (!typesRead.ok || !groupsRead.ok) {
    const failure = !typesRead.ok ? typesRead.failure : !groupsRead.ok ? groupsRead.failure : undefined;
    return settingsPage(ctx, project, 'requestTypes', 'Request types', sectionMessage('warning', 'The request types cannot be shown', failure?.message ?? ''));
  }
  const groups = groupsRead.value.values;
  const types = typesRead.value.values;
  const issueTypeName = (type: RequestType): string => ctx.sandbox.jira.store.docs.issueTypes.get(type.issueTypeId ?? '')?.name ?? type.issueTypeId ?? '';
  const changed = types.find((t) => t.id === ctx.url.searchParams.get('changed'));
  const body = html`<p class="subtle">The request types of ${project.name} and the portal groups they show in. Customers see only request types that are in at least one group.</p>
    ${
      types.length === 0
        ? emptyState('No request types yet', 'Request types created for this project appear here.')
        : html`<table class="table" data-testid="request-type-table"><thead><tr><th scope="col">Request type</th><th scope="col">Issue type</th><th scope="col">Portal groups</th><th scope="col">Add to a group</th></tr></thead>
        <tbody>${types.map((t) => html`<tr data-testid="request-type-${t.id}"><th scope="row">${t.name}</th><td>${issueTypeName(t)}</td><td>${groupsCell(project.key, t, groups)}</td><td>${addCell(project.key, t, groups)}</td></tr>`)}</tbody></table>`
    }`;
  return settingsPage(ctx, project, 'requestTypes', 'Request types', body, {
    done: changed ? `The portal groups of ${changed.name} were saved.` : undefined,
    refusal,
  });
}

/** Adds a request type to a portal group or removes it, as the project's portal settings do. */
export async function changeRequestTypeGroup(
  ctx: PageContext,
  projectKey: string,
  requestTypeId: string,
  groupId: string,
  change: 'add' | 'remove',
): Promise<SettingsAction> {
  const found = settingsProject(ctx, projectKey, 'requestTypes', serviceProject);
  if (isPage(found)) return found;
  try {
    if (change === 'add') ctx.sandbox.jira.settings.addRequestTypeToGroup(ctx.user.accountId, found.key, requestTypeId, groupId);
    else ctx.sandbox.jira.settings.removeRequestTypeFromGroup(ctx.user.accountId, found.key, requestTypeId, groupId);
    return { redirect: `${PROJECT_SETTINGS.requestTypes(found.key)}?changed=${encodeURIComponent(requestTypeId)}` };
  } catch (error) {
    return requestTypesPage(ctx, projectKey, refusalOfError(error));
  }
}
