import { judgeServiceValue, serviceCorrectionReason } from '#catalogue/domain';
import { customerCorrectionReason, defaultCustomer, judgeCustomer } from './domain/customer-rule';
import { CUSTOMER_CHECK_PROPERTY_KEY, SERVICE_CHECK_PROPERTY_KEY, type FieldCheck } from './domain/field-check';
import { asAppJira } from '#platform/jira/client';
import { findIssue, setIssueProperty } from '#platform/jira/issues';
import { JiraError } from '#platform/jira/jira-error';
import { findService } from '#catalogue/service-store';
import { readRefFieldValue, refFieldValueOf, type RefFieldValue } from '#kernel/ref-field-value';
import { writeAppFieldValues, type AppFieldValues } from './app-field-values';
import { appFieldIds } from '#provisioning/app-field-ids';
import { readTicketParties } from './ticket-parties';

/** One changed field of an `avi:jira:updated:issue` event's changelog. */
export interface FieldChange {
  field: string;
  fieldId?: string;
  to?: string | null;
}

/**
 * What happened to a ticket: created, or updated with these changes. `changes` is undefined when
 * the event carried no readable changelog; then everything is checked.
 */
export type TicketEvent = { kind: 'created' } | { kind: 'updated'; changes: readonly FieldChange[] | undefined };

/** `renamed`: the value kept its id, and its name was put right (someone wrote another name, or it was renamed since). */
export type FieldOutcome = 'unchanged' | 'filled' | 'corrected' | 'cleared' | 'renamed';

export type TicketCheckOutcome =
  | { outcome: 'checked'; customer: FieldOutcome; service: FieldOutcome }
  | { outcome: 'skipped'; reason: 'no-field' | 'no-relevant-change' | 'issue-gone' | 'field-not-on-issue' };

/**
 * The id a changelog item set the field to: Jira writes an object field's value into `to` as JSON
 * text (`{"id":"4","name":"…"}`); a plain id is taken as it is.
 */
function idSetBy(change: FieldChange): string | undefined {
  const to = change.to;
  if (to === undefined || to === null) return undefined;
  try {
    return readRefFieldValue(JSON.parse(to))?.id ?? to;
  } catch {
    return to;
  }
}

/** The value with the name its organization or service has now, or undefined when the stored name is already that. */
const renamed = (value: RefFieldValue, name: string | undefined): RefFieldValue | undefined => {
  if (name === undefined) return undefined;
  const current = refFieldValueOf({ id: value.id, name });
  return current.name === value.name ? undefined : current;
};

/** Custom field and reporter changes can touch the rule; a change of anything else cannot. */
const mayMatter = (change: FieldChange): boolean => change.field === 'reporter' || (change.fieldId ?? '').startsWith('customfield_');

/**
 * Keeps a ticket's Customer and Service within their rules, whoever set them (the portal, a plain
 * edit, the REST API): a Customer the ticket cannot be for (ticket-fields/domain/customer-rule) becomes
 * the reporter's one organization or is cleared; a Service that names no catalogue service, or an
 * archived one newly set, is cleared. Each correction is recorded on the ticket (issue properties
 * `brm-customer-check`, `brm-service-check`) with its reason. A new ticket without a Customer takes
 * the reporter's one organization. A value whose name is not its organization's or service's name
 * (anyone with edit rights can write `{ id, name }`) gets the right name back. Idempotent: a ticket that keeps its rules is not written, so the
 * update event of the app's own correction, or a repeated delivery, changes nothing.
 */
