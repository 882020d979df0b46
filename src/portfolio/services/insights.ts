import { notFound } from '#kernel/app-error';
import { aboutField } from '#kernel/texts';
import { appFieldIds } from '#provisioning/app-field-ids';
import { readTypeNames } from '#provisioning/names-store';
import type { JiraClient } from '#platform/jira/client';
import { JiraError } from '#platform/jira/jira-error';
import { issueCoreFields, type JiraIssue } from '#platform/jira/issues';
import { findOrganization } from '#platform/jira/organizations';
import { searchPage } from '#platform/jira/search';
import { listAgreements } from '#portfolio/portfolio-store';
import type { InsightsView, IssueItem, SatisfactionView, TrendPoint } from '#portfolio/contract';
import { dateOf, monthsEndingAt, monthStart, nextMonthStart } from '#portfolio/domain/dates';
import { assessHealth, csatPercent, npsScore } from '#portfolio/domain/health';
import { customerJql, printJql, type JqlQuery } from '#portfolio/jql';
import { summariseSatisfaction, type AggregateRow, type SatisfactionSeries } from '#portfolio/domain/satisfaction';
import { PORTFOLIO_TEXTS } from '#portfolio/domain/texts';
import { requireReader } from './access';
import { readCatalogue } from './catalogue';
import { countOrNull, readHealthInputs } from './health-inputs';
import type { CallPlace } from './profiles';
import { readHealthSettings } from './settings';
import { customerSurveyRows } from './survey-source';

/** How many tickets each list of the panel shows; its number links to all of them. */
export const LIST_SIZE = 5;
/** Months of satisfaction the panel shows. */
export const SATISFACTION_MONTHS = 12;

const LIST_FIELDS = ['summary', 'status', 'created', 'resolutiondate'];

function itemOf(issue: JiraIssue): IssueItem {
  const core = issueCoreFields.parse(issue.fields);
  const created = issue.fields.created;
  return {
    key: issue.key,
    summary: core.summary ?? issue.key,
    status: core.status?.name ?? '',
    statusCategory: core.status?.statusCategory?.key ?? 'indeterminate',
    created: typeof created === 'string' ? created : null,
  };
}

