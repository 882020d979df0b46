import type { JiraClient } from '#platform/jira/client';
import { JiraError } from '#platform/jira/jira-error';
import { approximateCount } from '#platform/jira/search';
import { addDays, monthsEndingAt, monthStart, nextMonthStart } from '#portfolio/domain/dates';
import type { Counted, HealthInputs } from '#portfolio/domain/health';
import type { HealthSettings } from '#portfolio/domain/health-settings';
import { customerJql, printJql, type JqlQuery } from '#portfolio/jql';
import type { StoredAgreement } from '#portfolio/domain/profile';
import { summariseSatisfaction, type AggregateRow } from '#portfolio/domain/satisfaction';
import type { TypeNamesInUse } from '#provisioning/domain/names';

/**
 * What the health rule reads for one customer, counted by Jira as the client's actor (the viewer on
 * the panel; the app in the assessment job): never a list of tickets, so the cost is the same for a
 * customer with ten tickets as for one with a hundred thousand.
 */

/**
 * A count and its JQL; null when Jira refuses the query as invalid (400): it names an issue type no
 * project has yet (BRM is not set up) or a search alias no app declares (the register is not
 * installed).
 */
export async function countOrNull(client: JiraClient, query: JqlQuery): Promise<Counted | null> {
  const jql = printJql(query);
  try {
    return { count: await approximateCount(client, jql), jql };
  } catch (error) {
    if (error instanceof JiraError && error.status === 400) return null;
    throw error;
  }
}

export async function count(client: JiraClient, query: JqlQuery): Promise<Counted> {
  const jql = printJql(query);
  return { count: await approximateCount(client, jql), jql };
}

/** The trend window's months (the current one and `trendMonths` before it) and its survey JQL. */
export function trendWindow(organizationId: string, today: string, settings: HealthSettings): { months: string[]; jql: string } {
  const months = monthsEndingAt(today, settings.trendMonths + 1);
  const first = months[0] ?? today.slice(0, 7);
  const last = months[months.length - 1] ?? today.slice(0, 7);
  return { months, jql: printJql(customerJql.surveyAnswers(organizationId, monthStart(first), nextMonthStart(last))) };
}

export interface HealthReading {
  inputs: HealthInputs;
  counts: { open: Counted | null; escalated: Counted | null; overdue: Counted | null; recent: Counted; previous: Counted };
  /** The survey rows of the trend window, or null when there are none to read. */
  surveys: AggregateRow[] | null;
}

/** Reads the health inputs: five counts, the survey rows of the window (given), the agreements (given). */
export async function readHealthInputs(
  client: JiraClient,
  organizationId: string,
  today: string,
  settings: HealthSettings,
  agreements: readonly StoredAgreement[],
  surveyRows: AggregateRow[] | null,
  typeNames: TypeNamesInUse,
): Promise<HealthReading> {
  const window = settings.volumeWindowDays;
  const [open, escalated, overdue, recent, previous] = await Promise.all([
    countOrNull(client, customerJql.openComplaints(organizationId, typeNames)),
    countOrNull(client, customerJql.escalatedComplaints(organizationId, typeNames)),
    countOrNull(client, customerJql.overdueComplaints(organizationId, typeNames)),
    count(client, customerJql.ticketsCreated(organizationId, addDays(today, -window + 1), addDays(today, 1))),
    count(client, customerJql.ticketsCreated(organizationId, addDays(today, -2 * window + 1), addDays(today, -window + 1))),
  ]);
  const trend = trendWindow(organizationId, today, settings);
  const summary = surveyRows ? summariseSatisfaction(surveyRows, trend.months) : null;
  const inputs: HealthInputs = {
    today,
    csat: summary ? { months: summary.overall.months.map(({ month, answered, satisfied }) => ({ month, answered, satisfied })), jql: trend.jql } : null,
    nps: summary
      ? { answered: summary.overall.nps.answered, promoters: summary.overall.nps.promoters, detractors: summary.overall.nps.detractors, jql: trend.jql }
      : null,
    complaints: open ? { open, escalated, overdue } : null,
    agreements: agreements.map((a) => ({ agreementId: a.agreementId, name: a.name, endDate: a.endDate })),
    volume: { recent, previous, windowDays: window },
  };
  return { inputs, counts: { open, escalated, overdue, recent, previous }, surveys: surveyRows };
}
