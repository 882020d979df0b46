import { TRANSLATED_LOCALES } from '#kernel/locales';
import { aboutField, sentence } from '#kernel/texts';
import { complaintOperation, registerContract } from '#register/contract';
import type { Measure } from '#register/domain/complaint-record';
import type { Alert } from '#register/domain/escalation';
import { registerSettingsSchema } from '#register/domain/settings';
import { alertEmail, dueDateIn } from '#register/services/escalation/alert-email';
import { REGISTER_TEXTS } from '#register/texts';
import { inputError } from '#platform/resolver/contract-resolver';

/** The complaint register's sentences in their readers' languages: errors, the workflow rule, the escalation emails. */

const measure: Measure = {
  id: 'm-abcdefgh1',
  type: 'corrective',
  description: 'Restore the mail service',
  ownerAccountId: 'kim',
  dueDate: '2026-11-10',
  status: 'open',
  revision: 1,
  createdBy: 'sam',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedBy: 'sam',
  updatedAt: '2026-11-01T09:00:00.000Z',
};
const issue = { key: 'ACME-42', summary: 'Mail outage all morning' };
const overdue: Alert = { id: 'overdue:1', kind: 'measure-overdue', issueId: '10042', measure, daysOverdue: 3 };
const stalled = (daysOpen: number): Alert => ({ id: 'stalled:1', kind: 'stalled', issueId: '10042', thresholdDays: 5, daysOpen });
const SITE = 'https://acme.atlassian.net';

describe('the workflow rule’s refusal', () => {
  it('counts the open corrective measures in German and Chinese, and in English without “(s)”', () => {
    expect(REGISTER_TEXTS.in('de', 'validator.openCorrective', { count: 1 })).toBe(
      'Diese Beschwerde kann noch nicht gelöst werden: 1 Korrekturmaßnahme ist noch offen. Schließen Sie sie im Bereich „Beschwerdemaßnahmen“ als erledigt oder abgebrochen ab; lösen Sie dann die Beschwerde.',
    );
    expect(REGISTER_TEXTS.in('de', 'validator.openCorrective', { count: 3 })).toContain('3 Korrekturmaßnahmen sind noch offen');
    expect(REGISTER_TEXTS.in('zh-CN', 'validator.openCorrective', { count: 2 })).toBe(
      '此投诉尚不能解决：仍有 2 项纠正措施未完成。请在“投诉措施”面板中将其关闭为已完成或已取消，然后再解决投诉。',
    );
    expect(REGISTER_TEXTS.in('en', 'validator.openCorrective', { count: 1 })).toContain('1 corrective measure is still open. Close it as done');
    expect(REGISTER_TEXTS.in('en', 'validator.openCorrective', { count: 2 })).toContain('2 corrective measures are still open. Close them as done');
  });

  it('says in German and Chinese that a complaint needs a corrective measure', () => {
    expect(REGISTER_TEXTS.in('de', 'validator.noCorrective')).toMatch(/^Diese Beschwerde kann noch nicht gelöst werden: sie hat keine Korrekturmaßnahme\./);
    expect(REGISTER_TEXTS.in('zh-CN', 'validator.noCorrective')).toMatch(/^此投诉尚不能解决：它没有纠正措施。/);
  });
});

