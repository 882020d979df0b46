import { html, type Html } from '../html';
import type { ReadFailure, RequestType } from '../jira-reads';
import { sectionMessage } from './components';
import { renderPage, type Crumb } from './layout';
import type { PageContext } from './page-context';
import { onPortal } from './portal-groups';
import { HELP_CENTER, createRequestPath, portalPath, portalRequestPath } from './portal-paths';

/** What the customer typed into the create form, kept when Jira refuses it so nothing is lost. */
export interface RequestDraft {
  summary: string;
  description: string;
}

const emptyDraft: RequestDraft = { summary: '', description: '' };

/** The create form's fields, in the order JSM shows them, with the Jira field each one fills. */
const FORM_FIELDS = ['summary', 'description'] as const;

/** Reads the create form's body; anything missing is empty. */
export function draftOf(form: URLSearchParams): RequestDraft {
  return { summary: form.get('summary') ?? '', description: form.get('description') ?? '' };
}

function crumbs(deskId: string, deskName: string, typeName?: string): Crumb[] {
  return [{ label: 'Help center', href: HELP_CENTER }, { label: deskName, href: portalPath(deskId) }, ...(typeName ? [{ label: typeName }] : [])];
}

function textField(id: string, label: string, value: string, options: { required?: boolean; multiline?: boolean; error?: string; help?: string }): Html {
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [options.error ? errorId : '', options.help ? helpId : ''].filter(Boolean).join(' ');
  const aria = html`${describedBy ? html` aria-describedby="${describedBy}"` : ''}${options.error ? html` aria-invalid="true"` : ''}${options.required ? html` required aria-required="true"` : ''}`;
  return html`<div class="form-field">
    <label for="${id}">${label}${options.required ? html`<span class="required" aria-hidden="true"> *</span>` : ''}</label>
    ${
      options.multiline
        ? html`<textarea id="${id}" name="${id}" class="textfield" rows="6"${aria}>${value}</textarea>`
        : html`<input id="${id}" name="${id}" type="text" class="textfield" maxlength="255" autocomplete="off" value="${value}"${aria} />`
    }
    ${options.help ? html`<p id="${helpId}" class="subtle small">${options.help}</p>` : ''}
    ${options.error ? html`<p id="${errorId}" class="field-error" data-testid="${id}-error">${options.error}</p>` : ''}
  </div>`;
}

/** A refusal's message minus what the form already shows next to its fields. */
function generalMessage(failure: ReadFailure): string | undefined {
  const fieldErrors = failure.fieldErrors ?? {};
  const shownByFields = FORM_FIELDS.some((f) => fieldErrors[f] !== undefined);
  if (!shownByFields) return failure.message;
  const others = Object.entries(fieldErrors)
    .filter(([field]) => !FORM_FIELDS.some((f) => f === field))
    .map(([, message]) => message);
  return others.length > 0 ? others.join(' ') : undefined;
}

function requestForm(deskId: string, type: RequestType, draft: RequestDraft, failure: ReadFailure | undefined): Html {
  const fieldErrors = failure?.fieldErrors ?? {};
  const general = failure ? generalMessage(failure) : undefined;
  return html`${general ? sectionMessage('error', 'Your request was not sent', general) : ''}
    <form method="post" action="${createRequestPath(deskId, type.id)}" class="request-form" data-testid="create-request-form">
      ${textField('summary', 'Summary', draft.summary, { required: true, error: fieldErrors.summary })}
      ${textField('description', 'Description', draft.description, { multiline: true, error: fieldErrors.description, help: type.helpText || undefined })}
      <p class="subtle small"><span aria-hidden="true">*</span> Required fields are marked with an asterisk.</p>
      <div class="form-actions">
        <button type="submit" class="button button-primary">Send</button>
        <a class="button button-subtle" href="${portalPath(deskId)}">Cancel</a>
      </div>
    </form>`;
}

