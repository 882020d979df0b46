import { enSurveyIssue } from './en-survey-issue';
import { registerArea } from './index';

/**
 * The survey section of the Customer relationship panel: its strings load with the section's
 * code (issue-panel/survey/), after the panel has painted, so the panel's first paint carries none.
 */
registerArea(enSurveyIssue, {
  de: () => import('./de/survey-issue'),
  es: () => import('./es/survey-issue'),
  'zh-CN': () => import('./zh-CN/survey-issue'),
  id: () => import('./id/survey-issue'),
});
