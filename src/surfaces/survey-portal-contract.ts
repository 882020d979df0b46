import { surveyPortalContract as portalCalls } from '#surveys/portal-contract';

/** The portal survey panel's calls (jiraServiceManagement:portalRequestDetailPanel `brm-survey-portal`): the surveys' portal calls only, so the customer's frame stays light. */
export const surveyPortalContract = portalCalls;
export type SurveyPortalContract = typeof surveyPortalContract;
