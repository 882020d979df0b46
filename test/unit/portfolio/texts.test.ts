import { z } from 'zod';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { LOCALES, TRANSLATED_LOCALES } from '#kernel/locales';
import { sentence } from '#kernel/texts';
import { agreementEdit, portfolioAdminContract, portfolioContract } from '#portfolio/contract';
import { csvFile } from '#portfolio/domain/csv';
import { describeLifecycleProblem } from '#portfolio/domain/lifecycle';
import { columnOfHeader, parsePortfolioCsv, PORTFOLIO_COLUMNS, valueOfWord } from '#portfolio/domain/portfolio-csv';
import { columnName, PORTFOLIO_TEXTS, wordText, wordValues } from '#portfolio/domain/texts';
import deUi from '../../../static/app/src/shared/i18n/de/portfolio-admin';
import esUi from '../../../static/app/src/shared/i18n/es/portfolio-admin';
import idUi from '../../../static/app/src/shared/i18n/id/portfolio-admin';
import zhUi from '../../../static/app/src/shared/i18n/zh-CN/portfolio-admin';
import { enPortfolioAdmin } from '../../../static/app/src/shared/i18n/en-portfolio-admin';

/** The portfolio's sentences, CSV headers and words in the reader's language. */

describe('the portfolio’s sentences in other languages', () => {
  it('writes its refusals and errors in German and Chinese', () => {
    expect(PORTFOLIO_TEXTS.in('de', 'access.editRefused')).toBe(
      'Nur die BRM-verantwortliche Person des Kunden und Jira-Administratoren können sein Profil ändern.',
    );
    expect(PORTFOLIO_TEXTS.in('zh-CN', 'access.readRefused')).toBe('只有服务于该客户的服务项目的客服人员和 Jira 管理员才能查看其档案。');
    expect(PORTFOLIO_TEXTS.in('de', 'organization.hidden', { id: '10042' })).toBe('die Organisation 10042 existiert nicht oder ist für Sie nicht sichtbar.');
    expect(PORTFOLIO_TEXTS.in('zh-CN', 'agreement.tooMany')).toBe('一个客户最多只能有 50 个协议；请先删除一个');
    expect(PORTFOLIO_TEXTS.in('de', 'settings.atLeast', { min: -100 })).toBe('muss mindestens -100 sein');
    expect(PORTFOLIO_TEXTS.in('de', 'settings.atMost', { max: 10_000 })).toBe('darf höchstens 10.000 sein');
  });

  it('names lifecycle states in the reader’s words', () => {
    const problem = { kind: 'not-allowed', from: 'lost', to: 'lost' } as const;
    expect(describeLifecycleProblem({ kind: 'not-allowed', from: 'prospect', to: 'lost' }, 'de')).toBe(
      'ein Kunde kann nicht von „Interessent“ zu „verloren“ wechseln (möglich: aktiv)',
    );
    expect(describeLifecycleProblem(problem, 'zh-CN')).toBe('客户不能从“流失”变为“流失”（允许：活跃、潜在客户）');
    expect(describeLifecycleProblem({ kind: 'same-state', state: 'active' }, 'de')).toBe('der Kunde ist bereits „aktiv“');
    expect(describeLifecycleProblem({ kind: 'before-previous', previousDate: '2026-01-15' }, 'zh-CN')).toBe('不能早于上一次更改（2026-01-15）');
    expect(describeLifecycleProblem({ kind: 'same-state', state: 'active' })).toBe('the customer is already active');
  });

  it('says in German and Chinese what is wrong with an import file, naming the columns in that language', () => {
    const text = ['organization,tier,lifecycle date', 'Contoso,gold,2026-01-01', ',key,'].join('\n');
    expect(parsePortfolioCsv(text, 'de').errors).toEqual([
      { line: 2, field: 'Kundenstufe', message: 'muss einer der folgenden Werte sein: strategisch, Key Account, Standard' },
      { line: 2, field: 'Lebenszyklus seit', message: 'braucht einen Lebenszyklus in derselben Zeile' },
      { line: 3, field: 'Organisation', message: 'ist erforderlich (der Name der Organisation oder ihre ID in „Organisations-ID“)' },
    ]);
    expect(parsePortfolioCsv(text, 'zh-CN').errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      '级别: 必须是以下值之一：战略、重点、标准',
      '生命周期日期: 需要在同一行中填写生命周期',
      '组织: 为必填项（组织名称，或在“组织 ID”中填写其 ID）',
    ]);
    expect(parsePortfolioCsv('tier\nkey', 'de').errors).toEqual([
      { line: 1, field: 'Datei', message: 'braucht eine Spalte „Organisation“ oder „Organisations-ID“' },
    ]);
    expect(parsePortfolioCsv('organization\n"open', 'zh-CN').errors).toEqual([{ line: 2, field: '文件', message: '带引号的字段始终没有结束' }]);
  });
});

