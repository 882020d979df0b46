import { z } from 'zod';
import { runStatus } from '../contract/admin';
import { booleanValue, emptyInput, numericId, stringValue } from '../contract/common';
import { defineContract } from '../contract/define';
import { BACKFILL_EXAMPLES, SKIP_REASONS } from './domain/backfill';
import { HEALTH_SETTING_BOUNDS, HEALTH_SETTING_KEYS, healthSettings } from './domain/health-settings';
import { IMPORT_MAX_BYTES, PORTFOLIO_COLUMNS } from './domain/portfolio-csv';

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
const jobId = stringValue().trim().min(1, { error: 'is required' }).max(64, { error: 'is not a job id' });

export const portfolioAdminContract = defineContract({
  getHealthSettings: { input: emptyInput, output: z.object({ settings: healthSettings, defaults: healthSettings }) },
  saveHealthSettings: { input: z.object({ settings: healthSettings }), output: z.object({ settings: healthSettings }) },
  previewPortfolioImport: { input: importInput, output: importPreview },
  runPortfolioImport: { input: importInput, output: z.object({ preview: importPreview, run: importRun.nullable() }) },
  getPortfolioImport: { input: z.object({ jobId: jobId.nullable().default(null) }), output: z.object({ run: importRun.nullable() }) },
  exportPortfolio: { input: emptyInput, output: z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() }) },
  startCustomerBackfill: {
    input: z.object({
      projectIds: z.array(numericId('a project'), { error: 'must be a list of project ids' }).max(50, { error: 'choose at most 50 projects' }).default([]),
    }),
    output: z.object({ run: backfillRun }),
  },
  getCustomerBackfill: { input: z.object({ jobId: jobId.nullable().default(null) }), output: z.object({ run: backfillRun.nullable() }) },
  cancelCustomerBackfill: { input: z.object({ jobId }), output: z.object({ run: backfillRun.nullable() }) },
  assessPortfolioHealth: { input: emptyInput, output: z.object({ run: healthRun }) },
  getHealthAssessment: { input: emptyInput, output: z.object({ run: healthRun.nullable() }) },
});
export type PortfolioAdminContract = typeof portfolioAdminContract;
