import type { HealthReasonView } from '#portfolio/contract';
import { currentLocale, setLocale, stringsReady, t } from '../../../../../static/app/src/shared/i18n';
import { formatDay, formatList, percent, reasonText } from '../../../../../static/app/src/shared/portfolio/labels';

/** The portfolio surfaces for a viewer who reads Jira in Simplified Chinese. */

beforeAll(async () => {
  await setLocale('zh_CN');
  await import('../../../../../static/app/src/shared/i18n/portfolio');
  await import('../../../../../static/app/src/shared/i18n/portfolio-admin');
  await stringsReady();
});

afterAll(() => setLocale('en_US'));

const reason = (code: HealthReasonView['code'], values: HealthReasonView['values']): string =>
  reasonText({ code, severity: 'at-risk', values, evidence: { kind: 'agreement', agreementId: 'a1' } });

describe('the portfolio in Simplified Chinese', () => {
  it('writes its labels in Chinese', () => {
    expect(currentLocale()).toBe('zh-CN');
    expect(t('portfolio.page.title')).toBe('客户组合');
    expect(t('portfolio.health.at-risk')).toBe('有风险');
    expect(t('portfolio.lifecycle.lost')).toBe('流失');
    expect(t('portfolio.agreementState.ending-soon', { days: 5 })).toBe('5 天后到期');
    expect(t('portfolio.admin.importProgress', { done: 20, total: 1500 })).toBe('已导入 20/1,500 行');
  });

  it('writes the health reasons with Chinese dates and months', () => {
    expect(reason('agreement-ending', { name: 'Validated systems SLA', endDate: '2026-12-01', days: 12 })).toBe(
      'Validated systems SLA 将于 2026年12月1日 到期，还有 12 天',
    );
    expect(reason('csat-fell', { from: 82, to: 61, fromMonth: '2026-08', toMonth: '2026-11', drop: 21 })).toBe(
      '从 2026年8月 到 2026年11月，CSAT 从 82% 降至 61%',
    );
    expect(reason('complaints-escalated', { count: 2, threshold: 1 })).toBe('2 个已升级的投诉');
  });

  it('lists names with the Chinese enumeration comma and writes days as Intl does', () => {
    expect(formatList(['电子邮件', '笔记本电脑'])).toBe('电子邮件、笔记本电脑');
    expect(formatDay('2026-03-01')).toBe('2026年3月1日');
    expect(percent(75)).toBe('75%');
  });
});
