import { z } from 'zod';
import { isCalendarDate } from './calendar';

/**
 * What the app records on a Complaint: its corrective and preventive measures and its analysis
 * (root cause, the customer's response to the resolution, escalations), kept in the issue entity
 * property `brm-complaint`. The property also carries the values Jira indexes for JQL (the
 * `jira:entityProperty` module `brm-complaint-property`), derived from the rest on every write.
 */
export const COMPLAINT_PROPERTY_KEY = 'brm-complaint';

/** Corrective measures fix this complaint now; preventive ones keep it from happening again. */
export const MEASURE_TYPES = ['corrective', 'preventive'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/** A measure is open until it is done or cancelled; a closed one can be reopened. */
export const MEASURE_STATUSES = ['open', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const CLOSED_STATUSES = ['done', 'cancelled'] as const satisfies readonly MeasureStatus[];
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

/** The customer's response to the resolution: none yet, accepted, or disputed. */
export const CUSTOMER_RESPONSES = ['none', 'accepted', 'disputed'] as const;
export type CustomerResponse = (typeof CUSTOMER_RESPONSES)[number];

/** Why a complaint was escalated: it stalled past its threshold, a measure went overdue, or an agent did it. */
export const ESCALATION_KINDS = ['stalled', 'measure-overdue', 'manual'] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/**
 * Jira keeps at most 32 KB per entity property value (Set issue property, PUT
 * /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}). These limits keep a complaint whose
 * texts are written in a Latin script well within it: 20 measures of at most 500 characters, a
 * root cause of at most 2,000, the last 10 escalations. Texts in scripts of more bytes per
 * character can still fill it: a change that would take the record past the limit is refused
 * (`record-full`) instead of failing in Jira.
 */
export const PROPERTY_MAX_BYTES = 32_768;
export const MEASURE_DESCRIPTION_MAX = 500;
export const ROOT_CAUSE_MAX = 2000;
export const ESCALATION_NOTE_MAX = 200;
export const MAX_MEASURES = 20;
export const MAX_ESCALATIONS_KEPT = 10;
/** The last reopenings kept by id, so that a reopening Forge delivers again is recognised (the count goes on past them). */
export const MAX_REOPENINGS_KEPT = 10;

/** The size of a record as Jira counts a property value: its JSON in UTF-8. */
export const recordBytes = (record: ComplaintRecord): number => new TextEncoder().encode(JSON.stringify(record)).length;

/** Measure ids are made by the client that adds the measure, so a repeated add is recognised. */
export const MEASURE_ID_PATTERN = /^m-[a-z0-9]{8,32}$/;

/** Who acted, when the app itself did (the escalation run). */
export const APP_ACTOR = 'app';

export const calendarDate = z.string().refine(isCalendarDate, { message: 'must be a date written YYYY-MM-DD' });

export const measureSchema = z.object({
  id: z.string().regex(MEASURE_ID_PATTERN),
  type: z.enum(MEASURE_TYPES),
  description: z.string().min(1).max(MEASURE_DESCRIPTION_MAX),
  ownerAccountId: z.string().min(1),
  dueDate: calendarDate,
  status: z.enum(MEASURE_STATUSES),
  /** Counts this measure's changes, from 1; an edit or close names the revision it was made on. */
  revision: z.number().int().min(1),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  /** Who closed it (done or cancelled) and when; absent while it is open. */
  closedBy: z.string().optional(),
  closedAt: z.string().optional(),
});
export type Measure = z.infer<typeof measureSchema>;

export const escalationSchema = z.object({
  /** The alert's id for the app's escalations (`stalled:…`, `overdue:…`); `manual-<n>` for an agent's. */
  id: z.string().min(1),
  kind: z.enum(ESCALATION_KINDS),
  at: z.string(),
  /** Who was told; null when there was nobody to tell. */
  toAccountId: z.string().nullable(),
  /** `app` for the daily run, else the agent's account id. */
  by: z.string(),
  measureId: z.string().optional(),
  note: z.string().max(ESCALATION_NOTE_MAX).optional(),
});
export type Escalation = z.infer<typeof escalationSchema>;

/** One time the complaint went from resolved to unresolved. */
export const reopeningSchema = z.object({
  /** What identifies it in Jira: the changelog entry that cleared the resolution (`changelog:<id>`). */
  id: z.string().min(1),
  /** ISO instant of the reopening. */
  at: z.string(),
});
export type Reopening = z.infer<typeof reopeningSchema>;

/**
 * The complaint's reopenings as the app saw them happen (none before the app was installed): how
 * many, the last one's instant and the last few by id. Jira indexes `count` (`brmReopens`) and
 * `lastAt` (`brmReopened`) where they are.
 */
export const reopeningsSchema = z.object({
  count: z.number().int().min(0),
  lastAt: z.string().optional(),
  recent: z.array(reopeningSchema).max(MAX_REOPENINGS_KEPT),
});
export type Reopenings = z.infer<typeof reopeningsSchema>;

export const NO_REOPENINGS: Reopenings = { count: 0, recent: [] };

/** The values Jira indexes (`jira:entityProperty`, with the JQL aliases in brackets). */
export const complaintIndexSchema = z.object({
  /** Open corrective measures (`brmOpenCorrective`). */
  openCorrective: z.number().int().min(0),
  /** Open measures of either type (`brmOpenMeasures`). */
  openMeasures: z.number().int().min(0),
  /** The earliest due date of the open measures (`brmNextDue`); absent when none is open. */
  nextDue: calendarDate.optional(),
  /** Account ids of the open measures' owners (`brmMeasureOwner`). */
  owners: z.array(z.string()),
  /** `yes` once escalated (`brmEscalated`). */
  escalated: z.enum(['yes', 'no']),
  /** The customer's response (`brmResponse`). */
  response: z.enum(CUSTOMER_RESPONSES),
  /** `yes` when a root cause is recorded (`brmRootCause`). */
  rootCauseSet: z.enum(['yes', 'no']),
});
export type ComplaintIndex = z.infer<typeof complaintIndexSchema>;

export const complaintRecordSchema = complaintIndexSchema.extend({
  schemaVersion: z.literal(1),
  /** Counts every change to the record, from 0 (nothing recorded yet). */
  revision: z.number().int().min(0),
  measures: z.array(measureSchema).max(MAX_MEASURES),
  rootCause: z.string().max(ROOT_CAUSE_MAX).nullable(),
  escalations: z.array(escalationSchema).max(MAX_ESCALATIONS_KEPT),
  /** Absent from records written before reopenings were recorded: they read as none. */
  reopenings: reopeningsSchema.default(NO_REOPENINGS),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ComplaintRecord = z.infer<typeof complaintRecordSchema>;

export const isOpen = (measure: Measure): boolean => measure.status === 'open';

/** The index values of a record, from its measures and analysis. */
export function indexOf(record: Pick<ComplaintRecord, 'measures' | 'escalations' | 'response' | 'rootCause'>): ComplaintIndex {
  const open = record.measures.filter(isOpen);
  const nextDue = open.map((m) => m.dueDate).sort()[0];
  return {
    openCorrective: open.filter((m) => m.type === 'corrective').length,
    openMeasures: open.length,
    ...(nextDue === undefined ? {} : { nextDue }),
    owners: [...new Set(open.map((m) => m.ownerAccountId))].sort(),
    escalated: record.escalations.length > 0 ? 'yes' : 'no',
    response: record.response,
    rootCauseSet: record.rootCause !== null && record.rootCause.trim() !== '' ? 'yes' : 'no',
  };
}

/** A record with its index values derived again from the rest (a stored record's own are not trusted). */
export function withIndex(record: Omit<ComplaintRecord, keyof ComplaintIndex> & Partial<ComplaintIndex> & Pick<ComplaintRecord, 'response'>): ComplaintRecord {
  const { openCorrective: _o, openMeasures: _m, nextDue: _n, owners: _w, escalated: _e, rootCauseSet: _r, ...rest } = record;
  return { ...rest, ...indexOf(record) };
}

/** A complaint on which nothing has been recorded yet. */
export function emptyRecord(): ComplaintRecord {
  return withIndex({
    schemaVersion: 1,
    revision: 0,
    measures: [],
    rootCause: null,
    response: 'none',
    escalations: [],
    reopenings: NO_REOPENINGS,
    updatedAt: null,
    updatedBy: null,
  });
}

/**
 * Reads a stored property value. A value that is absent reads as the empty record; one that does
 * not parse (written by hand, or by a newer version) is reported, so nothing overwrites it blindly.
 */
export function readRecord(value: unknown): { ok: true; record: ComplaintRecord } | { ok: false; problem: string } {
  if (value === undefined || value === null) return { ok: true, record: emptyRecord() };
  const parsed = complaintRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: issue ? `${issue.path.join('.') || '(value)'}: ${issue.message}` : 'not a complaint record' };
  }
  return { ok: true, record: withIndex(parsed.data) };
}
