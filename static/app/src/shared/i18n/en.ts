import type { enAdmin } from './en-admin';
import type { enIssueAction } from './en-issue-action';
import type { enPortfolio } from './en-portfolio';
import type { enRegister } from './en-register';
import type { enPortfolioAdmin } from './en-portfolio-admin';
import type { enKpi } from './en-kpi';
import { enIssue } from './en-issue';
import type { enSurveyAdmin } from './en-survey-admin';
import type { enSurveyIssue } from './en-survey-issue';
import type { enSurveyPortal } from './en-survey-portal';

/**
 * English strings, the source table every other locale follows. Keys are grouped by the surface
 * that shows them (`common.*` for strings every surface uses). `{name}` marks a parameter. The
 * admin page's strings (en-admin.ts) load with the admin page's code (i18n/admin.ts), the complaint
 * register's (en-register.ts) with its surfaces' code (i18n/register.ts), the KPI gadget's
 * (en-kpi.ts) with the gadget's (i18n/kpi.ts).
 */
export const en = {
  ...enIssue,
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.none': 'None',
  'common.error.title': 'Something went wrong',
  'common.error.FORBIDDEN': 'You do not have permission to do this',
  'common.error.INVALID_INPUT': 'Some of the information is not valid',
  'common.error.NOT_FOUND': 'We could not find what you asked for',
  'common.error.CONFLICT': 'Someone else changed this at the same time',
  'common.error.UPSTREAM': 'Jira did not answer as expected',
  'common.error.INTERNAL': 'Something went wrong',
  'common.error.unreachable': 'The app could not be reached. Check your connection and try again.',
  'common.error.badAnswer': 'The app answered in a way this page does not understand. Reload the page; if it keeps happening, tell your Jira admin.',
  'common.noIssue': 'Open this from a Jira issue to see its details.',
  'common.unknownModule': 'This part of the app is not available here.',
  'common.error.loadFailed': 'This part of the app could not be loaded. Reload the page to try again.',
} as const;

export type MessageKey =
  | keyof typeof en
  | keyof typeof enAdmin
  | keyof typeof enIssueAction
  | keyof typeof enPortfolio
  | keyof typeof enRegister
  | keyof typeof enSurveyIssue
  | keyof typeof enPortfolioAdmin
  | keyof typeof enSurveyPortal
  | keyof typeof enSurveyAdmin
  | keyof typeof enKpi;