describe('the portfolio’s CSV in every language', () => {
  const row = [
    'Northwind Traders',
    '10001',
    'ana@example.com',
    'strategic',
    'Retail',
    'active',
    '2024-02-01',
    'Email;Laptops',
    'contract',
    'Master, 2026',
    'https://contracts.example/42',
    '2026-01-01',
    '2027-12-31',
    'Email',
  ];
  const inLocale = (locale: (typeof LOCALES)[number]) =>
    row.map((cell, i) =>
      i === 3
        ? wordText('tier', 'strategic').in(locale)
        : i === 5
          ? wordText('lifecycle', 'active').in(locale)
          : i === 8
            ? wordText('agreementType', 'contract').in(locale)
            : cell,
    );

  it('reads back a file written in any language, whoever imports it', () => {
    const english = parsePortfolioCsv(csvFile(PORTFOLIO_COLUMNS, [row]));
    expect(english.errors).toEqual([]);
    for (const locale of LOCALES) {
      const file = csvFile(
        PORTFOLIO_COLUMNS.map((column) => columnName(column, locale)),
        [inLocale(locale)],
      );
      expect({ locale, read: parsePortfolioCsv(file) }).toEqual({ locale, read: english });
    }
    expect(csvFile(PORTFOLIO_COLUMNS.map((c) => columnName(c, 'de')).slice(0, 4), [inLocale('de').slice(0, 4)]).split('\r\n')).toEqual([
      'Organisation,Organisations-ID,BRM-Verantwortung (E-Mail),Kundenstufe',
      'Northwind Traders,10001,ana@example.com,strategisch',
      '',
    ]);
  });

  it('gives every header and every word one meaning across the languages', () => {
    for (const column of PORTFOLIO_COLUMNS) for (const locale of LOCALES) expect(columnOfHeader(columnName(column, locale).toUpperCase())).toBe(column);
    for (const kind of ['tier', 'lifecycle', 'agreementType'] as const)
      for (const value of wordValues(kind)) for (const locale of LOCALES) expect(valueOfWord(kind, ` ${wordText(kind, value).in(locale)} `)).toBe(value);
    expect(valueOfWord('tier', 'gold')).toBeUndefined();
  });

  it('matches what the admin page says of the import: its columns and its “create” choice', () => {
    const ui = { en: enPortfolioAdmin, de: deUi, es: esUi, 'zh-CN': zhUi, id: idUi } as const;
    for (const locale of LOCALES) {
      const table = ui[locale];
      expect(table['portfolio.admin.columns'].split(PORTFOLIO_TEXTS.in(locale, 'list.separator'))).toEqual(PORTFOLIO_COLUMNS.map((c) => columnName(c, locale)));
      expect(PORTFOLIO_TEXTS.in(locale, 'import.noOrganization', { name: 'X' })).toContain(table['portfolio.admin.createMissing']);
    }
  });
});

describe('the portfolio’s contract messages', () => {
  /** Every message the schemas give these payloads, each of which must have its translations. */
  const messagesOf = (schema: z.ZodType, payloads: readonly unknown[]): string[] =>
    payloads.flatMap((payload) => schema.safeParse(payload).error?.issues.map((issue) => issue.message) ?? []);

  it('has a translation for every message the portfolio’s calls can give a payload', () => {
    const messages = new Set([
      ...messagesOf(portfolioContract.saveProfile.input, [
        { organizationId: 'ACME', version: -1, ownerAccountId: '', tier: 'gold', industry: 42, keyContacts: 'all', enrolledServiceIds: 'x' },
        {
          organizationId: '1',
          version: 1.5,
          ownerAccountId: 'x'.repeat(200),
          tier: null,
          industry: '',
          keyContacts: Array.from({ length: 30 }, () => ({ accountId: 'a', role: '' })),
          enrolledServiceIds: Array.from({ length: 120 }, () => 's'),
        },
        { organizationId: '1', version: 1, ownerAccountId: null, tier: null, industry: '', keyContacts: [], enrolledServiceIds: ['', 'x'.repeat(100)] },
      ]),
      ...messagesOf(agreementEdit, [
        { agreementId: '', agreementType: 'deal', name: '', reference: 'ftp://x', startDate: '2026-02-30', endDate: 'soon', serviceIds: 'all' },
        {
          agreementId: 'x'.repeat(65),
          agreementType: 'sla',
          name: 'A',
          startDate: '2026-05-01',
          endDate: '2026-06-01',
          serviceIds: Array.from({ length: 60 }, () => 's'),
        },
        { agreementType: 'sla', name: 'A', startDate: '2026-05-01', endDate: '2026-04-01' },
      ]),
      ...messagesOf(portfolioContract.changeLifecycle.input, [{ organizationId: '1', version: 'v', state: 'gone', date: 'today' }]),
      ...messagesOf(portfolioContract.listPortfolio.input, [
        { filter: { mine: 'yes', tier: 'gold', lifecycle: 'gone', health: 'ill' }, cursor: 'x'.repeat(2001) },
      ]),
      ...messagesOf(portfolioContract.removeAgreement.input, [{ organizationId: '1', version: 0, agreementId: ' ' }]),
      ...messagesOf(portfolioAdminContract.startCustomerBackfill.input, [
        { projectIds: 'ACME' },
        { projectIds: ['ACME'] },
        { projectIds: Array.from({ length: 60 }, () => '1') },
      ]),
      ...messagesOf(portfolioAdminContract.previewPortfolioImport.input, [{ csv: 'x'.repeat(150_001) }]),
      ...messagesOf(portfolioAdminContract.getPortfolioImport.input, [{ jobId: 'x'.repeat(65) }]),
      ...messagesOf(portfolioAdminContract.saveHealthSettings.input, [{ settings: { csatDropWatch: 'ten', csatDropRisk: 2.5 } }]),
    ]);
    expect(messages.size).toBeGreaterThan(25);
    for (const message of messages) {
      // The resolver writes this one from the kernel's table by its parameter.
      if (/^must be at most \d+ characters$/.test(message) && message === KERNEL_TEXTS.in('en', 'input.maxLength', { max: message.replace(/\D/g, '') }))
        continue;
      for (const locale of TRANSLATED_LOCALES)
        expect({ message, locale, translated: sentence(message).in(locale) !== message }).toEqual({ message, locale, translated: true });
    }
  });
});
