import type { enSurveyPortal } from '../en-survey-portal';
import type { Translation } from '../index';

const table = {
  'survey.portal.none': '此请求没有需要回答的调查。',
  'survey.portal.title': '满意度调查',
  'survey.portal.required': '（必答）',
  'survey.portal.requiredNote': '标有 * 的问题为必答题。',
  'survey.portal.requiredNoteOpenUntil': '标有 * 的问题为必答题。开放至 {date}。',
  'survey.portal.pleaseAnswer': '请回答此问题。',
  'survey.portal.tooLong': '请将内容控制在 {max} 个字符以内（当前为 {length} 个）。',
  'survey.portal.characters': '{length}/{max} 个字符',
  'survey.portal.send': '提交我的回答',
  'survey.portal.saveChanges': '保存我的更改',
  'survey.portal.sending': '正在提交……',
  'survey.portal.thanks': '感谢您的回答。',
  'survey.portal.thanksAnonymous': '感谢您：您的回答是匿名的。',
  'survey.portal.editUntil': '您可以在 {time} 之前更改回答。',
  'survey.portal.change': '更改我的回答',
  'survey.portal.cancelChange': '保留我的回答',
  'survey.portal.answered': '此调查已回答。谢谢。',
  'survey.portal.expired': '此调查已于 {date} 结束。',
  'survey.portal.anonymous': '您的回答是匿名的：团队可以看到回答内容，但看不到是谁回答的。',
  'survey.portal.fix': '部分回答需要您注意。',
} satisfies Translation<typeof enSurveyPortal>;

export default table;
