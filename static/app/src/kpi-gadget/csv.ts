import type { KpiReport } from '#kpi/contract';

/**
 * The table's KPIs as CSV (RFC 4180: comma-separated, CRLF lines, fields with commas, quotes or
 * line breaks quoted). Numbers are written plainly, for spreadsheets; a text that a spreadsheet
 * would run as a formula (starting with = + - @) gets a leading apostrophe.
 */

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function kpiCsv(
  report: KpiReport,
  headers: { kpi: string; unit: string; value: string; previous: string; change: string; target: string; status: string },
): string {
  const points = report.kpis[0]?.history ?? [];
  const header = [
    headers.kpi,
    headers.unit,
    'period_start',
    'period_end',
    headers.value,
    headers.previous,
    headers.change,
    headers.target,
    headers.status,
    ...points.map((p) => p.start.slice(0, 10)),
  ];
  const rows = report.kpis.map((k) => [
    k.label,
    k.unit,
    report.period.start,
    report.period.end,
    k.value,
    k.previous,
    k.trend?.delta ?? null,
    k.target,
    k.status ?? k.reason ?? '',
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
