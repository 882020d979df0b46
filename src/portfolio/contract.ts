import { z } from 'zod';
import {
  booleanValue,
  emptyInput,
  INPUT_MESSAGES,
  issueKey,
  maxLengthMessage,
  namedRef,
  numberValue,
  numericId,
  optionalText,
  requiredText,
  stringValue,
} from '#kernel/input-schemas';
import { runStatus } from '#provisioning/contract';
import { defineContract } from '#kernel/contract';
import { AGREEMENT_STATES } from './domain/agreements';
import { BACKFILL_EXAMPLES, BACKFILL_MAX_PROJECTS, SKIP_REASONS } from './domain/backfill';
import { CHANGE_FIELDS } from './domain/changes';
import { isoDate } from './domain/dates';
import { HEALTH_STATUSES, REASON_CODES } from './domain/health';
import { HEALTH_SETTING_BOUNDS, HEALTH_SETTING_KEYS, healthSettings, healthSettingsInput } from './domain/health-settings';
import { IMPORT_MAX_BYTES, PORTFOLIO_COLUMNS } from './domain/csv-columns';
import {
  AGREEMENT_NAME_MAX_LENGTH,
  AGREEMENT_REFERENCE_MAX_LENGTH,
  AGREEMENT_TYPES,
  CONTACT_ROLE_MAX_LENGTH,
  INDUSTRY_MAX_LENGTH,
  LIFECYCLE_TRANSITIONS,
  LIFECYCLES,
  MAX_AGREEMENT_SERVICES,
  MAX_ENROLLED_SERVICES,
  MAX_KEY_CONTACTS,
  TIERS,
} from './domain/profile';

/**
 * The portfolio's resolver calls (function `portfolio-resolver`): the customer panel on the JSM
 * organization page, the portfolio page, and the customer glance on tickets. Each call checks who
 * calls, asking Jira as the user: reading a customer is for agents of a service project that serves
 * the organization and for Jira admins; changing one is for its BRM owner and Jira admins.
 *
 * Each message here is the English of a sentence of PORTFOLIO_TEXTS (domain/texts.ts) or of the
 * kernel's input sentences, which the resolver writes in the caller's language (the UI imports this
 * file, so it names them by their English rather than importing the tables);
 * test/unit/portfolio/texts.test.ts checks that every message has its translations.
 */

export { AGREEMENT_TYPES, HEALTH_STATUSES, LIFECYCLES, LIFECYCLE_TRANSITIONS, REASON_CODES, TIERS, AGREEMENT_STATES, CHANGE_FIELDS };
export {
  AGREEMENT_NAME_MAX_LENGTH,
  AGREEMENT_REFERENCE_MAX_LENGTH,
  CONTACT_ROLE_MAX_LENGTH,
  INDUSTRY_MAX_LENGTH,
  MAX_AGREEMENT_SERVICES,
  MAX_ENROLLED_SERVICES,
  MAX_KEY_CONTACTS,
};

export const organizationId = numericId('an organization');
const accountId = stringValue().trim().min(1, { error: INPUT_MESSAGES.required }).max(128, { error: 'is not an account id' });
const serviceRef = stringValue().trim().min(1, { error: 'must be a service id' }).max(64, { error: 'is not a service id' });
/** The profile version an edit is based on: 0 for a customer without a profile yet. */
const version = numberValue().int({ error: 'must be a whole number' }).nonnegative({ error: 'must be 0 or more' });

export const person = z.object({ accountId: z.string(), displayName: z.string() });
export type Person = z.infer<typeof person>;

export const tier = z.enum(TIERS, { error: `must be one of ${TIERS.join(', ')}` });
export const lifecycle = z.enum(LIFECYCLES, { error: `must be one of ${LIFECYCLES.join(', ')}` });
export const healthStatus = z.enum(HEALTH_STATUSES, { error: `must be one of ${HEALTH_STATUSES.join(', ')}` });
const agreementType = z.enum(AGREEMENT_TYPES, { error: `must be one of ${AGREEMENT_TYPES.join(', ')}` });

const webAddress = z
  .string({ error: 'must be a string' })
  .trim()
  .max(AGREEMENT_REFERENCE_MAX_LENGTH, { error: `must be at most ${AGREEMENT_REFERENCE_MAX_LENGTH} characters` })
  .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { error: 'must be a web address starting with http:// or https://' });

// --- views -----------------------------------------------------------------------------------

export const agreementView = z.object({
  agreementId: z.string(),
  agreementType,
  name: z.string(),
  reference: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  services: z.array(namedRef),
  state: z.enum(AGREEMENT_STATES),
  daysLeft: z.number().int(),
});
export type AgreementView = z.infer<typeof agreementView>;

