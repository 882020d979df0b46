import { tagFeedbackInput } from '#feedback/contract';
import { feedbackDescription, type AdfDocument } from '#feedback/domain/description';
import { feedbackSummary, SUMMARY_MAX_LENGTH } from '#feedback/domain/summary';
import { issueMissing, lacksPermission } from '#platform/access';
import { inputError } from '#platform/resolver/contract-resolver';
// The tables whose sentences the feedback contract's checks use (the services load them in the app).
import '#feedback/domain/texts';
import '#ticket-fields/domain/texts';

/** Feedback in its reader's language: the feedback issue in the site's, refusals and bad input in the caller's. */

/** The description's last paragraph, which says where the feedback came from. */
const origin = (doc: AdfDocument): string | undefined =>
  doc.content
    .at(-1)
    ?.content.map((t) => t.text)
    .join('');

describe('the feedback issue', () => {
  it('is summarised in the site’s language', () => {
    expect(feedbackSummary('complaint', 'Das VPN war zwei Tage lang ausgefallen', 'de')).toBe('Beschwerde: Das VPN war zwei Tage lang ausgefallen');
    expect(feedbackSummary('compliment', 'Kim hat es innerhalb einer Stunde behoben', 'de')).toBe('Lob: Kim hat es innerhalb einer Stunde behoben');
    expect(feedbackSummary('complaint', 'VPN 中断了两天', 'zh-CN')).toBe('投诉：VPN 中断了两天');
    expect(feedbackSummary('compliment', 'Gracias por la rapidez', 'es')).toBe('Elogio: Gracias por la rapidez');
    expect(feedbackSummary('complaint', 'The VPN was down')).toBe('Complaint: The VPN was down');
  });

  it('keeps a translated summary within the limit', () => {
    const summary = feedbackSummary('complaint', 'Wort '.repeat(60), 'de');
    expect(summary.startsWith('Beschwerde: ')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
  });

  it('says where it was raised from in the site’s language', () => {
    expect(origin(feedbackDescription('La VPN estuvo caída.', 'ACME-7', 'VPN caída', 'es'))).toBe('Origen: ACME-7 (VPN caída)');
    expect(origin(feedbackDescription('VPN 中断。', 'ACME-7', 'VPN 中断', 'zh-CN'))).toBe('来源：ACME-7（VPN 中断）');
    expect(origin(feedbackDescription('Kein Titel.', 'ACME-8', '  ', 'de'))).toBe('Ursprung: ACME-8');
    expect(origin(feedbackDescription('No title.', 'ACME-8', 'VPN down'))).toBe('Raised from ACME-8 (VPN down)');
  });
});

describe('tagging’s refusals', () => {
  it('are written in the caller’s language, in English for logs', () => {
    const refused = lacksPermission('CREATE_ISSUES', 'ACME-12');
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('You do not have permission to create issues in the project of ACME-12.');
    expect(refused.text.in('de')).toBe('Sie haben keine Berechtigung, Vorgänge im Projekt von ACME-12 zu erstellen.');
    expect(refused.text.in('zh-CN')).toBe('您没有在 ACME-12 所在项目中创建事务的权限。');

    const missing = issueMissing('ACME-404');
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'issueKey', message: 'issueKey: issue ACME-404 does not exist or you cannot see it.' });
    expect(missing.text.in('de')).toBe('issueKey: Vorgang ACME-404 existiert nicht oder ist für Sie nicht sichtbar.');
    expect(missing.text.in('zh-CN')).toBe('issueKey: 事务 ACME-404 不存在，或您无权查看。');
  });

  it('name each bad field of a payload in the caller’s language', () => {
    const payload = { issueKey: 'ACME-1', kind: 'praise', customerId: 'Contoso', category: 'speed', statement: 'Slow.' };
    const parsed = tagFeedbackInput.safeParse(payload);
    if (parsed.success) throw new Error('expected a failure');
    const failure = inputError(parsed.error, payload);
    expect(failure.text.english).toBe(
      'kind: must be complaint or compliment; customerId: must be an organization id (digits only); category: must be one of service-quality, response-time, staff-conduct, communication, cost, other',
    );
    expect(failure.text.in('de')).toBe(
      'kind: muss complaint oder compliment sein; customerId: muss eine Organisations-ID sein (nur Ziffern); category: muss einer der folgenden Werte sein: service-quality, response-time, staff-conduct, communication, cost, other',
    );
    expect(failure.text.in('zh-CN')).toBe(
      'kind: 必须是 complaint 或 compliment; customerId: 必须是组织 ID（仅限数字）; category: 必须是以下值之一：service-quality、response-time、staff-conduct、communication、cost、other',
    );
  });

  it('translate every rule of the contract, so a changed list cannot fall back to English unnoticed', () => {
    const payloads = [
      { issueKey: 'ACME-1', kind: 'complaint', customerId: '1', statement: 'Slow.' },
      { issueKey: 'ACME-1', kind: 'compliment', customerId: '1', severity: 'low', statement: 'Fast.' },
      { issueKey: 'ACME-1', kind: 'complaint', customerId: '1', severity: 'meh', statement: 'Slow.' },
    ];
    for (const payload of payloads) {
      const parsed = tagFeedbackInput.safeParse(payload);
      if (parsed.success) throw new Error('expected a failure');
      const text = inputError(parsed.error, payload).text;
      for (const locale of ['de', 'es', 'zh-CN', 'id'] as const) expect(text.in(locale)).not.toBe(text.english);
    }
  });
});
