import { z } from 'zod';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES } from '#kernel/feedback-labels';
import { calendarDate } from './complaint-record';

/**
 * What a person can ask the complaint register for: filters, sort and page size. The register
 * turns a filter into JQL as a syntax tree (services/register-jql.ts), never by pasting text.
 */

/** Open complaints (status category not Done) or resolved ones (Done); `all` for both. */
export const REGISTER_STATUSES = ['all', 'open', 'resolved'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** Complaints with any open measure, with an overdue one (an open measure past its due date), or no filter. */
export const MEASURE_FILTERS = ['any', 'open', 'overdue', 'open-corrective'] as const;
export type MeasureFilter = (typeof MEASURE_FILTERS)[number];

export const RESPONSE_FILTERS = ['any', 'accepted', 'disputed', 'none'] as const;

/** What the register can sort by, and the JQL field each one orders. */
export const SORT_KEYS = ['created', 'updated', 'resolved', 'key', 'status', 'nextDue'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_FIELDS: Readonly<Record<SortKey, string>> = {
  created: 'created',
  updated: 'updated',
  resolved: 'resolved',
  key: 'key',
  status: 'status',
  nextDue: 'brmNextDue',
};
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;

/** Rows per page: the table's default, and what search/jql returns at most with fields. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** Projects one filter may name; more is a JQL Jira would refuse as too long long before. */
export const MAX_FILTER_PROJECTS = 50;

export const registerFilterSchema = z
  .object({
    projectIds: z
      .array(z.string().regex(/^\d{1,18}$/, { error: 'must be project ids (digits only)' }))
      .max(MAX_FILTER_PROJECTS, { error: `must name at most ${MAX_FILTER_PROJECTS} projects` })
      .optional(),
    customerId: z
      .string()
      .regex(/^\d{1,18}$/, { error: 'must be an organization id (digits only)' })
      .optional(),
    serviceId: z.string().trim().min(1, { error: 'must be a service id' }).max(64, { error: 'is not a service id' }).optional(),
    category: z.enum(FEEDBACK_CATEGORIES, { error: `must be one of ${FEEDBACK_CATEGORIES.join(', ')}` }).optional(),
    severity: z.enum(COMPLAINT_SEVERITIES, { error: `must be one of ${COMPLAINT_SEVERITIES.join(', ')}` }).optional(),
    status: z.enum(REGISTER_STATUSES, { error: `must be one of ${REGISTER_STATUSES.join(', ')}` }).default('all'),
    measures: z.enum(MEASURE_FILTERS, { error: `must be one of ${MEASURE_FILTERS.join(', ')}` }).default('any'),
    escalated: z.boolean({ error: 'must be true or false' }).optional(),
    response: z.enum(RESPONSE_FILTERS, { error: `must be one of ${RESPONSE_FILTERS.join(', ')}` }).default('any'),
    /** Complaints created on or after `from` and on or before `to` (calendar dates, the viewer's time zone). */
    createdFrom: calendarDate.optional(),
    createdTo: calendarDate.optional(),
  })
  .refine((f) => f.createdFrom === undefined || f.createdTo === undefined || f.createdFrom <= f.createdTo, {
    path: ['createdTo'],
    message: 'must not be before createdFrom',
  });
export type RegisterFilter = z.output<typeof registerFilterSchema>;

export const registerSortSchema = z.object({
  key: z.enum(SORT_KEYS, { error: `must be one of ${SORT_KEYS.join(', ')}` }).default('created'),
  direction: z.enum(SORT_DIRECTIONS, { error: 'must be asc or desc' }).default('desc'),
});
export type RegisterSort = z.output<typeof registerSortSchema>;
