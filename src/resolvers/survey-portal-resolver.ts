import { surveyPortalContract } from '../surveys/portal-contract';
import { surveyPortalHandlers } from '../surveys/resolver';
import { contractResolver } from './define-resolver';

/**
 * The resolver of the portal's survey panel (`brm-survey-portal`): customers answer the survey of a
 * request they can see. Each call checks who calls by asking Jira as the caller.
 */
export const surveyPortalResolver = contractResolver(surveyPortalContract, surveyPortalHandlers);
