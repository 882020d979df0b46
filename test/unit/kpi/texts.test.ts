import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { TRANSLATED_LOCALES } from '#kernel/locales';
import { sentence } from '#kernel/texts';
import { gadgetConfig } from '#kpi/contract';
import { KPI_CATALOGUE } from '#kpi/domain/catalogue';
import { KPI_CATALOGUE_TEXTS, kpiTexts } from '#kpi/domain/kpi-texts';
import { KPI_TEXTS } from '#kpi/texts';

/** The KPIs' labels, descriptions and formulas, and the gadget's refusals, in the reader's language. */

describe('the KPIs in other languages', () => {
  it('names and explains a KPI in German and Chinese, the sample cap in the locale’s digits', () => {
    expect(kpiTexts('complaints-received', 'de')).toEqual({
      label: 'Eingegangene Beschwerden',
      description: 'Im Zeitraum eingegangene Beschwerden.',
      formula: 'Vorgänge vom Typ Beschwerde, die im Zeitraum erstellt wurden.',
    });
    expect(kpiTexts('complaints-received', 'zh-CN').label).toBe('收到的投诉');
    expect(kpiTexts('compliment-ratio', 'de').label).toBe('Lob je Beschwerde');
    expect(kpiTexts('complaint-resolution-median', 'zh-CN').formula).toBe(
      '期间内已解决投诉的（解决时间 − 创建时间）的中位数，以天计（最多取最近解决的 100 个）。',
    );
    expect(kpiTexts('budget-overruns', 'de').formula).toContain('(gelesen aus den 100 zuletzt gelösten Business Cases)');
    expect(kpiTexts('nps', 'es').label).toBe('NPS');
    expect(kpiTexts('churn-percent', 'es').label).toBe('Abandono de clientes');
  });

  it('keeps English the default, with the cap written as the README writes it', () => {
    expect(kpiTexts('complaint-resolution-mean')).toEqual(kpiTexts('complaint-resolution-mean', 'en'));
    expect(kpiTexts('complaint-resolution-mean').formula).toContain('(at most the 100 most recently resolved)');
  });

  it('has every KPI of the catalogue, in every language, different from English where it is a sentence', () => {
    for (const definition of KPI_CATALOGUE) {
      const english = kpiTexts(definition.id);
      for (const locale of TRANSLATED_LOCALES) {
        const translated = kpiTexts(definition.id, locale);
        expect(translated.description).not.toBe(english.description);
        expect(translated.formula).not.toBe(english.formula);
        expect(translated.formula).not.toMatch(/\{cap\}/);
      }
    }
    expect(Object.keys(KPI_CATALOGUE_TEXTS.tables.en)).toHaveLength(KPI_CATALOGUE.length * 3);
    expect(() => kpiTexts('happiness', 'de')).toThrow('happiness');
  });
});

describe('the gadget’s refusals in other languages', () => {
  it('writes its errors in German and Chinese', () => {
    expect(KPI_TEXTS.in('de', 'error.notSignedIn')).toBe('Sie müssen bei Jira angemeldet sein, um KPIs zu sehen.');
    expect(KPI_TEXTS.in('zh-CN', 'error.projectHidden', { id: '10001' })).toBe('项目 10001 不存在，或您无权浏览');
    expect(KPI_TEXTS.text('error.unknownKpi', { id: 'happiness' }).in('de')).toBe('happiness ist kein KPI des Katalogs');
  });

  it('has a translation for every message the contract can give a configuration', () => {
    const bad = [
      { kpis: 'all of them', period: { kind: 'this-month' } },
      { kpis: [], period: { kind: 'someday' } },
      { kpis: [{ id: 'Not An Id', target: 'lots' }, { id: 'nps' }, { id: 'nps' }], period: { kind: 'custom', from: '2026-13-01', to: 'soon' } },
      {
        kpis: Array.from({ length: 20 }, (_, i) => ({ id: `kpi-${i}` })),
        period: { kind: 'custom', from: '2026-05-01', to: '2026-04-01' },
        scope: { projectIds: Array.from({ length: 30 }, () => 'ACME'), customerId: 'Northwind', serviceId: '' },
        layout: 'pie',
        compare: 'always',
        cacheMinutes: 0,
        refresh: 2.5,
      },
      { kpis: [{ id: 'nps' }], period: { kind: 'custom', from: '2000-01-01', to: '2026-01-01' }, scope: { serviceId: 'x'.repeat(256) }, cacheMinutes: 'soon' },
      { kpis: [{ id: 'nps' }], period: 'this-month', scope: 'ACME' },
    ];
    // Not here: a rolling period's number of days, whose checks (the kernel's period schema) give zod's own English.
    const messages = new Set(bad.flatMap((config) => gadgetConfig.safeParse(config).error?.issues.map((issue) => issue.message) ?? []));
    expect(messages.size).toBeGreaterThan(15);
    const maxLength = KERNEL_TEXTS.in('en', 'input.maxLength', { max: '255' });
    for (const message of messages) {
      if (message === maxLength) continue; // the resolver writes this one from the kernel's table by its parameter
      for (const locale of TRANSLATED_LOCALES)
        expect({ message, locale, translated: sentence(message).in(locale) !== message }).toEqual({ message, locale, translated: true });
    }
  });
});
