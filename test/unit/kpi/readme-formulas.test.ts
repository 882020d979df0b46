import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '#scripts/build-static';
import { KPI_CATALOGUE } from '#kpi/domain/catalogue';
import type { KpiUnit } from '#kpi/domain/definition';
import { sourceOf } from '#kpi/domain/definition';
import { kpiTexts } from '#kpi/domain/kpi-texts';

/** How the README's table writes each unit. */
const UNIT_TEXT: Record<KpiUnit, string> = {
  count: 'count',
  percent: '%',
  days: 'days',
  nps: '−100…+100',
  'score-5': '1–5',
  'score-7': '1–7',
  ratio: 'ratio',
  amount: 'amount',
};

/** The KPI table of the README's section "KPIs on a dashboard": one row per KPI, `| \`id\` | label | formula | unit | better | default target | source |`. */
function readmeRows(): Map<string, string[]> {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.split('\n## ').find((s) => s.startsWith('KPIs on a dashboard'));
  expect(section).toBeDefined();
  const rows = new Map<string, string[]>();
  for (const line of (section ?? '').split('\n')) {
    const match = /^\| `([a-z0-9-]+)` \|(.*)\|$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    expect(rows.has(match[1])).toBe(false);
    rows.set(
      match[1],
      match[2].split(' | ').map((cell) => cell.trim()),
    );
  }
  return rows;
}

test("the README's KPI table has every KPI of the catalogue, and each row says what the code does", () => {
  const rows = readmeRows();
  expect([...rows.keys()].sort()).toEqual(KPI_CATALOGUE.map((d) => d.id).sort());
  for (const definition of KPI_CATALOGUE) {
    const texts = kpiTexts(definition.id);
    const better = definition.upIsGood === null ? '–' : definition.upIsGood ? 'up' : 'down';
    const target = definition.defaultTarget === null ? '–' : String(definition.defaultTarget);
    expect({ id: definition.id, row: rows.get(definition.id) }).toEqual({
      id: definition.id,
      row: [texts.label, texts.formula, UNIT_TEXT[definition.unit], better, target, sourceOf(definition.measure)],
    });
  }
});
