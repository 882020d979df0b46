import { z } from 'zod';
import { defineContract } from '#kernel/contract';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES } from '#kernel/feedback-labels';
import { booleanValue, issueKey, namedRef, optionalText, requiredText, stringValue } from '#kernel/input-schemas';
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
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, registerFilterSchema, registerSortSchema } from './domain/register-filter';
import { registerSettingsSchema } from './domain/settings';

/**
 * The complaint register's calls: the complaint panel's (`complaintContract`), the register pages'
 * (`registerContract`) and the register settings on the admin page (`registerSettingsContract`).
 * src/surfaces composes each into the resolver of the module that serves it.
 */

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

// --- The register pages ---------------------------------------------------------------------

export { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES };
export {
  MEASURE_FILTERS,
  REGISTER_STATUSES,
  RESPONSE_FILTERS,
  SORT_KEYS,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type RegisterFilter,
  type RegisterSort,
  type SortKey,
} from './domain/register-filter';

/**
 * The complaint register pages (`brm-register-project`, a project page in service projects, and
 * `brm-global-page`'s `complaints` subpage, across projects, through the global page's function). Every search runs
 * as the caller, so a person sees only the complaints of projects they may browse.
 */

const pageSize = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' })
  .max(MAX_PAGE_SIZE, { error: `must be at most ${MAX_PAGE_SIZE}` });

export const registerQuery = z.object({
  filter: registerFilterSchema,
  sort: registerSortSchema,
});

export const registerRow = z.object({
  issueId: z.string(),
  key: z.string(),
  summary: z.string(),
  project: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  status: z.object({ name: z.string(), category: z.enum(['new', 'indeterminate', 'done']) }),
  created: z.string(),
  resolved: z.string().nullable(),
  /** Whole days open so far, for complaints not resolved. */
  ageDays: z.number().nullable(),
  /** Hours from creation to resolution, for resolved complaints. */
  resolutionHours: z.number().nullable(),
  customer: z.string().nullable(),
  service: z.string().nullable(),
  category: z.enum(FEEDBACK_CATEGORIES).nullable(),
  severity: z.enum(COMPLAINT_SEVERITIES).nullable(),
  measures: z.object({ total: z.number(), open: z.number(), openCorrective: z.number(), overdue: z.number(), nextDue: z.string().nullable() }),
  escalated: z.boolean(),
  response: z.enum(CUSTOMER_RESPONSES),
  rootCauseSet: z.boolean(),
});
export type RegisterRow = z.infer<typeof registerRow>;

export const registerContract = defineContract({
  /** What the filters offer: the service projects the caller may browse, the customers and services. */
  getRegisterOptions: {
    input: z.object({}),
    output: z.object({
      projects: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
      customers: z.array(namedRef),
      services: z.array(namedRef),
    }),
  },
  /**
   * One page of the register: the first without `nextPageToken`, the next with the token the last
   * page gave. `jql` is the search the page ran, for Jira's issue search.
   */
  getRegisterPage: {
    input: registerQuery.extend({ pageSize: pageSize.default(DEFAULT_PAGE_SIZE), nextPageToken: stringValue().min(1).max(2000).optional() }),
    output: z.object({ rows: z.array(registerRow), nextPageToken: z.string().nullable(), jql: z.string() }),
  },
  /** About how many complaints the filter finds (Jira's approximate count), for the export's progress. */
  countRegister: { input: registerQuery, output: z.object({ count: z.number(), jql: z.string() }) },
});
export type RegisterContract = typeof registerContract;

// --- The register settings (admin page) ------------------------------------------------------

export { DEFAULT_THRESHOLDS, THRESHOLD_KEYS, THRESHOLD_MAX_DAYS, THRESHOLD_MIN_DAYS, type RegisterSettings, type ThresholdKey } from './domain/settings';

/** The complaint register's settings on the admin page (function `admin-resolver`, Jira admins only). */
export const registerSettingsContract = defineContract({
  getRegisterSettings: {
    input: z.object({}),
    output: z.object({
      settings: registerSettingsSchema,
      /** The company-managed service projects, where the workflow rule can apply. */
      projects: z.array(z.object({ id: z.string(), key: z.string(), name: z.string(), ruleOn: z.boolean() })),
      contact: personView.nullable(),
    }),
  },
  saveRegisterSettings: { input: registerSettingsSchema, output: z.object({ settings: registerSettingsSchema }) },
  /** People to choose the escalation contact from. */
  findContacts: { input: z.object({ query: optionalText(100) }), output: z.object({ people: z.array(personView) }) },
});
export type RegisterSettingsContract = typeof registerSettingsContract;
