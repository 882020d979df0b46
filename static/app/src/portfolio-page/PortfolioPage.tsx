import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { router } from '@forge/bridge';
import { useEffect, useState } from 'react';
import type { PortfolioFilter, PortfolioRow } from '#portfolio/contract';
import { useAction, useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { portfolioClient } from '../shared/portfolio/client';
import { HealthLozenge, percent, formatCount } from '../shared/portfolio/labels';
import { EmptyView } from '../shared/ui/EmptyView';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';
import { download } from './download';
import { Filters } from './Filters';

const cell = { padding: '6px 8px', textAlign: 'start' as const, borderBottom: `1px solid ${token('color.border')}` };
const noFilter: PortfolioFilter = { mine: false, tier: null, lifecycle: null, health: null };

/** The organization page of a customer, where its panel is. */
const organizationHref = (id: string): string => `/jira/servicedesk/organizations/${encodeURIComponent(id)}`;

/**
 * Every customer the viewer may see, a page at a time: tier, BRM owner, lifecycle, health, CSAT,
 * NPS and open complaints (from the last health assessment), with filters and a CSV export.
 */
export function PortfolioPage() {
  const [filter, setFilter] = useState<PortfolioFilter>(noFilter);
  const [cursor, setCursor] = useState<string | null>(null);
  const [rows, setRows] = useState<PortfolioRow[]>([]);
  const page = useCall(portfolioClient, 'listPortfolio', { filter, cursor });
  const exporter = useAction(portfolioClient, 'exportPortfolioView');
  const [exported, setExported] = useState('');
  useEffect(() => {
    if (page.data) setRows((previous) => (cursor === null ? (page.data?.rows ?? []) : [...previous, ...(page.data?.rows ?? [])]));
  }, [page.data, cursor]);

  const changeFilter = (next: PortfolioFilter) => {
    setCursor(null);
    setRows([]);
    setFilter(next);
  };
  const exportCsv = async () => {
    const result = await exporter.run({ filter });
    if (!result.ok) return;
    download(result.data.fileName, result.data.csv);
    setExported(t('portfolio.page.exported', { rows: result.data.rows, file: result.data.fileName }));
  };
  const open = (id: string) => void router.navigate(organizationHref(id)).catch(() => undefined);

  return (
    <Stack space="space.300" testId="portfolio-page">
      <Stack space="space.100">
        <Heading size="large" as="h1">
          {t('portfolio.page.title')}
        </Heading>
        <Text color="color.text.subtle">{page.data?.scope === 'all' ? t('portfolio.page.introAll') : t('portfolio.page.intro')}</Text>
      </Stack>
      <Inline space="space.200" alignBlock="end" spread="space-between" shouldWrap>
        <Filters filter={filter} onChange={changeFilter} />
        <Button onClick={() => void exportCsv()} isLoading={exporter.pending} testId="export-portfolio">
          {t('portfolio.page.export')}
        </Button>
      </Inline>
      <div role="status" aria-live="polite">
        {exported && <Text size="small">{exported}</Text>}
      </div>
      {exporter.error && <ErrorMessage error={exporter.error} />}
      {page.data?.assessing && (
        <SectionMessage appearance="information" testId="assessing">
          <p>{t('portfolio.page.assessing')}</p>
        </SectionMessage>
      )}
      {page.error && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {rows.length === 0 && page.loading ? (
        <Loading />
      ) : rows.length === 0 && !page.error ? (
        <EmptyView header={t('portfolio.page.empty')} description={t('portfolio.page.emptyHint')} />
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="portfolio-table">
          <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{t('portfolio.page.table')}</caption>
          <thead>
            <tr>
              {(['customer', 'tier', 'owner', 'lifecycle', 'health', 'csat', 'nps', 'complaints'] as const).map((c) => (
                <th key={c} scope="col" style={cell}>
                  {t(`portfolio.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.organizationId} data-testid="portfolio-row" data-organization={r.organizationId}>
                <th scope="row" style={{ ...cell, fontWeight: 500 }}>
                  <a
                    href={organizationHref(r.organizationId)}
                    onClick={(event) => {
                      event.preventDefault();
                      open(r.organizationId);
                    }}
                  >
                    {r.name}
                  </a>
                </th>
                <td style={cell}>{r.tier ? t(`portfolio.tier.${r.tier}`) : t('portfolio.none')}</td>
                <td style={cell}>{r.owner?.displayName ?? t('portfolio.none')}</td>
                <td style={cell}>{r.lifecycle ? t(`portfolio.lifecycle.${r.lifecycle}`) : t('portfolio.none')}</td>
                <td style={cell}>
                  <HealthLozenge status={r.health?.status ?? null} />
                </td>
                <td style={cell}>{percent(r.csat)}</td>
                <td style={cell}>{r.nps === null ? t('portfolio.none') : formatCount(r.nps)}</td>
                <td style={cell}>{r.openComplaints === null ? t('portfolio.none') : formatCount(r.openComplaints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.data?.cursor && (
        <Button onClick={() => setCursor(page.data?.cursor ?? null)} isLoading={page.loading} testId="more-customers">
          {t('portfolio.page.more')}
        </Button>
      )}
    </Stack>
  );
}
