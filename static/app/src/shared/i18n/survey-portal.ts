import { enSurveyPortal } from './en-survey-portal';
import { registerArea } from './index';

/**
 * The portal survey's strings (around the questions, which come in the customer's language from the
 * questionnaire), added when its code loads (survey-portal/App.tsx imports this first), so that no
 * other frame downloads them; each locale's table is its own chunk.
 */
registerArea(enSurveyPortal, {
  de: () => import('./de/survey-portal'),
  es: () => import('./es/survey-portal'),
  'zh-CN': () => import('./zh-CN/survey-portal'),
  id: () => import('./id/survey-portal'),
});
