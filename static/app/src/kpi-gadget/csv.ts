import type { KpiReport, KpiResult } from '#kpi/contract';
import { t } from '../shared/i18n';

/**
 * The table's KPIs as CSV (RFC 4180: comma-separated, CRLF lines, fields with commas, quotes or
 * line breaks quoted). Numbers are written plainly, for spreadsheets; a text that a spreadsheet
 * would run as a formula (starting with = + - @) gets a leading apostrophe. The header and the
 * values that are words (unit, status, why a KPI has no value) are in the language of the person
 * who exports; English keeps the words the export has always written.
 */

/** The CSV's words in one language. */
export interface CsvWords {
  headers: {
    kpi: string;
    unit: string;
    periodStart: string;
    periodEnd: string;
    value: string;
    previous: string;
    change: string;
    target: string;
    status: string;
  };
  unit: (unit: KpiResult['unit']) => string;
  status: (status: NonNullable<KpiResult['status']>) => string;
  reason: (reason: NonNullable<KpiResult['reason']>) => string;
}

/** The CSV's words in the viewer's language. */
export const csvWords = (): CsvWords => ({
  headers: {
    kpi: t('kpi.table.kpi'),
    unit: t('kpi.csv.unit'),
    periodStart: t('kpi.csv.periodStart'),
    periodEnd: t('kpi.csv.periodEnd'),
    value: t('kpi.table.value'),
    previous: t('kpi.table.previous'),
    change: t('kpi.table.change'),
    target: t('kpi.table.target'),
    status: t('kpi.table.status'),
  },
  unit: (unit) => t(`kpi.csv.unit.${unit}`),
  status: (status) => t(`kpi.csv.status.${status}`),
  reason: (reason) => t(`kpi.csv.reason.${reason}`),
});

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function kpiCsv(report: KpiReport, words: CsvWords = csvWords()): string {
  const { headers } = words;
  const points = report.kpis[0]?.history ?? [];
  const header = [
    headers.kpi,
    headers.unit,
    headers.periodStart,
    headers.periodEnd,
    headers.value,
    headers.previous,
    headers.change,
    headers.target,
    headers.status,
    ...points.map((p) => p.start.slice(0, 10)),
  ];
  const rows = report.kpis.map((k) => [
    k.label,
    words.unit(k.unit),
    report.period.start,
    report.period.end,
    k.value,
    k.previous,
    k.trend?.delta ?? null,
    k.target,
    k.status ? words.status(k.status) : k.reason ? words.reason(k.reason) : '',
    ...k.history.map((h) => h.value),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers the text as a file download from the frame. */
export function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
