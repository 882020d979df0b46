import { APP_FIELD_KEYS } from '#provisioning/domain/app-fields';
import { BRM_TYPE_KEYS } from '#provisioning/domain/issue-types';
import { ENGLISH_TYPE_NAMES } from '#provisioning/domain/names';
import { isKpiId, KPI_CATALOGUE, KPI_IDS, kpiDefinition } from '#kpi/domain/catalogue';
import { drillDownJql, needsOf } from '#kpi/domain/evaluate';
import type { JqlContext } from '#kpi/domain/jql';
import { kpiTexts } from '#kpi/domain/kpi-texts';

/** Every value of `kind` (an app field's key, a type key) the catalogue's data names, wherever it sits. */
function named(data: unknown, found: { fields: Set<string>; types: Set<string> } = { fields: new Set(), types: new Set() }) {
  if (Array.isArray(data)) for (const item of data) named(item, found);
  else if (typeof data === 'object' && data !== null) {
    const record = new Map(Object.entries(data));
    if (record.get('kind') === 'app-field' && typeof record.get('key') === 'string') found.fields.add(String(record.get('key')));
    const types = record.get('types');
    if (typeof types === 'object' && types !== null && 'only' in types && Array.isArray(types.only)) for (const t of types.only) found.types.add(String(t));
    for (const value of record.values()) named(value, found);
  }
  return found;
}

const everyField = new Map(APP_FIELD_KEYS.map((key, i) => [key, `customfield_${10050 + i}`]));
const context = (appFieldIds: ReadonlyMap<string, string>): JqlContext => ({
  scope: { projectIds: ['10000'] },
  period: { start: Date.UTC(2026, 9, 1), end: Date.UTC(2026, 10, 1) },
  now: Date.UTC(2026, 10, 15),
  timeZone: 'UTC',
  appFieldIds,
  issueTypeNames: new Map(Object.entries(ENGLISH_TYPE_NAMES)),
});

test('the catalogue names only app fields and BRM issue types that the provisioning feature defines', () => {
  const { fields, types } = named(KPI_CATALOGUE);
  expect(fields.size).toBeGreaterThan(0);
  expect([...fields].filter((key) => !APP_FIELD_KEYS.some((k) => k === key))).toEqual([]);
  expect(types.size).toBeGreaterThan(0);
  expect([...types].filter((key) => !BRM_TYPE_KEYS.some((k) => k === key))).toEqual([]);
});

test("every KPI's needs and drill-down build with the app's fields installed, so no rule names a field the app lacks", () => {
  const ctx = context(everyField);
  for (const definition of KPI_CATALOGUE) {
    expect(() => needsOf(definition.measure, ctx)).not.toThrow();
    expect(() => drillDownJql(definition, ctx)).not.toThrow();
  }
});

test('ids are unique, each has its texts, and lookups answer only catalogue ids', () => {
  expect(new Set(KPI_IDS).size).toBe(KPI_CATALOGUE.length);
  for (const id of KPI_IDS) {
    expect(kpiDefinition(id)?.id).toBe(id);
    expect(kpiTexts(id).label.length).toBeGreaterThan(0);
    expect(kpiTexts(id).formula.length).toBeGreaterThan(0);
  }
  expect(isKpiId('not-a-kpi')).toBe(false);
  expect(kpiDefinition('not-a-kpi')).toBeUndefined();
});
