import type { HealthReasonView } from '#portfolio/contract';
import { currentLocale, setLocale, stringsReady, t } from '../../../../../static/app/src/shared/i18n';
import { formatDay, formatList, percent, reasonText } from '../../../../../static/app/src/shared/portfolio/labels';

/**
 * The portfolio surfaces for a German viewer: their strings, plurals, percentages, months and dates
 * in German. The portfolio's areas (the surfaces' and the admin tab's) register when their code
 * loads, after the frame has set the viewer's locale.
 */

beforeAll(async () => {
  await setLocale('de_DE');
  await import('../../../../../static/app/src/shared/i18n/portfolio');
  await import('../../../../../static/app/src/shared/i18n/portfolio-admin');
  await stringsReady();
});

afterAll(() => setLocale('en_US'));

/** Intl separates a number from its % sign with a no-break space in German. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const reason = (code: HealthReasonView['code'], values: HealthReasonView['values']): string =>
  plain(reasonText({ code, severity: 'watch', values, evidence: { kind: 'jql', jql: '' } }));

describe('the portfolio in German', () => {
  it('writes its labels and plurals in German', () => {
    expect(currentLocale()).toBe('de');
    expect(t('portfolio.health.watch')).toBe('Unter Beobachtung');
    expect(t('portfolio.tier.key')).toBe('Key Account');
    expect(t('portfolio.agreementState.ending-soon', { days: 0 })).toBe('Endet heute');
    expect(t('portfolio.agreementState.ending-soon', { days: 1 })).toBe('Endet in 1 Tag');
    expect(t('portfolio.agreementState.ending-soon', { days: 30 })).toBe('Endet in 30 Tagen');
    expect(t('portfolio.page.exported', { rows: 1200, file: 'kunden-2026-11-30.csv' })).toBe('1.200 Kunden nach kunden-2026-11-30.csv exportiert.');
    expect(t('portfolio.admin.previewRows', { valid: 1, invalid: 2 })).toBe('1 Zeile kann importiert werden; 2 Fehler.');
  });

  it('writes the health reasons with German percentages, months, dates and plurals', () => {
    expect(reason('csat-fell', { from: 82, to: 61, fromMonth: '2026-08', toMonth: '2026-11', drop: 21 })).toBe(
      'CSAT ist zwischen Aug. 2026 und Nov. 2026 von 82 % auf 61 % gesunken',
    );
    expect(reason('csat-low', { csat: 55, month: '2026-11', answered: 1, threshold: 60 })).toBe('CSAT lag im Nov. 2026 bei 55 % (1 Antwort), unter 60 %');
    expect(reason('agreement-ending', { name: 'Validated systems SLA', endDate: '2026-12-01', days: 12 })).toBe(
      'Validated systems SLA endet am 01.12.2026, in 12 Tagen',
    );
    expect(reason('volume-changed', { recent: 7, previous: 10, change: -30, days: 30 })).toBe(
      'Die Ticketzahl hat sich in den letzten 30 Tagen um -30 % verändert (10 → 7)',
    );
    expect(reason('complaints-open', { count: 1, threshold: 1 })).toBe('1 offene Beschwerde (Schwellenwert 1)');
  });

  it('writes percentages, days and lists as Germans read them', () => {
    expect(plain(percent(82))).toBe('82 %');
    expect(percent(null)).toBe('—');
    expect(formatDay('2026-03-01')).toBe('01.03.2026');
    expect(formatList(['E-Mail', 'Laptops'])).toBe('E-Mail, Laptops');
    expect(
      t('portfolio.history.agreement', { type: t('portfolio.agreementType.contract'), name: 'Rahmenvertrag', start: '01.01.2026', end: '31.12.2026' }),
    ).toBe('Vertrag Rahmenvertrag, 01.01.2026 bis 31.12.2026');
  });
});
