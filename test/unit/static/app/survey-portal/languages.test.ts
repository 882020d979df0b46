import { currentLocale, setLocale, stringsReady, t } from '../../../../../static/app/src/shared/i18n';
import { formatDate } from '../../../../../static/app/src/shared/i18n/format';
import { quarterOf } from '../../../../../static/app/src/admin-page/surveys/campaigns/campaign-draft';

/**
 * The surveys' screens for a Chinese viewer (Jira's `zh_CN`): the portal survey around the
 * questions, the agent's panel and the Surveys tab, with plurals, full-width punctuation and
 * Chinese dates and quarters.
 */

beforeAll(async () => {
  await setLocale('zh_CN');
  await import('../../../../../static/app/src/shared/i18n/survey-portal');
  await import('../../../../../static/app/src/shared/i18n/survey-admin');
  await import('../../../../../static/app/src/shared/i18n/survey-issue');
  await stringsReady();
});

afterAll(() => setLocale('en_US'));

describe('the surveys in Simplified Chinese', () => {
  it('show the portal survey’s strings in Chinese', () => {
    expect(currentLocale()).toBe('zh-CN');
    expect(t('survey.portal.send')).toBe('提交我的回答');
    expect(t('survey.portal.requiredNoteOpenUntil', { date: formatDate('2026-12-01') })).toBe('标有 * 的问题为必答题。开放至 2026年12月1日。');
    expect(t('survey.portal.tooLong', { max: 1000, length: 1012 })).toBe('请将内容控制在 1,000 个字符以内（当前为 1,012 个）。');
    expect(t('survey.portal.thanks')).toBe('感谢您的回答。');
  });

  it('show the agent’s panel and the admin’s tab in Chinese', () => {
    expect(t('survey.panel.earlier', { count: 3 })).toBe('此请求之前还有 3 次调查');
    expect(t('survey.panel.npsCategory.detractor')).toBe('贬损者');
    expect(t('survey.panel.dimension', { label: '处理速度', kind: t('survey.panel.kind.hard'), value: t('survey.panel.outOf', { value: 1, max: 5 }) })).toBe(
      '处理速度（硬性因素）：1/5',
    );
    expect(t('surveys.campaigns.form.defaultName', { period: t('surveys.campaigns.form.quarter', quarterOf(new Date('2026-11-15T12:00:00Z'))) })).toBe(
      '2026年第4季度关系调查',
    );
    expect(t('surveys.campaigns.form.plan', { contacts: 8, organizations: 3 })).toBe('此调查活动将向 3 个组织中的 8 位联系人发送调查。');
  });
});