/** An agreement as a line of history: its type, name and dates, which the UI writes in the viewer's language. */
export const agreementLine = z.object({ agreementType, name: z.string(), startDate: z.string(), endDate: z.string() });
export type AgreementLine = z.infer<typeof agreementLine>;

/**
 * A value before or after a change: a name or a code (tier, lifecycle state), a list of names, an
 * agreement, or nothing. For a lifecycle change, `subject` is the date of the change.
 */
const changeValue = z.union([z.string(), z.array(z.string()), agreementLine, z.null()]);

export const changeView = z.object({
  at: z.string(),
  by: person,
  source: z.enum(['edit', 'import']),
  changes: z.array(
    z.object({
      field: z.enum(CHANGE_FIELDS),
      from: changeValue,
      to: changeValue,
      subject: z.string().optional(),
    }),
  ),
});
export type ChangeView = z.infer<typeof changeView>;

export const profileView = z.object({
  /** 0 while the customer has no profile yet. */
  version: z.number().int().nonnegative(),
  owner: person.nullable(),
  tier: tier.nullable(),
  industry: z.string(),
  keyContacts: z.array(person.extend({ role: z.string() })),
  enrolledServices: z.array(namedRef),
  lifecycle: z.object({ state: lifecycle, since: z.string() }).nullable(),
  lifecycleHistory: z.array(z.object({ state: lifecycle, date: z.string(), by: person })),
  updatedAt: z.string().nullable(),
  updatedBy: person.nullable(),
});
export type ProfileView = z.infer<typeof profileView>;

export const customerView = z.object({
  organization: namedRef,
  today: z.string(),
  profile: profileView,
  agreements: z.array(agreementView),
  history: z.array(changeView),
  /** The viewer may change the profile: its BRM owner, or a Jira admin. */
  canEdit: z.boolean(),
  /** The viewer is a Jira admin (may also choose the owner of a customer without one). */
  isAdmin: z.boolean(),
});
export type CustomerView = z.infer<typeof customerView>;

/** What a change answers: saved, or someone saved first (nothing of this change was written), with the newer version. */
export const saveOutcome = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), customer: customerView }),
  z.object({ saved: z.literal(false), reason: z.literal('conflict'), customer: customerView, changedBy: person.nullable(), changedAt: z.string().nullable() }),
]);
export type SaveOutcome = z.infer<typeof saveOutcome>;

export const counted = z.object({ count: z.number().int().nonnegative(), jql: z.string() });
export type CountedView = z.infer<typeof counted>;

export const issueItem = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory: z.enum(['new', 'indeterminate', 'done']),
  created: z.string().nullable(),
});
export type IssueItem = z.infer<typeof issueItem>;

export const evidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('jql'), jql: z.string() }),
  z.object({ kind: z.literal('agreement'), agreementId: z.string() }),
]);
export const healthReasonView = z.object({
  code: z.enum(REASON_CODES),
  severity: z.enum(['watch', 'at-risk']),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  evidence,
});
export type HealthReasonView = z.infer<typeof healthReasonView>;

export const healthView = z.object({
  status: healthStatus,
  reasons: z.array(healthReasonView),
  /** What the rule could not read: survey results (surveys not set up) or the register's measures and escalations. */
  missing: z.array(z.enum(['surveys', 'register', 'brm-types'])),
});
export type HealthView = z.infer<typeof healthView>;

const trendPoint = z.object({ month: z.string(), answered: z.number().int(), csat: z.number().nullable(), jql: z.string() });
export type TrendPoint = z.infer<typeof trendPoint>;
const satisfactionSeries = z.object({
  answered: z.number().int(),
  csat: z.number().nullable(),
  mean: z.number().nullable(),
  trend: z.array(trendPoint),
  jql: z.string(),
});

export const satisfactionView = z.discriminatedUnion('available', [
  z.object({ available: z.literal(false) }),
  z.object({
    available: z.literal(true),
    months: z.array(z.string()),
    overall: satisfactionSeries.extend({ nps: z.number().nullable(), npsAnswered: z.number().int() }),
    services: z.array(satisfactionSeries.extend({ service: namedRef.nullable() })),
  }),
]);
export type SatisfactionView = z.infer<typeof satisfactionView>;

export const insightsView = z.object({
  today: z.string(),
  health: healthView,
  satisfaction: satisfactionView,
  /** A count is null where Jira cannot count it yet: the BRM issue types are not set up, or the register is not installed. */
  complaints: z.object({
    open: counted.nullable(),
    overdue: counted.nullable(),
    escalated: counted.nullable(),
    openItems: z.array(issueItem),
    escalatedItems: z.array(issueItem),
    resolved: z.object({ jql: z.string(), items: z.array(issueItem.extend({ resolved: z.string().nullable(), resolutionDays: z.number().nullable() })) }),
  }),
  compliments: z.object({ all: counted.nullable(), items: z.array(issueItem) }),
  pipeline: z.object({
    businessCases: counted.nullable(),
    businessCaseItems: z.array(issueItem.extend({ plannedCost: z.number().nullable(), actualCost: z.number().nullable() })),
    requirements: counted.nullable(),
    requirementItems: z.array(issueItem),
  }),
  incidents: z.object({ open: counted.nullable(), items: z.array(issueItem) }),
  volume: z.object({ recent: counted, previous: counted, windowDays: z.number().int() }),
});
export type InsightsView = z.infer<typeof insightsView>;

