import { enSurveyPortal } from './en-survey-portal';
import { registerEnglish } from './index';

/** The portal survey's English strings, added when its code loads. */
registerEnglish(enSurveyPortal);
