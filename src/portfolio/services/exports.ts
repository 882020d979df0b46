import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import type { JiraClient } from '#platform/jira/client';
import { usersWithEmailByIds } from '#platform/jira/users';
import { agreementsEndingBefore, allPages, queryProfiles } from '#portfolio/portfolio-store';
import { csvFile } from '#portfolio/domain/csv';
import { dateOf } from '#portfolio/domain/dates';
import { PORTFOLIO_COLUMNS, SERVICE_SEPARATOR } from '#portfolio/domain/csv-columns';
import type { StoredAgreement } from '#portfolio/domain/profile';
import { columnName, PORTFOLIO_TEXTS, wordText } from '#portfolio/domain/texts';
import { readCatalogue } from './catalogue';

/** After every end date the app could hold: the end of the `endDate` index. */
const AFTER_ALL = '9999-12-31';

/**
 * The whole portfolio as CSV, in the import's columns (admin page): every profile, one row per
 * agreement (the customer's columns repeated) or one row for a customer without agreements.
 * Owners are written by email where Jira shows it to the admin. The headers, the words of tier,
 * lifecycle and agreement type, and the file's name are in `locale`, the admin's; the import reads
 * them back in any language. Reads KVS a page (100) at a time, and Jira once per 50 owners.
 */
export async function exportPortfolio(
  client: JiraClient,
  now: Date = new Date(),
  locale: Locale = SOURCE_LOCALE,
): Promise<{ fileName: string; csv: string; rows: number }> {
  const [profiles, agreements, catalogue] = await Promise.all([
    allPages((cursor) => queryProfiles({ index: 'all' }, {}, cursor)),
    allPages((cursor) => agreementsEndingBefore(AFTER_ALL, undefined, cursor)),
    readCatalogue(),
  ]);
  const owners = await usersWithEmailByIds(
    client,
    profiles.flatMap((p) => (p.ownerAccountId ? [p.ownerAccountId] : [])),
  );
  const byCustomer = new Map<string, StoredAgreement[]>();
  for (const a of agreements) byCustomer.set(a.organizationId, [...(byCustomer.get(a.organizationId) ?? []), a]);
  const names = (ids: readonly string[]) => ids.map(catalogue.nameOf).join(`${SERVICE_SEPARATOR} `);
  const rows = profiles.flatMap((p) => {
    const customer = [
      p.name,
      p.organizationId,
      p.ownerAccountId ? (owners.get(p.ownerAccountId)?.emailAddress ?? '') : '',
      p.tier ? wordText('tier', p.tier).in(locale) : '',
      p.industry,
      p.lifecycle ? wordText('lifecycle', p.lifecycle).in(locale) : '',
      p.lifecycleSince ?? '',
      names(p.enrolledServiceIds),
    ];
    const own = byCustomer.get(p.organizationId) ?? [];
    if (own.length === 0) return [[...customer, '', '', '', '', '', '']];
    return own.map((a) => [
      ...customer,
      wordText('agreementType', a.agreementType).in(locale),
      a.name,
      a.reference,
      a.startDate,
      a.endDate,
      names(a.serviceIds),
    ]);
  });
  return {
    fileName: PORTFOLIO_TEXTS.in(locale, 'file.portfolio', { date: dateOf(now) }),
    csv: csvFile(
      PORTFOLIO_COLUMNS.map((column) => columnName(column, locale)),
      rows,
    ),
    rows: rows.length,
  };
}
