import { z } from 'zod';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES } from '../domain/feedback/feedback';
import { namedRef, stringValue } from '../contract/common';
import { defineContract } from '../contract/define';
import { CUSTOMER_RESPONSES } from './domain/complaint-record';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, registerFilterSchema, registerSortSchema } from './domain/register-filter';

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
 * `brm-register-global`, a page across projects; function `register-resolver`). Every search runs
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