export const portfolioFilter = z.object({
  mine: booleanValue().default(false),
  tier: tier.nullable().default(null),
  lifecycle: lifecycle.nullable().default(null),
  health: healthStatus.nullable().default(null),
});
export type PortfolioFilter = z.infer<typeof portfolioFilter>;

export const portfolioRow = z.object({
  organizationId: z.string(),
  name: z.string(),
  tier: tier.nullable(),
  owner: person.nullable(),
  lifecycle: lifecycle.nullable(),
  health: z.object({ status: healthStatus, assessedAt: z.string() }).nullable(),
  csat: z.number().nullable(),
  nps: z.number().nullable(),
  openComplaints: z.number().nullable(),
});
export type PortfolioRow = z.infer<typeof portfolioRow>;

export const glanceView = z.discriminatedUnion('hasCustomer', [
  z.object({ hasCustomer: z.literal(false) }),
  z.object({
    hasCustomer: z.literal(true),
    customer: namedRef,
    tier: tier.nullable(),
    owner: person.nullable(),
    health: z.object({ status: healthStatus, assessedAt: z.string() }).nullable(),
    csat: z.number().nullable(),
    csatPrevious: z.number().nullable(),
    openComplaints: counted.nullable(),
  }),
]);
export type GlanceView = z.infer<typeof glanceView>;

// --- inputs ------------------------------------------------------------------------------------

const organizationInput = z.object({ organizationId });

export const profileEdit = z.object({
  organizationId,
  version,
  ownerAccountId: accountId.nullable(),
  tier: tier.nullable(),
  industry: optionalText(INDUSTRY_MAX_LENGTH),
  keyContacts: z
    .array(z.object({ accountId, role: optionalText(CONTACT_ROLE_MAX_LENGTH) }), { error: 'must be a list' })
    .max(MAX_KEY_CONTACTS, { error: `must have at most ${MAX_KEY_CONTACTS} contacts` }),
  enrolledServiceIds: z
    .array(serviceRef, { error: 'must be a list of service ids' })
    .max(MAX_ENROLLED_SERVICES, { error: `must have at most ${MAX_ENROLLED_SERVICES} services` }),
});
export type ProfileEdit = z.infer<typeof profileEdit>;

export const agreementEdit = z
  .object({
    agreementId: stringValue().trim().min(1, { error: INPUT_MESSAGES.required }).max(64, { error: 'is not an agreement id' }).optional(),
    agreementType,
    name: requiredText(AGREEMENT_NAME_MAX_LENGTH),
    reference: webAddress.default(''),
    startDate: isoDate,
    endDate: isoDate,
    serviceIds: z
      .array(serviceRef, { error: 'must be a list of service ids' })
      .max(MAX_AGREEMENT_SERVICES, { error: `must have at most ${MAX_AGREEMENT_SERVICES} services` })
      .default([]),
  })
  .refine((a) => a.endDate >= a.startDate, { path: ['endDate'], error: 'must not be before the start date' });
export type AgreementEdit = z.infer<typeof agreementEdit>;

export const portfolioContract = defineContract({
  getCustomer: { input: organizationInput, output: customerView },
  getCustomerInsights: { input: organizationInput, output: insightsView },
  saveProfile: { input: profileEdit, output: saveOutcome },
  changeLifecycle: { input: z.object({ organizationId, version, state: lifecycle, date: isoDate }), output: saveOutcome },
  saveAgreement: { input: z.object({ organizationId, version, agreement: agreementEdit }), output: saveOutcome },
  removeAgreement: {
    input: z.object({ organizationId, version, agreementId: stringValue().trim().min(1, { error: INPUT_MESSAGES.required }) }),
    output: saveOutcome,
  },
  listContactChoices: { input: organizationInput, output: z.object({ people: z.array(person) }) },
  listOwnerChoices: { input: z.object({ organizationId, query: optionalText(100).default('') }), output: z.object({ people: z.array(person) }) },
  listServiceChoices: { input: organizationInput, output: z.object({ services: z.array(namedRef) }) },
  listPortfolio: {
    input: z.object({
      filter: portfolioFilter.default({ mine: false, tier: null, lifecycle: null, health: null }),
      cursor: stringValue()
        .max(2000, { error: maxLengthMessage(2000) })
        .nullable()
        .default(null),
    }),
    output: z.object({ rows: z.array(portfolioRow), cursor: z.string().nullable(), scope: z.enum(['all', 'served']), assessing: z.boolean() }),
  },
  exportPortfolioView: {
    input: z.object({ filter: portfolioFilter.default({ mine: false, tier: null, lifecycle: null, health: null }) }),
    output: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }),
  },
  getCustomerGlance: { input: z.object({ issueKey }), output: glanceView },
});
export type PortfolioContract = typeof portfolioContract;

