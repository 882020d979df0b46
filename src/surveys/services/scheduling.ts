import { readRefFieldValue } from '#kernel/ref-field-value';
import { asAppJira } from '#platform/jira/client';
import { findIssue } from '#platform/jira/issues';
import { approximateCount } from '#platform/jira/jql-search';
import { findCustomerRequest } from '#platform/jira/requests';
import { appFieldIds } from '#provisioning/app-field-ids';
import { isOpen, ticketInvitationId, type InvitationRecord } from '#surveys/domain/invitation';
import { capWindowStart, decideInvitation, type EarlierSurvey } from '#surveys/domain/rule-matching';
import { invitationsOfIssue, readInvitation, sentToRecipientSince } from '#surveys/store/invitation-store';
import { writeInvitation } from './invitation-writes';
import { syncIssueProperty } from './property-sync';
import { publishedVersionOf } from './questionnaires';
import { readRules } from './rules';
import { ticketInScopeJql } from './scope-jql';
import { sendInvitation } from './sending';

export type ResolutionOutcome =
  | { outcome: 'scheduled' | 'sent' | 'duplicate'; invitationId: string }
  | {
      outcome: 'ignored';
      reason:
        'not-resolved' | 'not-a-request' | 'no-reporter' | 'disabled' | 'out-of-scope' | 'not-sampled' | 'cap-reached' | 'open-invitation' | 'already-surveyed';
    };

/**
 * A request was resolved (or an update of one arrived): decides under the rules whether this
 * resolution is surveyed, and if so writes its invitation, keyed by the issue and the moment of
 * resolution, only if no invitation of that resolution exists (a KVS condition). So a duplicate
 * delivery, or any later update of the resolved request, writes nothing. Without a delay the
 * invitation goes out at once; otherwise the hourly sweep sends it when it falls due.
 */
export async function onRequestResolved(issueId: string, now: Date = new Date()): Promise<ResolutionOutcome> {
  const app = asAppJira();
  const fieldIds = await appFieldIds(app);
  const customerField = fieldIds.get('brm-customer');
  const serviceField = fieldIds.get('brm-service');
  const issue = await findIssue(app, issueId, [
    'project',
    'status',
    'resolutiondate',
    'reporter',
    ...(customerField ? [customerField] : []),
    ...(serviceField ? [serviceField] : []),
  ]);
  const resolvedAtText = issue?.fields.resolutiondate;
  if (!issue?.core.project || issue.core.status?.statusCategory?.key !== 'done' || typeof resolvedAtText !== 'string')
    return { outcome: 'ignored', reason: 'not-resolved' };
  const resolvedAt = new Date(resolvedAtText);
  const invitationId = ticketInvitationId(issue.id, resolvedAt);
  if (await readInvitation(invitationId)) return { outcome: 'duplicate', invitationId };

  const rules = await readRules();
  if (!rules.enabled) return { outcome: 'ignored', reason: 'disabled' };
  const reporter = issue.core.reporter?.accountId;
  if (!reporter) return { outcome: 'ignored', reason: 'no-reporter' };
  const request = await findCustomerRequest(app, issue.id);
  if (!request) return { outcome: 'ignored', reason: 'not-a-request' };
  const scopeJql = rules.scope.kind === 'jql' ? ticketInScopeJql(issue.key, rules.scope.jql) : undefined;
  const matchesJql = scopeJql === undefined ? undefined : (await approximateCount(app, scopeJql)) > 0;
  const earlierInvitations = await invitationsOfIssue(issue.id);
  const shown = earlierInvitations.filter((i) => i.record.status !== 'withdrawn');
  const earlier: EarlierSurvey = shown.length === 0 ? 'none' : shown.some((i) => isOpen(i.record.status)) ? 'open' : 'ended';
  const sentRecently = rules.maxPerCustomer30Days === null ? 0 : await sentToRecipientSince(reporter, capWindowStart(now), rules.maxPerCustomer30Days);
  const decision = decideInvitation({
    rules,
    ticket: { projectId: issue.core.project.id, requestTypeId: request.requestTypeId ?? null, ...(matchesJql === undefined ? {} : { matchesJql }), resolvedAt },
    drawKey: invitationId,
    earlier,
    sentToRecipientIn30Days: sentRecently,
  });
  if (!decision.invite) return { outcome: 'ignored', reason: decision.reason };

  const questionnaire = await publishedVersionOf(rules.questionnaireId);
  const at = now.toISOString();
  const record: InvitationRecord = {
    kind: 'ticket',
    issueId: issue.id,
    issueKey: issue.key,
    projectId: issue.core.project.id,
    customerId: customerField ? (readRefFieldValue(issue.fields[customerField])?.id ?? null) : null,
    serviceId: serviceField ? (readRefFieldValue(issue.fields[serviceField])?.id ?? null) : null,
    recipient: reporter,
    questionnaireId: questionnaire.questionnaireId,
    questionnaireVersion: questionnaire.version,
    anonymous: rules.anonymous,
    responders: rules.responders,
    campaignId: null,
    status: 'scheduled',
    resolvedAt: resolvedAt.toISOString(),
    sendAt: decision.sendAt.toISOString(),
    sentAt: null,
    remindAt: null,
    remindedAt: null,
    expiresAt: null,
    terms: { expiryDays: rules.expiryDays, reminderDays: rules.reminderDays },
    notice: null,
    response: null,
    followUp: null,
    applied: {},
    createdAt: at,
    updatedAt: at,
    rev: 1,
    syncedRev: 0,
  };
  const written = await writeInvitation(invitationId, (current) => (current ? undefined : record));
  if (!written.written) return { outcome: 'duplicate', invitationId };
  if (decision.sendAt.getTime() <= now.getTime()) {
    await sendInvitation(invitationId, now);
    return { outcome: 'sent', invitationId };
  }
  await syncIssueProperty(issue.id);
  return { outcome: 'scheduled', invitationId };
}
