import { events } from '@forge/bridge';
import { useEffect } from 'react';
import type { CsatByService, GadgetConfig, KpiReport } from '#kpi/contract';
import { useCall, type CallState } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';
import { kpiClient } from './client';
import { CsatBars } from './CsatBars';
import { formatComputedAt, periodLabel } from './format';
import { KpiTable } from './KpiTable';
import { KpiTile, type TileContext } from './KpiTile';
import { Notice } from './Notice';
import { Reconfigure } from './Reconfigure';

/** The dashboard's refresh (manifest `refreshable: false`): the gadget reloads its numbers and keeps showing the old ones meanwhile. */
export const GADGET_REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

function useDashboardRefresh(gadgetId: string | undefined, reload: () => void): void {
  useEffect(() => {
    const subscription = events.on(GADGET_REFRESH_EVENT, (payload: unknown) => {
      const origin: unknown = typeof payload === 'object' && payload !== null ? Reflect.get(payload, 'origin') : undefined;
      const target: unknown = typeof payload === 'object' && payload !== null ? Reflect.get(payload, 'gadgetId') : undefined;
      if (origin === 'dashboard' || target === gadgetId) reload();
    });
    return () => void subscription.then((s) => s.unsubscribe()).catch(() => undefined);
  }, [gadgetId, reload]);
}

export interface ViewProps {
  config: GadgetConfig;
  siteUrl: string;
  locale: string;
  gadgetId: string | undefined;
}

function Header({
  report,
  locale,
  refreshing,
}: {
  report: Pick<KpiReport, 'period' | 'previousPeriod' | 'computedAt'> & Partial<Pick<KpiReport, 'scope'>>;
  locale: string;
  refreshing: boolean;
}) {
  const period = periodLabel(report.period, locale);
  const scope = report.scope;
  const scopeParts = scope
    ? [
        scope.projects.length > 0 ? scope.projects.map((p) => p.key).join(', ') : t('kpi.scope.all'),
        scope.customerName ? t('kpi.scope.customer', { name: scope.customerName }) : null,
        scope.serviceName ? t('kpi.scope.service', { name: scope.serviceName }) : null,
      ].filter((p): p is string => p !== null)
    : [];
  return (
    <div className="kpi-row" style={{ justifyContent: 'space-between', marginBottom: 'var(--ds-space-100, 8px)' }} data-testid="kpi-header">
      <span>
        <strong>{report.period.open ? t('kpi.period.soFar', { period }) : period}</strong>
        {report.previousPeriod ? <> {t('kpi.period.vs', { period: periodLabel(report.previousPeriod, locale) })}</> : null}
        {scopeParts.length > 0 ? <> · {scopeParts.join(' · ')}</> : null}
      </span>
      <span role="status" aria-live="polite">
        {refreshing ? t('kpi.refreshing') : t('kpi.updated', { time: formatComputedAt(report.computedAt, locale) })}
      </span>
    </div>
  );
}

function failure<T>(state: CallState<T>) {
  if (!state.error) return null;
  if (state.error.code === 'INVALID_INPUT' || state.error.code === 'NOT_FOUND') return <Reconfigure problem={state.error.message} />;
  return <ErrorMessage error={state.error} onRetry={state.reload} />;
}

function KpiReportView({ config, siteUrl, locale, gadgetId }: ViewProps) {
  const state = useCall(kpiClient, 'getKpis', config);
  useDashboardRefresh(gadgetId, state.reload);
  const report = state.data;
  if (!report) return failure(state) ?? <Loading label={t('kpi.loading')} />;
  const context: TileContext = { locale, siteUrl, compare: config.compare === 'previous' };
  return (
    <div data-testid="kpi-gadget" data-layout={config.layout}>
      <Header report={report} locale={locale} refreshing={state.loading} />
      {state.error ? failure(state) : null}
      {report.scope.hiddenProjects > 0 ? <p className="kpi-message">{t('kpi.scope.hidden', { count: report.scope.hiddenProjects })}</p> : null}
      {report.kpis.some((k) => k.stale) ? <p className="kpi-message kpi-stale">{t('kpi.stale.all')}</p> : null}
      {report.kpis.every((k) => k.reason === 'no-projects') ? (
        <Notice testId="kpi-empty" title={t('kpi.empty.title')} description={t('kpi.empty.description')} />
      ) : config.layout === 'table' ? (
        <KpiTable report={report} context={context} />
      ) : (
        <ul className="kpi-tiles">
          {report.kpis.map((kpi) => (
            <KpiTile key={kpi.id} kpi={kpi} context={context} />
          ))}
        </ul>
      )}
    </div>
  );
}

function CsatView({ config, locale, gadgetId }: ViewProps) {
  const state = useCall(kpiClient, 'getCsatByService', config);
  useDashboardRefresh(gadgetId, state.reload);
  const data: CsatByService | undefined = state.data;
  if (!data) return failure(state) ?? <Loading label={t('kpi.loading')} />;
  return (
    <div data-testid="kpi-gadget" data-layout={config.layout}>
      <Header report={{ period: data.period, previousPeriod: null, computedAt: new Date().toISOString() }} locale={locale} refreshing={state.loading} />
      {data.state === 'ok' ? <CsatBars data={data} locale={locale} /> : <p className="kpi-message">{data.reason ? t(`kpi.reason.${data.reason}`) : null}</p>}
      {data.notes.map((note) => (
        <p key={note} className="kpi-message">
          {t(`kpi.note.${note}`)}
        </p>
      ))}
    </div>
  );
}

/** The gadget's view: its KPIs in the layout the manager chose. */
export function KpiView(props: ViewProps) {
  return props.config.layout === 'csat-by-service' ? <CsatView {...props} /> : <KpiReportView {...props} />;
}
