import { currentLocale, setLocale, stringsReady, t } from '../../../../../../static/app/src/shared/i18n';
import { formatDate } from '../../../../../../static/app/src/shared/i18n/format';
import { quarterOf } from '../../../../../../static/app/src/admin-page/surveys/campaigns/campaign-draft';

/**
 * The surveys' screens for a German viewer: the Surveys tab's and the portal's areas register when
 * their code loads, after the frame has set the viewer's locale; the panel's strings are the common
 * table's. Counts are plurals, numbers and days are written as Germans write them.
 */

beforeAll(async () => {
  await setLocale('de_DE');
  await import('../../../../../../static/app/src/shared/i18n/survey-admin');
  await import('../../../../../../static/app/src/shared/i18n/survey-issue');
  await import('../../../../../../static/app/src/shared/i18n/survey-portal');
  await stringsReady();
});

afterAll(() => setLocale('en_US'));

describe('the surveys in German', () => {
  it('plan and run a campaign with plurals and German numbers', () => {
    expect(currentLocale()).toBe('de');
    expect(t('surveys.campaigns.form.plan', { contacts: 1, organizations: 2 })).toBe('Diese Kampagne befragt 1 Kontakt in 2 Organisationen.');
    expect(t('surveys.campaigns.view.sending', { done: 3, total: 1200 })).toBe('Wird gesendet: 3 von 1.200 Kontakten');
    expect(t('surveys.results.rebuild.running', { count: 1 })).toBe('Neuberechnung: 1 befragte Anfrage gelesen');
    expect(t('surveys.campaigns.form.defaultName', { period: t('surveys.campaigns.form.quarter', quarterOf(new Date('2026-11-15T12:00:00Z'))) })).toBe(
      'Beziehungsumfrage Q4 2026',
    );
  });

  it('show the panel and the portal survey in German, days as Germans write them', () => {
    expect(t('survey.panel.earlier', { count: 1 })).toBe('1 frühere Umfrage zu dieser Anfrage');
    expect(t('survey.panel.sentReminded', { sent: formatDate('2026-11-02'), reminded: formatDate('2026-11-05'), expires: formatDate('2026-11-16') })).toBe(
      'Gesendet am 02.11.2026, erinnert am 05.11.2026, geöffnet bis 16.11.2026',
    );
    expect(t('survey.panel.quoted', { comment: 'Es hat drei Wochen gedauert.' })).toBe('„Es hat drei Wochen gedauert.“');
    expect(t('survey.portal.requiredNoteOpenUntil', { date: formatDate('2026-12-01') })).toBe(
      'Mit * markierte Fragen müssen beantwortet werden. Geöffnet bis 01.12.2026.',
    );
    expect(t('survey.portal.characters', { length: 12, max: 1000 })).toBe('12 von 1.000 Zeichen');
  });
});