export async function checkTicketFields(issueIdOrKey: string, event: TicketEvent, now: () => Date = () => new Date()): Promise<TicketCheckOutcome> {
  if (event.kind === 'updated' && event.changes && !event.changes.some(mayMatter)) return { outcome: 'skipped', reason: 'no-relevant-change' };
  const app = asAppJira();
  const fieldIds = await appFieldIds(app);
  const customerField = fieldIds.get('brm-customer');
  const serviceField = fieldIds.get('brm-service');
  if (!customerField && !serviceField) return { outcome: 'skipped', reason: 'no-field' };

  const changed = (fieldId: string | undefined): boolean =>
    fieldId !== undefined &&
    (event.kind === 'created' || event.changes === undefined || event.changes.some((c) => c.fieldId === fieldId || c.field === 'reporter'));
  const checkCustomer = changed(customerField);
  const checkService = changed(serviceField);
  if (!checkCustomer && !checkService) return { outcome: 'skipped', reason: 'no-relevant-change' };

  const issue = await findIssue(app, issueIdOrKey, ['project', 'reporter', ...(customerField ? [customerField] : []), ...(serviceField ? [serviceField] : [])]);
  const project = issue?.core.project;
  if (!issue || !project) return { outcome: 'skipped', reason: 'issue-gone' };

  const at = now().toISOString();
  const writes: AppFieldValues = {};
  const records: [string, FieldCheck][] = [];
  let customer: FieldOutcome = 'unchanged';
  let service: FieldOutcome = 'unchanged';

  const current = customerField ? readRefFieldValue(issue.fields[customerField]) : null;
  if (checkCustomer && (current !== null || event.kind === 'created')) {
    const { parties, nameOf, names } = await readTicketParties(app, project.id, issue.core.reporter?.accountId);
    const valueOf = (organizationId: string) => refFieldValueOf({ id: organizationId, name: names.get(organizationId) ?? organizationId });
    if (current === null) {
      const fallback = defaultCustomer(parties);
      if (fallback.kind === 'one') {
        writes['brm-customer'] = valueOf(fallback.organizationId);
        customer = 'filled';
      }
    } else {
      const verdict = judgeCustomer(current.id, parties);
      if (!verdict.ok) {
        writes['brm-customer'] = verdict.replacement === null ? null : valueOf(verdict.replacement);
        records.push([
          CUSTOMER_CHECK_PROPERTY_KEY,
          { previous: current.id, value: verdict.replacement, reason: customerCorrectionReason(current.id, verdict, nameOf), at },
        ]);
        customer = verdict.replacement === null ? 'cleared' : 'corrected';
      } else {
        const named = renamed(current, names.get(current.id));
        if (named) {
          writes['brm-customer'] = named;
          customer = 'renamed';
        }
      }
    }
  }

  const serviceValue = serviceField ? readRefFieldValue(issue.fields[serviceField]) : null;
  if (checkService && serviceValue !== null) {
    const found = await findService(serviceValue.id);
    const newlySet = event.kind === 'created' || (event.changes?.some((c) => c.fieldId === serviceField && idSetBy(c) === serviceValue.id) ?? false);
    const verdict = judgeServiceValue(serviceValue.id, found, newlySet);
    if (!verdict.ok) {
      writes['brm-service'] = null;
      records.push([
        SERVICE_CHECK_PROPERTY_KEY,
        { previous: serviceValue.id, value: null, reason: serviceCorrectionReason(serviceValue.id, found, verdict.problem), at },
      ]);
      service = 'cleared';
    } else {
      const named = renamed(serviceValue, found?.name);
      if (named) {
        writes['brm-service'] = named;
        service = 'renamed';
      }
    }
  }

  if (Object.keys(writes).length === 0) return { outcome: 'checked', customer, service };
  try {
    await writeAppFieldValues([{ issueId: issue.id, values: writes }], fieldIds);
  } catch (error) {
    // Jira refuses a field that is not in the issue's context: the project is not provisioned.
    if (error instanceof JiraError && error.status === 400) return { outcome: 'skipped', reason: 'field-not-on-issue' };
    throw error;
  }
  for (const [key, record] of records) await setIssueProperty(app, issue.key, key, record);
  return { outcome: 'checked', customer, service };
}
