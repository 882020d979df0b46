import type { CatalogueEntry } from '#kpi/contract';
import { DEFAULT_GADGET_KPIS } from '#kpi/domain/constants';
import { configOf, draftOf, moveKpi, toggleKpi } from '../../../../../static/app/src/kpi-gadget/edit-draft';

const entry = (id: string, defaultTarget: number | null): CatalogueEntry => ({
  id,
  group: 'complaints',
  unit: 'count',
  upIsGood: false,
  defaultTarget,
  label: id,
  description: '',
  formula: '',
  source: 'jira',
  available: true,
});
const catalogue = [entry('complaints-received', 10), entry('nps', 30), entry('surveys-sent', null)];
const [received, nps] = [entry('complaints-received', 10), entry('nps', 30)];

describe('the edit view’s draft', () => {
  it('starts a new gadget with the default KPIs for this month, compared with the previous one', () => {
    const draft = draftOf({}, catalogue);
    expect(draft.kpis.map((k) => k.id)).toEqual([...DEFAULT_GADGET_KPIS]);
    expect(draft.kpis[0]).toEqual({ id: 'complaints-received', target: '10' });
    expect(configOf(draft)).toMatchObject({ ok: true, config: { period: { kind: 'this-month' }, compare: 'previous', layout: 'tiles', refresh: 15 } });
  });

  it('reads a saved configuration back as it was saved', () => {
    const saved = {
      kpis: [{ id: 'nps', target: 40 }, { id: 'surveys-sent', target: null }, { id: 'complaints-received' }],
      scope: { projectIds: ['10000'], serviceId: 's-1' },
      period: { kind: 'rolling-days', days: 45 },
      compare: 'none',
      layout: 'table',
      cacheMinutes: 30,
    };
    const draft = draftOf(saved, catalogue);
    expect(draft.kpis).toEqual([
      { id: 'nps', target: '40' },
      { id: 'surveys-sent', target: '' },
      { id: 'complaints-received', target: '10' },
    ]);
    const result = configOf(draft);
    expect(result).toMatchObject({
      ok: true,
      config: {
        kpis: [
          { id: 'nps', target: 40 },
          { id: 'surveys-sent', target: null },
          { id: 'complaints-received', target: 10 },
        ],
        scope: { projectIds: ['10000'], serviceId: 's-1' },
        period: { kind: 'rolling-days', days: 45 },
        compare: 'none',
        layout: 'table',
        cacheMinutes: 30,
      },
    });
  });

  it('names the field of each problem: a target that is not a number, no KPI, days out of range, dates the wrong way round', () => {
    const draft = draftOf({}, catalogue);
    const bad = configOf({ ...draft, kpis: [{ id: 'nps', target: 'lots' }] });
    expect(bad.ok ? [] : [...bad.errors.keys()]).toEqual(['kpis.0.target']);
    const none = configOf({ ...draft, kpis: [] });
    expect(none.ok ? [] : [...none.errors.keys()]).toEqual(['kpis']);
    const days = configOf({ ...draft, periodKind: 'rolling-days', days: '0' });
    expect(days.ok ? [] : [...days.errors.keys()]).toEqual(['period.days']);
    const dates = configOf({ ...draft, periodKind: 'custom', from: '2026-05-01', to: '2026-04-01' });
    expect(dates.ok ? [] : [...dates.errors.keys()]).toEqual(['period.to']);
  });

  it('adds a KPI with its default target, takes it off, and moves KPIs within bounds', () => {
    const draft = { ...draftOf({}, catalogue), kpis: [] };
    const one = toggleKpi(toggleKpi(draft, received), nps);
    expect(one.kpis).toEqual([
      { id: 'complaints-received', target: '10' },
      { id: 'nps', target: '30' },
    ]);
    expect(moveKpi(one, 1, -1).kpis.map((k) => k.id)).toEqual(['nps', 'complaints-received']);
    expect(moveKpi(one, 0, -1)).toBe(one);
    expect(toggleKpi(one, received).kpis.map((k) => k.id)).toEqual(['nps']);
  });
});
