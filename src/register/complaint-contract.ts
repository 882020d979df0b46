import { z } from 'zod';
import { booleanValue, issueKey, optionalText, requiredText, stringValue } from '../contract/common';
import { defineContract } from '../contract/define';
import {
  calendarDate,
  CLOSED_STATUSES,
  complaintRecordSchema,
  CUSTOMER_RESPONSES,
  ESCALATION_NOTE_MAX,
  MEASURE_DESCRIPTION_MAX,
  MEASURE_ID_PATTERN,
  MEASURE_TYPES,
  ROOT_CAUSE_MAX,
} from './domain/complaint-record';

export { CUSTOMER_RESPONSES, ESCALATION_NOTE_MAX, MEASURE_DESCRIPTION_MAX, MEASURE_TYPES, ROOT_CAUSE_MAX } from './domain/complaint-record';

/**
 * The complaint panel (`brm-complaint-panel`, function `complaint-resolver`): a Complaint's
 * measures and analysis. Every call checks the caller's own Jira permissions on the issue; changes
 * need Edit Issues there.
 */

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;
const measureType = z.enum(MEASURE_TYPES, { error: oneOf(MEASURE_TYPES) });
const customerResponse = z.enum(CUSTOMER_RESPONSES, { error: oneOf(CUSTOMER_RESPONSES) });
const accountId = stringValue().trim().min(1, { error: 'is required' }).max(128, { error: 'is not an account id' });
const revision = z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' });
const measureId = stringValue().regex(MEASURE_ID_PATTERN, { error: 'must be a measure id such as m-3f9a1c2b' });
const dueDate = stringValue().pipe(calendarDate);

export const measureInput = z.object({
  type: measureType,
  description: requiredText(MEASURE_DESCRIPTION_MAX),
  ownerAccountId: accountId,
  dueDate,
});
export type MeasureInput = z.output<typeof measureInput>;

/** What an agent can do to a complaint, one operation per call. */
export const complaintOperation = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('addMeasure'), measureId, measure: measureInput }),
    z.object({
      kind: z.literal('editMeasure'),
      measureId,
      revision,
      changes: measureInput.partial().refine((c) => Object.keys(c).length > 0, { error: 'say what to change' }),
    }),
    z.object({ kind: z.literal('closeMeasure'), measureId, revision, outcome: z.enum(CLOSED_STATUSES, { error: oneOf(CLOSED_STATUSES) }) }),
    z.object({ kind: z.literal('reopenMeasure'), measureId, revision }),
    z.object({
      kind: z.literal('setAnalysis'),
      /** What the caller last saw of each field it changes. */
      expected: z.object({ rootCause: stringValue().nullable().optional(), response: customerResponse.optional() }),
      changes: z.object({ rootCause: optionalText(ROOT_CAUSE_MAX).nullable().optional(), response: customerResponse.optional() }),
    }),
    z.object({ kind: z.literal('escalate'), toAccountId: accountId, note: optionalText(ESCALATION_NOTE_MAX) }),
  ],
  { error: 'must be one of addMeasure, editMeasure, closeMeasure, reopenMeasure, setAnalysis, escalate' },
);
export type ComplaintOperationInput = z.output<typeof complaintOperation>;

export const personView = z.object({ accountId: z.string(), displayName: z.string() });
export type PersonView = z.infer<typeof personView>;

export const complaintView = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  projectId: z.string(),
  /** False on any other issue type: the panel says that measures live on Complaints. */
  isComplaint: z.boolean(),
  resolved: z.boolean(),
  /** The caller may edit the issue, so may change its measures. */
  canEdit: z.boolean(),
  record: complaintRecordSchema,
  /** Display names of the people the record names, by account id (those Jira tells the caller about). */
  people: z.record(z.string(), z.string()),
  /** Open measures past their due date, in the register's time zone. */
  overdueMeasureIds: z.array(z.string()),
  /** The register's time zone, and today's date there. */
  timeZone: z.string(),
  today: z.string(),
  /** Whether the workflow rule lets the complaint be resolved now, and whether the rule is on in its project. */
  resolution: z.object({
    ruleOn: z.boolean(),
    allowed: z.boolean(),
    reason: z.enum(['no-corrective-measure', 'corrective-measure-open']).nullable(),
    openCorrective: z.number(),
  }),
});
export type ComplaintView = z.infer<typeof complaintView>;

export const complaintContract = defineContract({
  getComplaint: { input: z.object({ issueKey }), output: complaintView },
  /**
   * Applies one operation to the complaint as it is stored now. An operation that collides with a
   * change the caller had not seen answers CONFLICT; the panel then shows the complaint as it is.
   */
  changeComplaint: {
    input: z.object({ issueKey, operation: complaintOperation }),
    output: z.object({ complaint: complaintView, saved: booleanValue() }),
  },
  /** People who may browse the issue, to own a measure or to be escalated to. */
  searchPeople: { input: z.object({ issueKey, query: optionalText(100) }), output: z.object({ people: z.array(personView) }) },
});
export type ComplaintContract = typeof complaintContract;
