import type { KpiReport } from '#kpi/contract';
import { t } from '../shared/i18n';
import { download, kpiCsv } from './csv';
import { DrillLink } from './DrillLink';
import { formatValue } from './format';
import { FormulaTip, Status, Trend } from './Indicators';
import { ReasonText, sparklineLabel, type TileContext } from './KpiTile';
import { Sparkline } from './Sparkline';

/** The KPIs as a table with a sparkline per row, and its CSV export. */
export function KpiTable({ report, context }: { report: KpiReport; context: TileContext }) {
  const exportCsv = () =>
    download(
      kpiCsv(report, {
        kpi: t('kpi.table.kpi'),
        unit: 'unit',
        value: t('kpi.table.value'),
        previous: t('kpi.table.previous'),
        change: t('kpi.table.change'),
        target: t('kpi.table.target'),
        status: t('kpi.table.status'),
      }),
      t('kpi.export.file', { date: report.computedAt.slice(0, 10) }),
    );
  return (
    <div>
      <table className="kpi-table" data-testid="kpi-table">
        <thead>
          <tr>
            <th scope="col">{t('kpi.table.kpi')}</th>
            <th scope="col" className="kpi-num">
              {t('kpi.table.value')}
            </th>
            {context.compare ? (
              <th scope="col" className="kpi-num">
                {t('kpi.table.change')}
              </th>
            ) : null}
            <th scope="col" className="kpi-num">
              {t('kpi.table.target')}
            </th>
            <th scope="col">{t('kpi.table.status')}</th>
            <th scope="col">{t('kpi.table.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {report.kpis.map((kpi) => (
            <tr key={kpi.id} data-testid={`row-${kpi.id}`}>
              <th scope="row" style={{ fontWeight: 'normal', borderBottom: '1px solid var(--ds-border, #091e4224)' }}>
                <span className="kpi-label" style={{ color: 'inherit' }}>
                  <span>{kpi.label}</span>
                  <FormulaTip formula={kpi.formula} />
                </span>
                {kpi.state === 'ok' ? null : <ReasonText kpi={kpi} />}
              </th>
              <td className="kpi-num" data-testid={`value-${kpi.id}`}>
                {kpi.state === 'ok' && kpi.drillDownJql ? (
                  <DrillLink jql={kpi.drillDownJql} siteUrl={context.siteUrl} className="kpi-link" label={kpi.label}>
                    {formatValue(kpi.value, kpi.unit, context.locale)}
                  </DrillLink>
                ) : (
                  formatValue(kpi.value, kpi.unit, context.locale)
                )}
                {kpi.stale ? (
                  <span className="kpi-stale" title={t('kpi.stale')}>
                    {' '}
                    *
                  </span>
                ) : null}
              </td>
              {context.compare ? <td className="kpi-num">{kpi.state === 'ok' ? <Trend kpi={kpi} locale={context.locale} /> : null}</td> : null}
              <td className="kpi-num">{kpi.target === null ? '' : formatValue(kpi.target, kpi.unit, context.locale)}</td>
              <td>
                <Status status={kpi.status} />
              </td>
              <td>{kpi.state === 'ok' ? <Sparkline values={kpi.history.map((h) => h.value)} label={sparklineLabel(kpi, context.locale)} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ marginTop: 'var(--ds-space-100, 8px)' }}>
        <button type="button" className="kpi-button" onClick={exportCsv} data-testid="export-csv">
          {t('kpi.export')}
        </button>
      </p>
    </div>
  );
}
