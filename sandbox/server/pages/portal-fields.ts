import { z } from 'zod';
import { screenFieldIds } from '../../jira/fields/screens';
import type { AppModule } from '../../runtime/app-manifest';
import { html, type Html } from '../html';
import { moduleFrame, modulesOfType } from './components';
import { fieldOfModule } from './issue-view';
import type { PageContext } from './page-context';

/**
 * The app's fields on a customer's request page. A `jira:customField` whose `view.experience`
 * lists `portal-view` renders its view resource on the portal (Forge manifest reference, "Jira
 * custom field", "Experience"), with `renderContext: 'portal-view'` and the portal and request type
 * in its context ("Extension data"). JSM shows the fields its request type shows customers; the
 * sandbox has no such setting and takes the fields of the request's view screen instead, with a
 * value: a field on no screen (a new Forge field) shows nowhere.
 */

const PORTAL_VIEW = 'portal-view';

const requestIssue = z
  .object({
    id: z.string(),
    key: z.string(),
    fields: z
      .object({
        project: z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() }).passthrough().optional(),
        issuetype: z.object({ id: z.string(), name: z.string() }).passthrough().optional(),
      })
      .passthrough(),
  })
  .passthrough();

const portalViewModules = (modules: readonly AppModule[]): AppModule[] =>
  modulesOfType(modules, 'jira:customField').filter((m) => m.raw.view?.resource !== undefined && (m.raw.view.experience ?? []).includes(PORTAL_VIEW));

/** The field sections of the request page, read as the signed-in customer. */
export async function portalFieldSections(ctx: PageContext, deskId: string, key: string, requestTypeId: string | undefined): Promise<Html[]> {
  const modules = portalViewModules(ctx.sandbox.manifest.modules);
  if (modules.length === 0) return [];
  const fieldsRead = await ctx.reads.fields();
  if (!fieldsRead.ok) return [];
  const fields = modules.flatMap((module) => {
    const field = fieldOfModule(fieldsRead.value, module.key);
    return field ? [{ module, field }] : [];
  });
  if (fields.length === 0) return [];
  const issueRead = await ctx.reads.get(
    `/rest/api/3/issue/${encodeURIComponent(key)}?fields=${['project', 'issuetype', ...fields.map((f) => f.field.id)].join(',')}`,
    requestIssue,
  );
  if (!issueRead.ok) return [];
  const issue = issueRead.value;
  const store = ctx.sandbox.jira.store;
  const project = issue.fields.project ? store.project(issue.fields.project.id) : undefined;
  const typeId = issue.fields.issuetype?.id;
  const onView = project && typeId ? screenFieldIds(store, project, typeId, 'view') : new Set<string>();
  return fields.flatMap(({ module, field }) => {
    const value: unknown = issue.fields[field.id];
    if (!onView.has(field.id) || value === null || value === undefined) return [];
    const extension = {
      issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype?.name ?? '', typeId: typeId ?? '' },
      project: { id: issue.fields.project?.id ?? '', key: issue.fields.project?.key ?? '', type: issue.fields.project?.projectTypeKey ?? 'service_desk' },
      portal: { id: Number(deskId) },
      request: { typeId: Number(requestTypeId ?? '') },
      fieldId: field.id,
      fieldKey: module.key,
      fieldType: field.schema?.custom ?? '',
      fieldValue: value,
      renderContext: PORTAL_VIEW,
      experience: PORTAL_VIEW,
      entryPoint: 'view',
    };
    return [
      html`<section class="request-field" data-testid="portal-field-${module.key}"><h2 class="panel-title">${field.name}</h2>
        ${moduleFrame(module, { resourceKey: module.raw.view?.resource ?? '', extension }, { title: field.name, id: `portal-field-${module.key}`, minHeight: 24 })}
      </section>`,
    ];
  });
}
