import { kpiCsv } from '../../../../../static/app/src/kpi-gadget/csv';
import type { KpiReport, KpiResult } from '#kpi/contract';

const kpi = (change: Partial<KpiResult>): KpiResult => ({
  id: 'complaints-received',
  group: 'complaints',
  unit: 'count',
  upIsGood: false,
  label: 'Complaints received',
  description: '',
  formula: '',
  state: 'ok',
  reason: null,
  detail: null,
  value: 12,
  previous: 10,
  trend: { delta: 2, percent: 20, direction: 'up', good: false },
  target: 10,
  status: 'amber',
  history: [
    { start: '2026-10-01T00:00:00.000Z', end: '2026-11-01T00:00:00.000Z', value: 10 },
    { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', value: 12 },
  ],
  drillDownJql: null,
  sample: null,
  notes: [],
  stale: false,
  ...change,
});

const report = (kpis: KpiResult[]): KpiReport => ({
  computedAt: '2026-11-20T10:00:00.000Z',
  period: { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', open: true },
  previousPeriod: null,
  scope: { projects: [], hiddenProjects: 0, customerName: null, serviceName: null },
  kpis,
});

const headers = { kpi: 'KPI', unit: 'unit', value: 'Value', previous: 'Previous', change: 'Change', target: 'Target', status: 'Status' };

describe('the table as CSV', () => {
  it('writes a header and one row per KPI with its history, CRLF-separated', () => {
    const csv = kpiCsv(
      report([
        kpi({}),
        kpi({
          id: 'nps',
          label: 'NPS',
          unit: 'nps',
          value: null,
          previous: null,
          trend: null,
          target: null,
          status: null,
          state: 'unavailable',
          reason: 'surveys-not-installed',
        }),
      ]),
      headers,
    );
    expect(csv.split('\r\n')).toEqual([
      'KPI,unit,period_start,period_end,Value,Previous,Change,Target,Status,2026-10-01,2026-11-01',
      'Complaints received,count,2026-11-01T00:00:00.000Z,2026-12-01T00:00:00.000Z,12,10,2,10,amber,10,12',
      'NPS,nps,2026-11-01T00:00:00.000Z,2026-12-01T00:00:00.000Z,,,,,surveys-not-installed,10,12',
      '',
    ]);
  });

  it('quotes commas and quotes, and keeps a spreadsheet from running a label as a formula', () => {
    const csv = kpiCsv(report([kpi({ label: '=HYPERLINK("x"), evil' })]), headers);
    expect(csv.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""x""), evil",`)).toBe(true);
  });
});
