import { contractResolver } from '#platform/resolver/contract-resolver';
import { surveyPortalHandlers } from '#surveys/resolver';
import { surveyPortalContract } from './survey-portal-contract';

/**
 * The resolver of the portal's survey panel (`brm-survey-portal`): customers answer the survey of a
 * request they can see. Each call checks who calls by asking Jira as the caller.
 */
export const surveyPortalResolver = contractResolver(surveyPortalContract, surveyPortalHandlers);