/**
 * The portfolio's calls on the admin page (function `admin-resolver`, behind its Jira-admin guard):
 * health thresholds, the CSV import (preview, run, follow) and export, the Customer backfill, and
 * the health assessment of every customer.
 */

export { HEALTH_SETTING_BOUNDS, HEALTH_SETTING_KEYS, IMPORT_MAX_BYTES, PORTFOLIO_COLUMNS, SKIP_REASONS, BACKFILL_EXAMPLES };

const jobView = <R extends z.ZodType>(result: R) =>
  z.object({
    jobId: z.string(),
    status: runStatus,
    progress: z.object({ done: z.number().int(), total: z.number().int(), label: z.string() }),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    /** What the job did: all of it once it has ended, so far while it runs. */
    result: result.nullable(),
  });

const rowError = z.object({ line: z.number().int(), field: z.string(), message: z.string() });
export const importPreview = z.object({
  rows: z.array(z.object({ line: z.number().int(), organization: z.string(), action: z.enum(['create-organization', 'new-profile', 'update']) })),
  errors: z.array(rowError),
  toCreate: z.array(z.string()),
});
export type ImportPreviewView = z.infer<typeof importPreview>;

export const importRun = jobView(
  z.object({
    changed: z.number().int(),
    unchanged: z.number().int(),
    failed: z.array(z.object({ line: z.number().int(), message: z.string() })),
    failedCount: z.number().int(),
    created: z.array(z.string()),
  }),
);
export type ImportRunView = z.infer<typeof importRun>;

const skipCountsView = z.object({
  'no-reporter': z.number().int(),
  'no-organization': z.number().int(),
  'several-organizations': z.number().int(),
  'set-meanwhile': z.number().int(),
});
export const backfillRun = jobView(
  z.object({
    scanned: z.number().int(),
    filled: z.number().int(),
    skipped: skipCountsView,
    examples: z.array(z.object({ key: z.string(), reason: z.enum(SKIP_REASONS), organizations: z.array(z.string()) })),
  }),
).extend({ projectIds: z.array(z.string()) });
export type BackfillRunView = z.infer<typeof backfillRun>;

export const healthRun = jobView(z.object({ assessed: z.object({ healthy: z.number().int(), watch: z.number().int(), 'at-risk': z.number().int() }) }));
export type HealthRunView = z.infer<typeof healthRun>;

const importInput = z.object({
  csv: stringValue().max(IMPORT_MAX_BYTES, { error: `must be at most ${IMPORT_MAX_BYTES.toLocaleString('en')} characters; split the file` }),
  createMissing: booleanValue().default(false),
});
const jobId = stringValue().trim().min(1, { error: INPUT_MESSAGES.required }).max(64, { error: 'is not a job id' });

export const portfolioAdminContract = defineContract({
  getHealthSettings: { input: emptyInput, output: z.object({ settings: healthSettings, defaults: healthSettings }) },
  saveHealthSettings: { input: z.object({ settings: healthSettingsInput }), output: z.object({ settings: healthSettings }) },
  previewPortfolioImport: { input: importInput, output: importPreview },
  runPortfolioImport: { input: importInput, output: z.object({ preview: importPreview, run: importRun.nullable() }) },
  getPortfolioImport: { input: z.object({ jobId: jobId.nullable().default(null) }), output: z.object({ run: importRun.nullable() }) },
  exportPortfolio: { input: emptyInput, output: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }) },
  startCustomerBackfill: {
    input: z.object({
      projectIds: z
        .array(numericId('a project'), { error: 'must be a list of project ids' })
        .max(BACKFILL_MAX_PROJECTS, { error: `choose at most ${BACKFILL_MAX_PROJECTS} projects` })
        .default([]),
    }),
    output: z.object({ run: backfillRun }),
  },
  getCustomerBackfill: { input: z.object({ jobId: jobId.nullable().default(null) }), output: z.object({ run: backfillRun.nullable() }) },
  cancelCustomerBackfill: { input: z.object({ jobId }), output: z.object({ run: backfillRun.nullable() }) },
  assessPortfolioHealth: { input: emptyInput, output: z.object({ run: healthRun }) },
  getHealthAssessment: { input: emptyInput, output: z.object({ run: healthRun.nullable() }) },
});
export type PortfolioAdminContract = typeof portfolioAdminContract;
