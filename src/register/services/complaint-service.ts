import { AppError, forbidden, invalidInput, notFound } from '#kernel/app-error';
import { asAppJira, asUserJira } from '#platform/jira/client';
import { userMayBrowseIssue } from '#platform/jira/permissions';
import { JiraError } from '#platform/jira/jira-error';
import { findUser, usersByIds, usersWhoCanBrowse } from '#platform/jira/users';
import { issuePermissions } from '#platform/access';
import { localDate } from '#register/domain/calendar';
import { APP_ACTOR, MAX_MEASURES, type ComplaintRecord } from '#register/domain/complaint-record';
import { overdueMeasures } from '#register/domain/escalation';
import { applyOperation, manualEscalationId, type ComplaintOperation, type OperationOutcome } from '#register/domain/operations';
import { resolutionVerdict } from '#register/domain/resolution-rule';
import { validatorEnabledIn, type RegisterSettings } from '#register/domain/settings';
import type { ComplaintOperationInput, ComplaintView, PersonView } from '#register/contract';
import { registerText } from '#register/texts';
import { readComplaintIssue, recordOrError, updateComplaint, type ComplaintIssue, type LeaseOptions } from './complaint-store';
import { readRegisterSettings } from './settings-store';

/**
 * The complaint panel's use cases. Every call asks Jira, as the caller, what they may do on the
 * issue first; the property is then written as the app (agents cannot write another app's
 * property values reliably, and the lease must cover every writer).
 */

const requireSignedIn = (accountId: string | undefined): string => {
  if (!accountId) throw forbidden(registerText('error.notSignedIn'));
  return accountId;
};

/** Display names of the people a record names, as Jira tells the caller about them. */
async function peopleOf(record: ComplaintRecord, extra: readonly string[] = []): Promise<Record<string, string>> {
  const ids = new Set<string>(extra);
  for (const m of record.measures) for (const id of [m.ownerAccountId, m.createdBy, m.updatedBy, m.closedBy]) if (id && id !== APP_ACTOR) ids.add(id);
  for (const e of record.escalations) for (const id of [e.toAccountId, e.by]) if (id && id !== APP_ACTOR) ids.add(id);
  if (record.updatedBy && record.updatedBy !== APP_ACTOR) ids.add(record.updatedBy);
  if (ids.size === 0) return {};
  const users = await usersByIds(asUserJira(), [...ids]);
  return Object.fromEntries(users.map((u) => [u.accountId, u.displayName ?? u.accountId]));
}

export function complaintViewOf(
  issue: ComplaintIssue,
  record: ComplaintRecord,
  canEdit: boolean,
  people: Record<string, string>,
  settings: RegisterSettings,
  nowMs: number,
): ComplaintView {
  const verdict = resolutionVerdict(record);
  return {
    issueId: issue.id,
    issueKey: issue.key,
    projectId: issue.projectId,
    isComplaint: issue.isComplaint,
    resolved: issue.statusCategory === 'done',
    canEdit,
    record,
    people,
    overdueMeasureIds: overdueMeasures(record, nowMs, settings.timeZone).map((m) => m.id),
    timeZone: settings.timeZone,
    today: localDate(nowMs, settings.timeZone),
    resolution: {
      ruleOn: validatorEnabledIn(settings, issue.projectId),
      allowed: verdict.allowed,
      reason: verdict.allowed ? null : verdict.reason,
      openCorrective: verdict.allowed || verdict.reason !== 'corrective-measure-open' ? 0 : verdict.openCorrective,
    },
  };
}

/** The caller's view of an issue they may browse, as a complaint. */
async function readAsCaller(accountId: string | undefined, issueKey: string) {
  const held = await issuePermissions(accountId, issueKey);
  const read = await readComplaintIssue(asUserJira(), issueKey);
  if (!read) throw notFound(`issueKey: issue ${issueKey} does not exist or you cannot see it.`, 'issueKey');
  return { held, ...read };
}

export async function getComplaint(accountId: string | undefined, issueKey: string, now: () => Date = () => new Date()): Promise<ComplaintView> {
  requireSignedIn(accountId);
  const { held, issue, stored } = await readAsCaller(accountId, issueKey);
  const record = recordOrError(issue.key, stored);
  const [people, settings] = await Promise.all([peopleOf(record), readRegisterSettings()]);
  return complaintViewOf(issue, record, issue.isComplaint && held.has('EDIT_ISSUES'), people, settings, now().getTime());
}

