import { enSurveyAdmin } from './en-survey-admin';
import { registerEnglish } from './index';

/** The Surveys tab's English strings, added when its code loads. */
registerEnglish(enSurveyAdmin);
