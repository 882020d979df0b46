import { enSurveyAdmin } from './en-survey-admin';
import { registerArea } from './index';

/**
 * The admin page's Surveys tab's strings, added when its code loads (admin-page/surveys/SurveysTab.tsx
 * imports this first); each locale's table is its own chunk.
 */
registerArea(enSurveyAdmin, {
  de: () => import('./de/survey-admin'),
  es: () => import('./es/survey-admin'),
  'zh-CN': () => import('./zh-CN/survey-admin'),
  id: () => import('./id/survey-admin'),
});