/** Refuses an owner (or escalation target) who may not browse the issue, asked of Jira for that person. */
async function requireCanSee(issue: ComplaintIssue, person: { accountId: string; field: string }): Promise<void> {
  const unknown = () => invalidInput(person.field, registerText('error.ownerUnknown'));
  const user = await findUser(asAppJira(), person.accountId);
  if (!user) throw unknown();
  let visible: boolean;
  try {
    visible = await userMayBrowseIssue(asAppJira(), person.accountId, issue.id);
  } catch (error) {
    if (error instanceof JiraError && error.status === 400) throw unknown();
    throw error;
  }
  if (!visible) throw invalidInput(person.field, registerText('error.ownerCannotSee', { name: user.displayName ?? person.accountId, key: issue.key }));
}

/** The person an operation names as owner or escalation target, if any. */
function namedPerson(operation: ComplaintOperationInput): { accountId: string; field: string } | undefined {
  if (operation.kind === 'addMeasure') return { accountId: operation.measure.ownerAccountId, field: 'operation.measure.ownerAccountId' };
  if (operation.kind === 'editMeasure' && operation.changes.ownerAccountId !== undefined)
    return { accountId: operation.changes.ownerAccountId, field: 'operation.changes.ownerAccountId' };
  if (operation.kind === 'escalate') return { accountId: operation.toAccountId, field: 'operation.toAccountId' };
  return undefined;
}

/** The contract's operation as the domain's (an agent's escalation gets its id from the record). */
function domainOperation(operation: ComplaintOperationInput, record: ComplaintRecord): ComplaintOperation {
  if (operation.kind === 'escalate')
    return { kind: 'escalate', escalationId: manualEscalationId(record), escalationKind: 'manual', toAccountId: operation.toAccountId, note: operation.note };
  if (operation.kind === 'setAnalysis') return { kind: 'setAnalysis', expected: operation.expected, changes: operation.changes };
  return operation;
}

/** A refusal or conflict as the error the caller reads. */
function failureOf(outcome: Extract<OperationOutcome, { outcome: 'conflict' | 'refused' }>): AppError {
  if (outcome.outcome === 'conflict') return new AppError('CONFLICT', registerText(`conflict.${outcome.reason}`), `operation.${outcome.field}`);
  const message = registerText(`refused.${outcome.reason}`, { max: MAX_MEASURES, field: outcome.field });
  return new AppError('INVALID_INPUT', `operation.${message}`, `operation.${outcome.field}`);
}

/**
 * Applies one operation of an agent to the complaint: the caller must be able to edit the issue,
 * and anyone it names (an owner, an escalation target) must be able to see it. Answers the
 * complaint as it now is.
 */
export async function changeComplaint(
  accountId: string | undefined,
  issueKey: string,
  operation: ComplaintOperationInput,
  options: LeaseOptions = {},
): Promise<{ complaint: ComplaintView; saved: boolean }> {
  const agent = requireSignedIn(accountId);
  const now = options.now ?? (() => new Date());
  const { held, issue } = await readAsCaller(accountId, issueKey);
  if (!held.has('EDIT_ISSUES')) throw forbidden(registerText('error.cannotEdit', { key: issue.key }));
  if (!issue.isComplaint) throw invalidInput('issueKey', registerText('error.notComplaint', { key: issue.key }));
  const person = namedPerson(operation);
  if (person) await requireCanSee(issue, person);
  const outcome = await updateComplaint(
    issue,
    (record) => applyOperation(record, domainOperation(operation, record), { accountId: agent, at: now().toISOString() }),
    options,
  );
  if (outcome.outcome === 'conflict' || outcome.outcome === 'refused') throw failureOf(outcome);
  const [people, settings] = await Promise.all([peopleOf(outcome.record), readRegisterSettings()]);
  return { complaint: complaintViewOf(issue, outcome.record, true, people, settings, now().getTime()), saved: outcome.outcome === 'applied' };
}

/** People who may browse the issue and match `query`: staff only (a portal customer does not own measures). */
export async function searchPeople(accountId: string | undefined, issueKey: string, query: string): Promise<PersonView[]> {
  requireSignedIn(accountId);
  const held = await issuePermissions(accountId, issueKey);
  if (!held.has('EDIT_ISSUES')) throw forbidden(registerText('error.cannotEdit', { key: issueKey }));
  if (query.trim() === '') return [];
  const users = await usersWhoCanBrowse(asUserJira(), issueKey, query.trim());
  return users
    .filter((u) => u.accountType !== 'customer' && u.accountType !== 'app')
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId }));
}