function requestTypePicker(deskId: string, types: readonly RequestType[], currentId: string): Html {
  return html`<aside class="portal-side" aria-labelledby="request-type-picker">
    <h2 class="panel-title" id="request-type-picker">What can we help you with?</h2>
    <ul class="link-list" data-testid="request-type-picker">
      ${types.map((t) => html`<li><a href="${createRequestPath(deskId, t.id)}" ${t.id === currentId ? html`aria-current="page"` : ''}>${t.name}</a></li>`)}
    </ul>
  </aside>`;
}

/**
 * `/servicedesk/customer/portal/<deskId>/create/<requestTypeId>`: the help center's form to raise a
 * request of one type, with the portal's other request types beside it. After a refused send it
 * shows again with what was typed and Jira's message, each field's next to that field.
 */
export async function createRequestPage(
  ctx: PageContext,
  deskId: string,
  requestTypeId: string,
  attempt: { draft: RequestDraft; failure: ReadFailure } | undefined = undefined,
): Promise<{ status: number; page: Html }> {
  const [deskRead, typesRead, groupsRead] = await Promise.all([
    ctx.reads.serviceDesk(deskId),
    ctx.reads.requestTypes(deskId),
    ctx.reads.requestTypeGroups(deskId),
  ]);
  const deskName = deskRead.ok ? deskRead.value.projectName : `Portal ${deskId}`;
  const refused = !deskRead.ok ? deskRead.failure : !typesRead.ok ? typesRead.failure : !groupsRead.ok ? groupsRead.failure : undefined;
  const groups = groupsRead.ok ? groupsRead.value.values : [];
  // The portal offers only request types in one of its groups; JSM hides the others.
  const offered = typesRead.ok ? typesRead.value.values.filter((t) => onPortal(t, groups)) : [];
  const type = offered.find((t) => t.id === requestTypeId);
  if (refused || !typesRead.ok || !type) {
    // A send Jira refused for this very reason says it in Jira's words.
    const message =
      refused?.message ?? attempt?.failure.message ?? `The portal has no request type '${requestTypeId}', or you do not have permission to see it.`;
    const body = html`<h1>Raise a request</h1>${sectionMessage('warning', 'This request type cannot be shown', message)}<p><a href="${HELP_CENTER}">Back to the help center</a></p>`;
    return {
      status: refused?.status === 401 ? 401 : 404,
      page: renderPage(ctx, { title: 'Raise a request', portal: true, section: 'portal', breadcrumbs: crumbs(deskId, deskName), body }),
    };
  }
  const body = html`<div class="portal-request">
    <div class="portal-main">
      <div class="subtle small">${deskName}</div>
      <h1>${type.name}</h1>
      ${type.description ? html`<p class="subtle">${type.description}</p>` : ''}
      ${requestForm(deskId, type, attempt?.draft ?? emptyDraft, attempt?.failure)}
    </div>
    ${requestTypePicker(deskId, offered, type.id)}
  </div>`;
  const status = attempt ? (attempt.failure.status >= 400 && attempt.failure.status < 500 ? attempt.failure.status : 502) : 200;
  return { status, page: renderPage(ctx, { title: type.name, portal: true, section: 'portal', breadcrumbs: crumbs(deskId, deskName, type.name), body }) };
}

/**
 * The create form's send: raises the request in Jira as the signed-in user. Jira's answer decides:
 * the new request's page, or the form again with what Jira said.
 */
export async function raiseRequest(
  ctx: PageContext,
  deskId: string,
  requestTypeId: string,
  draft: RequestDraft,
): Promise<{ redirect: string } | { status: number; page: Html }> {
  const description = draft.description.trim();
  const created = await ctx.reads.raiseRequest({
    serviceDeskId: deskId,
    requestTypeId,
    requestFieldValues: { summary: draft.summary, ...(description ? { description } : {}) },
  });
  if (!created.ok) return createRequestPage(ctx, deskId, requestTypeId, { draft, failure: created.failure });
  return { redirect: portalRequestPath(created.value.serviceDeskId ?? deskId, created.value.issueKey) };
}
