import type { KpiReport, KpiResult } from '#kpi/contract';
import { currentLocale, setLocale, stringsReady, t } from '../../../../../static/app/src/shared/i18n';
import { kpiCsv } from '../../../../../static/app/src/kpi-gadget/csv';
import { configOf, draftOf } from '../../../../../static/app/src/kpi-gadget/edit-draft';
import { formatDelta, formatValue, periodLabel } from '../../../../../static/app/src/kpi-gadget/format';

/**
 * The gadget for a German viewer: its strings, numbers, periods, CSV and form problems in German.
 * The gadget's area registers when its code loads, after the frame has set the viewer's locale.
 */

beforeAll(async () => {
  await setLocale('de_DE');
  await import('../../../../../static/app/src/shared/i18n/kpi');
  await stringsReady();
});

afterAll(() => setLocale('en_US'));

const kpi: KpiResult = {
  id: 'complaints-received',
  group: 'complaints',
  unit: 'count',
  upIsGood: false,
  label: 'Eingegangene Beschwerden',
  description: '',
  formula: '',
  state: 'ok',
  reason: null,
  detail: null,
  value: 1234,
  previous: 1000,
  trend: null,
  target: 1000,
  status: 'red',
  history: [{ start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', value: 1234 }],
  drillDownJql: null,
  sample: null,
  notes: [],
  stale: false,
};
const report: KpiReport = {
  computedAt: '2026-11-20T10:00:00.000Z',
  period: { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', open: true },
  previousPeriod: null,
  scope: { projects: [], hiddenProjects: 0, customerName: null, serviceName: null },
  kpis: [kpi, { ...kpi, id: 'nps', label: 'NPS', unit: 'nps', value: null, status: null, state: 'unavailable', reason: 'surveys-not-installed' }],
};

describe('the KPI gadget in German', () => {
  it('writes its strings, with plurals, in German', () => {
    expect(currentLocale()).toBe('de');
    expect(t('kpi.status.green')).toBe('Im Ziel');
    expect(t('kpi.csat.responses', { count: 1 })).toBe('1 Antwort');
    expect(t('kpi.csat.responses', { count: 1200 })).toBe('1.200 Antworten');
    expect(t('kpi.scope.hidden', { count: 2 })).toBe('2 Projekte dieses Gadgets sind für Sie nicht sichtbar; seine Zahlen lassen sie aus.');
  });

  it('writes values, changes and periods as Germans read them', () => {
    const locale = currentLocale();
    expect(formatValue(1234, 'count', locale)).toBe('1.234');
    expect(formatValue(84.54, 'percent', locale)).toBe('84,5 %');
    expect(formatValue(3.25, 'days', locale)).toBe('3,3 T.');
    expect(formatDelta(-2.5, 'percent', locale)).toBe('-2,5 Pkt.');
    expect(periodLabel({ start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' }, locale)).toBe('November 2026');
    expect(periodLabel({ start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' }, locale)).toBe('Q4 2026');
  });

  it('exports the CSV with German headers and words', () => {
    const [header, first, second] = kpiCsv(report).split('\r\n');
    expect(header).toBe('KPI,Einheit,Beginn des Zeitraums,Ende des Zeitraums,Wert,Vorher,Veränderung,Zielwert,Status,2026-11-01');
    expect(first).toMatch(/^Eingegangene Beschwerden,Anzahl,.*,1234,1000,,1000,Nicht im Ziel,1234$/);
    expect(second).toMatch(/^NPS,NPS,.*,Umfragen nicht eingerichtet,1234$/);
  });

  it('says in German what is wrong with a field of the edit form', () => {
    const draft = draftOf({}, []);
    const result = configOf({
      ...draft,
      kpis: [{ id: 'nps', target: 'viele' }],
      cacheMinutes: '0',
      periodKind: 'custom',
      from: '2026-05-01',
      to: '2026-04-01',
    });
    expect(result.ok ? {} : Object.fromEntries(result.errors)).toEqual({
      'kpis.0.target': 'Geben Sie eine Zahl ein.',
      'period.to': 'Wählen Sie einen Tag am oder nach dem ersten Tag.',
      cacheMinutes: 'Geben Sie eine ganze Zahl von Minuten zwischen 1 und 1.440 ein.',
    });
  });
});