describe('the panel’s errors', () => {
  it('name the field before a sentence in the caller’s language', () => {
    const gone = aboutField('operation.measureId', REGISTER_TEXTS.text('refused.measure-not-found'));
    expect(gone.english).toBe('operation.measureId: this measure no longer exists on the complaint.');
    expect(gone.in('de')).toBe('operation.measureId: diese Maßnahme gibt es in der Beschwerde nicht mehr.');
    expect(gone.in('zh-CN')).toBe('operation.measureId: 此措施已不在该投诉中。');
    const full = aboutField('operation.measure', REGISTER_TEXTS.text('refused.too-many-measures', { max: 20 }));
    expect(full.in('de')).toBe(
      'operation.measure: eine Beschwerde kann höchstens 20 Maßnahmen enthalten. Brechen Sie stattdessen eine Maßnahme ab oder verwenden Sie eine vorhandene weiter.',
    );
    expect(REGISTER_TEXTS.text('error.cannotEdit', { key: 'ACME-42' }).in('zh-CN')).toBe('您没有编辑 ACME-42 的权限，因此无法更改其措施。');
  });

  it('translate every check of the panel’s, the register pages’ and the settings’ contracts', () => {
    const operations = [
      { kind: 'addMeasure', measureId: 'M1', measure: { type: 'urgent', description: 'x', ownerAccountId: '', dueDate: '30.11.2026' } },
      { kind: 'editMeasure', measureId: 'm-abcdefgh1', revision: 0.5, changes: {} },
      { kind: 'editMeasure', measureId: 'm-abcdefgh1', revision: 0, changes: { type: 'corrective' } },
      { kind: 'closeMeasure', measureId: 'm-abcdefgh1', revision: 1, outcome: 'closed' },
      { kind: 'setAnalysis', expected: {}, changes: { response: 'maybe' } },
      { kind: 'escalate', toAccountId: 'x'.repeat(200), note: '' },
      { kind: 'delete' },
    ];
    const queries = [
      {
        filter: {
          projectIds: ['ACME', ...Array.from({ length: 60 }, (_, i) => String(i + 1))],
          customerId: 'Contoso',
          serviceId: 'x'.repeat(65),
          category: 'speed',
          severity: 'urgent',
          status: 'closed',
          measures: 'late',
          escalated: 'yes',
          response: 'happy',
          createdFrom: '2026-11-30',
          createdTo: '2026-11-01',
        },
        sort: { key: 'priority', direction: 'up' },
        pageSize: 1000,
      },
      { filter: { serviceId: '  ' }, sort: {}, pageSize: 0 },
      { filter: {}, sort: {}, pageSize: 2.5 },
      // Checks zod runs only on a value that passed the others: an id's digits, the order of the dates.
      { filter: { projectIds: ['ACME'] }, sort: {} },
      { filter: { createdFrom: '2026-11-30', createdTo: '2026-11-01' }, sort: {} },
    ];
    const settings = [
      {
        validatorDisabledProjectIds: ['ACME', ...Array.from({ length: 500 }, (_, i) => String(i + 1))],
        thresholds: { low: 0, medium: 2.5, high: 400, critical: 'soon', unrated: 3 },
        escalationContactAccountId: '   ',
        timeZone: 'Mars/Olympus',
      },
      { validatorDisabledProjectIds: [], thresholds: {}, escalationContactAccountId: 'x'.repeat(200), timeZone: 'UTC' },
      { validatorDisabledProjectIds: ['ACME'], thresholds: {}, escalationContactAccountId: null, timeZone: 'UTC' },
    ];
    const messages = new Set([
      ...operations.flatMap((operation) => complaintOperation.safeParse(operation).error?.issues.map((issue) => issue.message) ?? []),
      ...queries.flatMap((query) => registerContract.getRegisterPage.input.safeParse(query).error?.issues.map((issue) => issue.message) ?? []),
      ...settings.flatMap((value) => registerSettingsSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? []),
    ]);
    expect(messages).toContain('must be project ids (digits only)');
    expect(messages).toContain('must not be before createdFrom');
    expect(messages.size).toBeGreaterThan(30);
    for (const message of messages) {
      for (const locale of TRANSLATED_LOCALES)
        expect({ message, locale, translated: sentence(message).in(locale) !== message }).toEqual({ message, locale, translated: true });
    }
  });

  it('name a bad operation’s fields in German and Chinese', () => {
    const payload = {
      kind: 'addMeasure',
      measureId: 'm-abcdefgh1',
      measure: { type: 'urgent', description: 'Fix it', ownerAccountId: 'kim', dueDate: '2026-13-01' },
    };
    const parsed = complaintOperation.safeParse(payload);
    if (parsed.success) throw new Error('expected a failure');
    const text = inputError(parsed.error, payload).text;
    expect(text.english).toBe('measure.type: must be one of corrective, preventive; measure.dueDate: must be a date written YYYY-MM-DD');
    expect(text.in('de')).toBe(
      'measure.type: muss einer der folgenden Werte sein: corrective, preventive; measure.dueDate: muss ein Datum im Format JJJJ-MM-TT sein',
    );
    expect(text.in('zh-CN')).toBe('measure.type: 必须是以下值之一：corrective、preventive; measure.dueDate: 必须是格式为 YYYY-MM-DD 的日期');
  });
});