/** One short page of the query's tickets; none where Jira refuses the query (see countOrNull). */
async function list(client: JiraClient, query: JqlQuery, extraFields: readonly string[] = []): Promise<JiraIssue[]> {
  try {
    const page = await searchPage(client, { jql: printJql(query), fields: [...LIST_FIELDS, ...extraFields], maxResults: LIST_SIZE });
    // Search asked for fields answers each issue's key; one without is left out rather than shown without a link.
    return page.issues.flatMap((issue) => (issue.key === undefined ? [] : [{ ...issue, key: issue.key }]));
  } catch (error) {
    if (error instanceof JiraError && error.status === 400) return [];
    throw error;
  }
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const days = (from: string, to: string): number => Math.round(((Date.parse(to) - Date.parse(from)) / 86_400_000) * 10) / 10;

function seriesView(series: SatisfactionSeries, jqlOf: (from: string, to: string) => JqlQuery, months: readonly string[]) {
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  const trend: TrendPoint[] = series.months.map((m) => ({
    month: m.month,
    answered: m.answered,
    csat: m.answered > 0 ? csatPercent(m) : null,
    jql: printJql(jqlOf(monthStart(m.month), nextMonthStart(m.month))),
  }));
  const scoreSum = series.months.reduce((sum, m) => sum + m.scoreSum, 0);
  return {
    answered: series.answered,
    csat: series.answered > 0 ? csatPercent(series) : null,
    mean: series.answered > 0 ? Math.round((scoreSum / series.answered) * 100) / 100 : null,
    trend,
    jql: printJql(jqlOf(monthStart(first), nextMonthStart(last))),
  };
}

async function satisfactionOf(organizationId: string, rows: AggregateRow[] | null, months: readonly string[]): Promise<SatisfactionView> {
  if (!rows) return { available: false };
  const summary = summariseSatisfaction(rows, months);
  const catalogue = await readCatalogue();
  const overall = seriesView(summary.overall, (from, to) => customerJql.surveyAnswers(organizationId, from, to), months);
  return {
    available: true,
    months: [...months],
    overall: { ...overall, nps: summary.overall.nps.answered > 0 ? npsScore(summary.overall.nps) : null, npsAnswered: summary.overall.nps.answered },
    services: summary.services.map((s) => ({
      service: s.serviceId === null ? null : { id: s.serviceId, name: catalogue.nameOf(s.serviceId) },
      ...seriesView(
        s,
        (from, to) =>
          s.serviceId === null ? customerJql.surveyAnswers(organizationId, from, to) : customerJql.serviceSurveyAnswers(organizationId, s.serviceId, from, to),
        months,
      ),
    })),
  };
}

/**
 * The customer panel's sections besides the profile: health and its reasons, satisfaction per
 * service over 12 months, complaints, compliments, pipeline and incidents. Every count and list is
 * asked of Jira as the viewer (approximate counts and one short page per list), so the calls do
 * not grow with the customer's tickets and show only what the viewer may see.
 */
export async function getInsights(accountId: string | undefined, organizationId: string, place: CallPlace = {}): Promise<InsightsView> {
  const viewer = await requireReader(accountId, organizationId, place.projectId);
  const client = viewer.client;
  const organization = await findOrganization(client, organizationId);
  if (!organization) throw notFound(aboutField('organizationId', PORTFOLIO_TEXTS.text('organization.hidden', { id: organizationId })), 'organizationId');
  const today = dateOf(place.now ?? new Date());
  const months = monthsEndingAt(today, SATISFACTION_MONTHS);
  const [settings, agreements, rows, fieldIds, typeNames] = await Promise.all([
    readHealthSettings(),
    listAgreements(organizationId),
    customerSurveyRows(organizationId, months),
    appFieldIds(client),
    readTypeNames(),
  ]);
  const planned = fieldIds.get('brm-planned-cost');
  const actual = fieldIds.get('brm-actual-cost');
  const costFields = [planned, actual].filter((f): f is string => f !== undefined);

  const [
    reading,
    escalatedItems,
    openItems,
    resolved,
    compliments,
    complimentItems,
    businessCases,
    businessCaseItems,
    requirements,
    requirementItems,
    incidents,
    incidentItems,
    satisfaction,
  ] = await Promise.all([
    readHealthInputs(client, organizationId, today, settings, agreements, rows, typeNames),
    list(client, customerJql.escalatedComplaints(organizationId, typeNames)),
    list(client, customerJql.openComplaints(organizationId, typeNames)),
    list(client, customerJql.resolvedComplaints(organizationId, typeNames)),
    countOrNull(client, customerJql.compliments(organizationId, typeNames)),
    list(client, customerJql.compliments(organizationId, typeNames)),
    countOrNull(client, customerJql.openBusinessCases(organizationId, typeNames)),
    list(client, customerJql.openBusinessCases(organizationId, typeNames), costFields),
    countOrNull(client, customerJql.openServiceRequirements(organizationId, typeNames)),
    list(client, customerJql.openServiceRequirements(organizationId, typeNames)),
    countOrNull(client, customerJql.openIncidents(organizationId, typeNames)),
    list(client, customerJql.openIncidents(organizationId, typeNames)),
    satisfactionOf(organizationId, rows, months),
  ]);
  const assessment = assessHealth(reading.inputs, settings);
  const missing: InsightsView['health']['missing'] = [
    ...(rows === null ? ['surveys' as const] : []),
    ...(reading.counts.open === null
      ? ['brm-types' as const]
      : reading.counts.escalated === null || reading.counts.overdue === null
        ? ['register' as const]
        : []),
  ];
  return {
    today,
    health: { status: assessment.status, reasons: assessment.reasons, missing },
    satisfaction,
    complaints: {
      open: reading.counts.open,
      overdue: reading.counts.overdue,
      escalated: reading.counts.escalated,
      openItems: openItems.map(itemOf),
      escalatedItems: reading.counts.escalated === null ? [] : escalatedItems.map(itemOf),
      resolved: {
        jql: printJql(customerJql.resolvedComplaints(organizationId, typeNames)),
        items: resolved.map((issue) => {
          const item = itemOf(issue);
          const resolvedAt = issue.fields.resolutiondate;
          const at = typeof resolvedAt === 'string' ? resolvedAt : null;
          return { ...item, resolved: at, resolutionDays: at && item.created ? days(item.created, at) : null };
        }),
      },
    },
    compliments: { all: compliments, items: complimentItems.map(itemOf) },
    pipeline: {
      businessCases,
      businessCaseItems: businessCaseItems.map((issue) => ({
        ...itemOf(issue),
        plannedCost: planned ? numberOrNull(issue.fields[planned]) : null,
        actualCost: actual ? numberOrNull(issue.fields[actual]) : null,
      })),
      requirements,
      requirementItems: requirementItems.map(itemOf),
    },
    incidents: { open: incidents, items: incidentItems.map(itemOf) },
    volume: { recent: reading.counts.recent, previous: reading.counts.previous, windowDays: reading.inputs.volume?.windowDays ?? settings.volumeWindowDays },
  };
}
