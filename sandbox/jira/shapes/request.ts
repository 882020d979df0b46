import type { StoredIssue } from '../model';
import { adfToText } from './adf';
import type { ShapeContext } from './common';
import { jsmDate } from './jsm-date';
import { servicedeskUserShape } from './user';

const EXPANDS = ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'];

/** A customer request as `servicedeskapi/request` returns it. */
export function requestShape(ctx: ShapeContext, issue: StoredIssue, serviceDeskId: string, now: Date): Record<string, unknown> {
  const status = ctx.store.docs.statuses.get(issue.statusId);
  const reporter = issue.reporterId ? ctx.store.user(issue.reporterId) : undefined;
  const description = issue.description === null ? null : adfToText(issue.description);
  const requestFieldValues: Record<string, unknown>[] = [{ fieldId: 'summary', label: 'What do you need?', value: issue.summary }];
  if (description !== null)
    requestFieldValues.push({
      fieldId: 'description',
      label: 'Why do you need this?',
      value: description,
      renderedValue: { html: `<p>${escapeHtml(description)}</p>` },
    });
  const shape: Record<string, unknown> = {
    _expands: EXPANDS,
    issueId: issue.id,
    issueKey: issue.key,
    summary: issue.summary,
    ...(issue.requestTypeId ? { requestTypeId: issue.requestTypeId } : {}),
    serviceDeskId,
    createdDate: jsmDate(issue.created, now),
    reporter: reporter ? servicedeskUserShape(ctx.baseUrl, reporter) : null,
    requestFieldValues,
    currentStatus: status ? { status: status.name, statusCategory: status.categoryKey.toUpperCase(), statusDate: jsmDate(issue.updated, now) } : null,
    _links: {
      jiraRest: `${ctx.baseUrl}/rest/api/2/issue/${issue.id}`,
      web: `${ctx.baseUrl}/servicedesk/customer/portal/${serviceDeskId}/${issue.key}`,
      agent: `${ctx.baseUrl}/browse/${issue.key}`,
      self: `${ctx.baseUrl}/rest/servicedeskapi/request/${issue.id}`,
    },
  };
  return shape;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