describe('the escalation emails', () => {
  it('tell a German owner about an overdue measure in German, with the due date as Germans write it', () => {
    const email = alertEmail(overdue, issue, 'kim', SITE, 'de');
    expect(email.subject).toBe('ACME-42: Eine Korrektur- oder Vorbeugemaßnahme ist überfällig');
    expect(email.textBody).toBe(
      'Die Korrekturmaßnahme „Restore the mail service“ zur Beschwerde ACME-42 (Mail outage all morning) war am 10. November 2026 fällig und ist noch offen (3 Tage überfällig). Bitte schließen Sie sie ab oder ändern Sie ihr Fälligkeitsdatum im Bereich „Beschwerdemaßnahmen“: https://acme.atlassian.net/browse/ACME-42',
    );
    expect(email.htmlBody).toBe(`<p>${email.textBody}</p>`);
    expect(email.to).toEqual(['kim']);
  });

  it('tell a Chinese owner in Chinese, and an English one in English without “(s)”', () => {
    const chinese = alertEmail({ ...overdue, measure: { ...measure, type: 'preventive' }, daysOverdue: 1 }, issue, 'wei', SITE, 'zh-CN');
    expect(chinese.subject).toBe('ACME-42：一项纠正或预防措施已逾期');
    expect(chinese.textBody).toBe(
      '投诉 ACME-42（Mail outage all morning）的预防措施“Restore the mail service”已于 2026年11月10日 到期，目前仍未完成（已逾期 1 天）。请在“投诉措施”面板中完成该措施或更改其到期日：https://acme.atlassian.net/browse/ACME-42',
    );
    const english = alertEmail({ ...overdue, daysOverdue: 1 }, issue, 'sam', SITE, 'en');
    expect(english.textBody).toBe(
      'The corrective measure "Restore the mail service" on complaint ACME-42 (Mail outage all morning) was due on November 10, 2026 and is still open (1 day overdue). Please finish it, or change its due date, in the Complaint measures panel: https://acme.atlassian.net/browse/ACME-42',
    );
  });

  it('escalate a stalled complaint in its contact’s language, naming its severity group', () => {
    const german = alertEmail(stalled(7), { ...issue, severity: 'high' }, 'kim', SITE, 'de');
    expect(german.subject).toBe('ACME-42: Beschwerde seit 7 Tagen offen');
    expect(german.textBody).toBe(
      'Die Beschwerde ACME-42 (Mail outage all morning) ist seit 7 Tagen offen und hat damit die Frist von 5 Tagen für Beschwerden mit hohem Schweregrad überschritten. Die Beschwerde wird an Sie eskaliert: https://acme.atlassian.net/browse/ACME-42',
    );
    expect(alertEmail(stalled(12), issue, 'wei', SITE, 'zh-CN').textBody).toBe(
      '投诉 ACME-42（Mail outage all morning）已 12 天未解决，超过了未评定严重程度的投诉的 5 天期限。该投诉已升级给您：https://acme.atlassian.net/browse/ACME-42',
    );
    expect(alertEmail(stalled(5), { ...issue, severity: 'critical' }, 'sam', SITE, 'en').subject).toBe('ACME-42: complaint open for 5 days');
    expect(alertEmail(stalled(1), issue, 'sam', SITE, 'en').subject).toBe('ACME-42: complaint open for 1 day');
  });

  it('escape what people wrote in the HTML body', () => {
    const email = alertEmail({ ...overdue, measure: { ...measure, description: 'Call <b>them</b> & apologise' } }, issue, 'kim', SITE, 'es');
    expect(email.htmlBody).toContain('«Call &lt;b&gt;them&lt;/b&gt; &amp; apologise»');
    expect(email.textBody).toContain('vencía el 10 de noviembre de 2026');
  });

  it('write a due date each reader’s way, and leave one it cannot read as it is', () => {
    expect(dueDateIn('id', '2026-11-10')).toBe('10 November 2026');
    expect(dueDateIn('en', 'soon')).toBe('soon');
  });
});
